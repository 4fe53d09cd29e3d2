import * as fs from "node:fs";
import { planSchema, type Plan } from "../../report/plan";
import type { Output } from "../output";

/** A `terraform show -json` plan, or undefined after saying on stderr, as `file:1:1: error: ...`, why it is not one. */
export function readPlanFile(file: string, output: Output): Plan | undefined {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "no such file"
        : `not JSON (${(error as Error).message.split("\n")[0]})`;
    output.err(`${file}:1:1: error: ${reason}`);
    return undefined;
  }
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) {
    output.err(
      `${file}:1:1: error: not a Terraform JSON plan (${parsed.error.issues[0]?.path.join(".") || "document"}: ${parsed.error.issues[0]?.message})`,
    );
    return undefined;
  }
  return parsed.data;
}
