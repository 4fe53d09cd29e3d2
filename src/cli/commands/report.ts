import * as fs from "node:fs";
import * as path from "node:path";
import type { Plan } from "../../report/plan";
import { renderComment } from "../../report/comment";
import { plannedStacks } from "../../report/stacks";
import { EXIT_INVALID, EXIT_OK, UsageError } from "../errors";
import type { Output } from "../output";
import { writeFile } from "../safe-write";
import { readPlanFile } from "./plan-file";
import { loadValidCatalog } from "./validate";

export interface ReportOptions {
  root: string;
  plans: string;
  impact?: string;
  full?: string;
}

/**
 * One pull-request comment from the impact (Markdown from `aic impact`) and the plans in --plans: one
 * `<stack>.json` per stack, from `terraform show -json <plan file>`. The catalog at --root says which stacks
 * should have a plan, so that a plan job that failed or never ran is named rather than silently left out.
 */
export function reportCommand(options: ReportOptions, output: Output): number {
  if (!fs.existsSync(options.plans) || !fs.statSync(options.plans).isDirectory()) throw new UsageError(`--plans ${options.plans} is not a directory`);
  const catalog = loadValidCatalog(options.root, output, "text", "no report was written");
  if (!catalog) return EXIT_INVALID;
  const stacks: Array<{ stack: string; plan: Plan }> = [];
  let invalid = false;
  for (const name of fs.readdirSync(options.plans).filter((n) => n.endsWith(".json")).sort()) {
    const plan = readPlanFile(path.join(options.plans, name), output);
    if (!plan) {
      invalid = true;
      continue;
    }
    stacks.push({ stack: name.replace(/\.json$/, ""), plan });
  }
  if (invalid) return EXIT_INVALID;
  if (stacks.length === 0) throw new UsageError(`--plans ${options.plans} holds no <stack>.json plan`);
  const impact = options.impact ? fs.readFileSync(options.impact, "utf8") : undefined;
  const missing = plannedStacks(catalog).filter((stack) => !stacks.some((s) => s.stack === stack));
  if (missing.length > 0) output.err(`aic: no plan for ${missing.join(", ")}: the comment says so`);
  const { comment, full } = renderComment({ impact, stacks, missing });
  if (options.full) writeFile(options.full, full);
  output.out(comment.trimEnd());
  return EXIT_OK;
}
