import { redactPlan } from "../../report/redact";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import type { Output } from "../output";
import { readPlanFile } from "./plan-file";

/** Writes to stdout the plan in FILE without any sensitive value, fit to keep as a CI artifact for `aic report`. */
export function redactPlanCommand(file: string, output: Output): number {
  const plan = readPlanFile(file, output);
  if (!plan) return EXIT_INVALID;
  output.out(JSON.stringify(redactPlan(plan)));
  return EXIT_OK;
}
