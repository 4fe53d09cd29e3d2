import * as fs from "node:fs";
import * as path from "node:path";
import { decideGates, gateOutputs, impactForGatesSchema, type ImpactForGates } from "../../pipeline/gates";
import {
  differenceFromReviewed,
  planRecord,
  planRecordSchema,
  terraformPlanSchema,
  type PlanRecord,
  type TerraformPlan,
} from "../../pipeline/plan-record";
import { vetStack } from "../../pipeline/vet-stack";
import { EXIT_INVALID, EXIT_OK, UsageError } from "../errors";
import type { Output } from "../output";
import { loadValidCatalog } from "./validate";
import { RECONCILER_COMMANDS } from "../reconciler-commands";

/** Says why the run stops: on stderr, and as an annotation in GitHub Actions. */
function refuse(output: Output, message: string): number {
  if (process.env.GITHUB_ACTIONS === "true")
    output.out(`::error::${message.replace(/%/g, "%25").replace(/\n/g, "%0A")}`);
  output.err(`aic: ${message}`);
  return EXIT_INVALID;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not JSON (${(error as Error).message.split("\n")[0]})`);
  }
}

function readPlan(file: string): TerraformPlan {
  const parsed = terraformPlanSchema.safeParse(readJson(file));
  if (!parsed.success)
    throw new UsageError(
      `${file} is not a Terraform JSON plan (${parsed.error.issues[0]?.path.join(".") || "document"}: ${parsed.error.issues[0]?.message})`,
    );
  return parsed.data;
}

function readRecord(file: string): PlanRecord {
  const parsed = planRecordSchema.safeParse(readJson(file));
  if (!parsed.success)
    throw new UsageError(
      `${file} is not a plan record (${parsed.error.issues[0]?.path.join(".") || "document"}: ${parsed.error.issues[0]?.message})`,
    );
  return parsed.data;
}

/**
 * `aic plan-record FILE --stack S --commit C`: the record kept beside a reviewed plan (its digest, whether it
 * changes anything, the environments it deletes). With `--reviewed R`: exit 1 unless FILE, a plan made after the
 * approval, is the reviewed one: the same stack, commit and changes.
 */
export function planRecordCommand(
  file: string,
  options: { stack: string; commit: string; reviewed?: string },
  output: Output,
): number {
  const record = planRecord(options.stack, options.commit, readPlan(file));
  if (!options.reviewed) {
    output.out(JSON.stringify(record));
    return EXIT_OK;
  }
  const difference = differenceFromReviewed(readRecord(options.reviewed), record);
  if (difference)
    return refuse(
      output,
      `${difference}: nothing was applied; re-run all jobs of this workflow, so that reviewers see and approve the new plan`,
    );
  output.out(
    `the plan of ${record.stack} is the reviewed one (commit ${record.commit}, digest ${record.digest.slice(0, 16)})`,
  );
  return EXIT_OK;
}

/** `aic gates --impact FILE --records DIR`: which apply jobs run, as $GITHUB_OUTPUT lines; exit 1 on a blocker. */
export function gatesCommand(options: { root: string; impact: string; records: string }, output: Output): number {
  const catalog = loadValidCatalog(options.root, output, "text");
  if (!catalog) return EXIT_INVALID;
  if (!fs.existsSync(options.records) || !fs.statSync(options.records).isDirectory())
    throw new UsageError(`--records ${options.records} is not a directory`);
  const records = new Map<string, PlanRecord>();
  for (const name of fs
    .readdirSync(options.records)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const record = readRecord(path.join(options.records, name));
    records.set(record.stack, record);
  }
  // An impact that cannot be read counts as "everything changed": the gates fail closed.
  const parsed = impactForGatesSchema.safeParse(readJson(options.impact));
  const impact: ImpactForGates | undefined = parsed.success ? parsed.data : undefined;
  if (!impact) output.err(`aic: ${options.impact} is not what aic impact writes; every stack counts as changed`);
  const decision = decideGates(catalog, impact, records);
  if (decision.blockers.length > 0) {
    for (const blocker of decision.blockers) refuse(output, `cannot be applied as it is: ${blocker}`);
    return EXIT_INVALID;
  }
  for (const line of gateOutputs(decision)) output.out(line);
  return EXIT_OK;
}

/**
 * `aic vet-stack --stack S FILE`: exit 1 unless FILE, a stack a pull request synthesized, may be planned with
 * credentials: it keeps the backend and providers of the catalog's own stack S and runs nothing else at plan time.
 */
export function vetStackCommand(file: string, options: { root: string; stack: string }, output: Output): number {
  const catalog = loadValidCatalog(options.root, output, "text");
  if (!catalog) return EXIT_INVALID;
  const { stackJson } = require("../../../stacks/app") as typeof import("../../../stacks/app");
  const expected = stackJson(catalog, options.stack, RECONCILER_COMMANDS);
  if (!expected)
    return refuse(
      output,
      `${options.stack} is not a stack of the catalog in ${options.root}: it is planned once merged`,
    );
  const candidate = readJson(file);
  if (!candidate || typeof candidate !== "object" || Array.isArray(candidate))
    return refuse(output, `${file} is not a synthesized stack`);
  const problems = vetStack(expected, candidate as Record<string, unknown>);
  for (const problem of problems) refuse(output, `${file}: ${problem}`);
  if (problems.length > 0) {
    output.err(`aic: ${options.stack} is not planned here; it is planned on merge, from main`);
    return EXIT_INVALID;
  }
  output.out(`${options.stack} may be planned: main's backend and providers, nothing else run at plan time`);
  return EXIT_OK;
}
