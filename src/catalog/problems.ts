import type { Position } from "../prompts/text-positions";
import type { RuleId } from "./rules";

/** A problem found in the catalog, always tied to a place in a file under the catalog root. */
export type Severity = "error" | "warning";

export interface Problem {
  /** Path relative to the catalog root, with forward slashes. */
  file: string;
  /** 1-based line and column. */
  line: number;
  col: number;
  severity: Severity;
  /** Identifier of the rule that found it, as listed in docs/validation.md. */
  rule: RuleId;
  message: string;
}

export const START_OF_FILE: Position = { line: 1, col: 1 };

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.col - b.col ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === "error").length;
  return { errors, warnings: problems.length - errors };
}
