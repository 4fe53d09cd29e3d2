import * as fs from "node:fs";
import * as path from "node:path";
import { evalReportSchema } from "../../evals/report-schema";
import type { Plan } from "../../report/plan";
import { renderComment } from "../../report/comment";
import { renderEvalsSection } from "../../report/evals";
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
  evals?: string;
  /** Why there are no eval results (the eval job stopped first); said in the Evals section. */
  evalsMissing?: string;
  full?: string;
  withheld?: string[];
  /** Only this stack's plan is expected (one plan job's summary). */
  stack?: string;
}

/** The Evals section from `aic eval --format json` output; a file of another shape is a usage mistake. */
function readEvals(file: string): string {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(
      `--evals ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "is not JSON"}`,
    );
  }
  const parsed = evalReportSchema.safeParse(data);
  if (!parsed.success)
    throw new UsageError(
      `--evals ${file} is not the JSON of \`aic eval --format json\` (${parsed.error.issues[0]?.path.join(".") || "top level"}: ${parsed.error.issues[0]?.message})`,
    );
  return renderEvalsSection(parsed.data);
}

/** The Evals section when there are no results: a required check did not say what it found. */
function evalsMissingSection(why: string): string {
  return [
    "## Evals",
    "",
    "> [!WARNING]",
    `> No eval results (${why}): whether this change answers better or worse is unknown. See the evals job's log.`,
    "",
  ].join("\n");
}

/**
 * One pull-request comment from the impact (Markdown from `aic impact`) and the plans in --plans: one
 * `<stack>.json` per stack, from `terraform show -json <plan file>`. The catalog at --root says which stacks
 * should have a plan, so that a plan job that failed or never ran is named rather than silently left out; with
 * --evals, the eval results after the impact.
 */
export function reportCommand(options: ReportOptions, output: Output): number {
  if (!fs.existsSync(options.plans) || !fs.statSync(options.plans).isDirectory())
    throw new UsageError(`--plans ${options.plans} is not a directory`);
  const catalog = loadValidCatalog(options.root, output, "text", "no report was written");
  if (!catalog) return EXIT_INVALID;
  const stacks: Array<{ stack: string; plan: Plan }> = [];
  let invalid = false;
  for (const name of fs
    .readdirSync(options.plans)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
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
  if (options.evals && options.evalsMissing)
    throw new UsageError("--evals and --evals-missing are alternatives: give one");
  const evals = options.evals
    ? readEvals(options.evals)
    : options.evalsMissing
      ? evalsMissingSection(options.evalsMissing)
      : undefined;
  const expected = options.stack ? [options.stack] : plannedStacks(catalog);
  const missing = expected.filter((stack) => !stacks.some((s) => s.stack === stack));
  if (missing.length > 0) output.err(`aic: no plan for ${missing.join(", ")}: the comment says so`);
  const { comment, full } = renderComment({ impact, evals, stacks, missing, withheld: options.withheld });
  if (options.full) writeFile(options.full, full);
  output.out(comment.trimEnd());
  return EXIT_OK;
}
