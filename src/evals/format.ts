import type { EvalReport, VariationResult } from "./report-schema";

const percent = (n: number) => `${Math.round(n * 100)}%`;
export const usd = (n: number) => `$${n < 0.01 ? n.toFixed(4) : n.toFixed(2)}`;

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join("  ")}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

/** One line per variation: what ran, on what, and whether its dataset passes. */
export function variationHeadline(v: VariationResult): string {
  const latency = v.latencyMs
    ? `p50/p95/p99 ${v.latencyMs.p50}/${v.latencyMs.p95}/${v.latencyMs.p99} ms`
    : "no answers";
  return `${v.config}/${v.variation} (${v.side}) on ${v.model}: ${v.casesPassed}/${v.cases.length} cases pass (${percent(v.passRate)}, threshold ${percent(v.threshold)}): ${v.pass ? "pass" : "FAIL"}; ${latency}; tokens ${v.tokens.input} in / ${v.tokens.output} out; ${usd(v.costUsd)}`;
}

/** The report as a table per variation, for a terminal or a CI log: reasons in the dataset's words, never an answer. */
export function formatText(report: EvalReport): string[] {
  const lines: string[] = [];
  for (const v of report.variations) {
    lines.push(variationHeadline(v));
    const rows = v.cases.map((c) => [
      `${c.name}${c.required ? " [required]" : ""}`,
      `${c.pass ? "pass" : "FAIL"} ${c.passed}/${c.repeat}`,
      Object.entries(c.judgeScores)
        .map(([judge, score]) => `${judge} ${score.toFixed(2)}`)
        .join(", ") || "-",
      c.failures.map((f) => (c.repeat > 1 ? `${f.detail} (${f.runs}/${c.repeat})` : f.detail)).join("; ") || "-",
    ]);
    lines.push(...table(["case", "result", "judges", "why it failed"], rows), "");
  }
  for (const c of report.comparisons) {
    const rate = (n: number | null) => (n === null ? "-" : percent(n));
    lines.push(
      `${c.config}/${c.variation}: pass rate ${rate(c.basePassRate)} (base) -> ${rate(c.headPassRate)} (head)`,
    );
    for (const r of c.regressions)
      lines.push(
        `  REGRESSION ${r.case}${r.required ? " [required]" : ""}: ${r.base} -> ${r.head}: ${r.failures.join("; ")}`,
      );
    for (const f of c.fixed) lines.push(`  fixed ${f.case}: ${f.base} -> ${f.head}`);
    for (const d of c.judgeDeltas)
      lines.push(`  judge ${d.judge}: ${d.base?.toFixed(2) ?? "-"} -> ${d.head?.toFixed(2) ?? "-"}`);
  }
  if (report.comparisons.length > 0) lines.push("");
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  for (const r of report.reasons) lines.push(`fail: ${r}`);
  lines.push(
    `evals: ${report.verdict === "pass" ? "pass" : "FAIL"}: ${report.variations.length} variation runs, ${report.calls} calls (${report.retries} retried), ${usd(report.costUsd)}, ${(report.durationMs / 1000).toFixed(1)} s at concurrency ${report.concurrency}`,
  );
  return lines;
}
