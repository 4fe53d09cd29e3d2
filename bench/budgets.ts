/**
 * The speed budgets `npm run bench` holds the CLI to, and the verdicts it prints (issue #17, replacing the
 * budgets of issues #2 and #3): validate of 2,000 AI Configs (8,000 prompt files) within 10x node's start-up;
 * synth of 500 AI Configs within 2x the app with no AI Config, and of 2,000 within 5x (the empty app as decision
 * 0007 reads it); eval of 200 cases x 3 repeats at concurrency 8 against a 50 ms stand-in within 1.5x of the ideal
 * wall time (issue #14). Every ratio is the median of per-round ratios. A missed budget makes the bench exit 1.
 */
export const VALIDATE_BUDGET = { size: 2000, factor: 10 };
export const SYNTH_BUDGETS: ReadonlyArray<{ size: number; factor: number }> = [
  { size: 500, factor: 2 },
  { size: 2000, factor: 5 },
];
export const EVAL_BUDGET_FACTOR = 1.5;

export interface Verdict {
  text: string;
  missed: boolean;
}

/** Validate's verdict at one catalog size, from its time relative to node's start-up in the same rounds. */
export function validateVerdict(size: number, ratioToNode: number): Verdict {
  const relative = `${ratioToNode.toFixed(1)}x node start-up`;
  if (size !== VALIDATE_BUDGET.size) return { text: relative, missed: false };
  const missed = ratioToNode >= VALIDATE_BUDGET.factor;
  return { text: `${relative}: ${missed ? "OVER" : "within"} ${VALIDATE_BUDGET.factor}x`, missed };
}

/** Synth's verdict at one catalog size, from its time relative to the empty app's in the same rounds. */
export function synthVerdict(size: number, ratioToEmpty: number, relative: string): Verdict {
  const budget = SYNTH_BUDGETS.find((b) => b.size === size);
  if (!budget) return { text: relative, missed: false };
  const missed = ratioToEmpty >= budget.factor;
  return { text: `${relative}: ${missed ? "OVER" : "within"} ${budget.factor}x`, missed };
}

/** Eval's verdict, from its wall time relative to the ideal (every call overlapping as --concurrency allows). */
export function evalVerdict(wallMs: number, idealMs: number): Verdict {
  const factor = wallMs / idealMs;
  const missed = factor > EVAL_BUDGET_FACTOR;
  return { text: `${factor.toFixed(2)}x ideal: ${missed ? "OVER" : "within"} ${EVAL_BUDGET_FACTOR}x`, missed };
}

/** The line the bench ends with, and its exit code. */
export function summary(verdicts: readonly Verdict[]): { line: string; exitCode: number } {
  const missed = verdicts.filter((v) => v.missed).map((v) => v.text);
  return missed.length === 0
    ? { line: "every budget met", exitCode: 0 }
    : { line: `budget missed: ${missed.join("; ")}`, exitCode: 1 };
}
