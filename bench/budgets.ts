/**
 * The speed budgets `npm run bench` holds the CLI to, and the verdicts it prints: validate of 2,000 AI Configs
 * (8,000 prompt files) under 2 s (issue #2); synth of 500 AI Configs under 4x the app with no AI Config (issue
 * #3, read as decision 0007 says); eval of 200 cases x 3 repeats at concurrency 8 against a 50 ms stand-in within
 * 1.5x of the ideal wall time (issue #14). A missed budget makes the bench exit 1.
 */
export const VALIDATE_BUDGET = { size: 2000, ms: 2000 };
export const SYNTH_BUDGET = { size: 500, factor: 4 };
export const EVAL_BUDGET_FACTOR = 1.5;

export interface Verdict {
  text: string;
  missed: boolean;
}

/** Validate's verdict at one catalog size: empty where no budget applies. */
export function validateVerdict(size: number, ms: number): Verdict {
  if (size !== VALIDATE_BUDGET.size) return { text: "", missed: false };
  const missed = ms >= VALIDATE_BUDGET.ms;
  return { text: missed ? `OVER ${VALIDATE_BUDGET.ms / 1000} s` : `within ${VALIDATE_BUDGET.ms / 1000} s`, missed };
}

/** Synth's verdict at one catalog size, from its time relative to the empty app's in the same rounds. */
export function synthVerdict(size: number, ratioToEmpty: number, relative: string): Verdict {
  if (size !== SYNTH_BUDGET.size) return { text: relative, missed: false };
  const missed = ratioToEmpty >= SYNTH_BUDGET.factor;
  return { text: `${relative}: ${missed ? "OVER" : "within"} ${SYNTH_BUDGET.factor}x`, missed };
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
