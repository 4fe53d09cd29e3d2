import type { VerifyLiveReport } from "./verify-live";

/** 1 when an assumption is contradicted, a step failed, the run was interrupted or something was left behind. */
export function exitCodeOf(report: VerifyLiveReport): 0 | 1 {
  const contradicted = report.findings.some((f) => f.result === "contradicted");
  return contradicted || report.failure || report.interrupted || report.cleanup.left.length > 0 ? 1 : 0;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");

/** The one table, assumption by assumption, then what failed and what the clean-up did. */
export function renderReport(report: VerifyLiveReport): string[] {
  const count = (result: string) => report.findings.filter((f) => f.result === result).length;
  const lines = [
    `aic verify-live on ${report.host}, in scratch project ${report.project}`,
    "",
    "| assumption | result | what LaunchDarkly answered | relied on by |",
    "|---|---|---|---|",
    ...report.findings.map(
      (f) => `| ${cell(`${f.id}: ${f.assumption}`)} | ${f.result} | ${cell(f.answer)} | ${cell(f.reliedOnBy)} |`,
    ),
    "",
    `${count("confirmed")} confirmed, ${count("contradicted")} contradicted, ${count("skipped")} skipped`,
  ];
  if (report.interrupted) lines.push("interrupted (Ctrl-C): the remaining checks were skipped");
  if (report.failure) lines.push(`stopped: ${report.failure}`);
  lines.push(`clean-up: deleted ${report.cleanup.deleted.join(", ") || "nothing"}`);
  if (report.cleanup.left.length > 0)
    lines.push(`LEFT IN LAUNCHDARKLY, delete by hand: ${report.cleanup.left.join("; ")}`);
  return lines;
}
