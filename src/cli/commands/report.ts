import * as fs from "node:fs";
import * as path from "node:path";
import type { Plan } from "../../report/plan";
import { renderComment } from "../../report/comment";
import { EXIT_INVALID, EXIT_OK, UsageError } from "../errors";
import type { Output } from "../output";
import { readPlanFile } from "./plan-file";

export interface ReportOptions {
  plans: string;
  impact?: string;
  full?: string;
  withheld?: string[];
}

/**
 * One pull-request comment from the impact (Markdown from `aic impact`) and the plans in --plans: one
 * `<stack>.json` per stack, from `terraform show -json <plan file>`.
 */
export function reportCommand(options: ReportOptions, output: Output): number {
  if (!fs.existsSync(options.plans) || !fs.statSync(options.plans).isDirectory()) throw new UsageError(`--plans ${options.plans} is not a directory`);
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
  const { comment, full } = renderComment({ impact, stacks, withheld: options.withheld });
  if (options.full) fs.writeFileSync(options.full, full);
  output.out(comment.trimEnd());
  return EXIT_OK;
}
