import type { Comparison, EvalReport, VariationResult } from "../evals/report-schema";
import { usd } from "../evals/format";

const percent = (n: number | null | undefined) => (n === null || n === undefined ? "-" : `${Math.round(n * 100)}%`);
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function judgeText(c: Comparison): string {
  return (
    c.judgeDeltas
      .map((d) => {
        const delta =
          d.base !== null && d.head !== null
            ? ` (${d.head - d.base >= 0 ? "+" : ""}${(d.head - d.base).toFixed(2)})`
            : "";
        return `${d.judge} ${d.base?.toFixed(2) ?? "-"} -> ${d.head?.toFixed(2) ?? "-"}${delta}`;
      })
      .join("<br>") || "-"
  );
}

function casesTable(v: VariationResult): string[] {
  const rows = v.cases.map((c) => {
    const judges =
      Object.entries(c.judgeScores)
        .map(([j, s]) => `${j} ${s.toFixed(2)}`)
        .join(", ") || "-";
    const why = c.failures.map((f) => f.detail).join("; ") || "-";
    return `| ${cell(c.name)}${c.required ? " (required)" : ""} | ${c.pass ? "pass" : "**fail**"} ${c.passed}/${c.repeat} | ${cell(judges)} | ${cell(why)} |`;
  });
  return [
    `**\`${v.config}/${v.variation}\`** (${v.side}, ${v.model}): ${v.casesPassed}/${v.cases.length} cases pass`,
    "",
    "| case | result | judges | why it failed |",
    "|---|---|---|---|",
    ...rows,
    "",
  ];
}

/**
 * The pull request comment's "Evals" section: the verdict, then per changed variation its pass rate base ->
 * head with regressions first, and the judges' score deltas; every case is in a folded table. Reasons are in
 * the dataset's words; no answer is quoted.
 */
export function renderEvalsSection(report: EvalReport): string {
  const base = report.selection.base;
  const lines = [
    `## Evals${base ? ` (compared with \`${base}\`)` : report.selection.env ? ` (what ${report.selection.env} serves)` : ""}`,
    "",
  ];
  if (report.variations.length === 0 && report.untested.length === 0) {
    lines.push(base ? "No variation's served output changed: nothing to evaluate." : "Nothing to evaluate.");
    return `${lines.join("\n")}\n`;
  }
  lines.push(
    report.verdict === "pass" ? "**Evals pass.**" : "**Evals fail:**",
    ...report.reasons.map((r) => `- ${r}`),
    "",
  );

  if (base) {
    const comparisons = [...report.comparisons].sort(
      (a, b) =>
        b.regressions.length - a.regressions.length ||
        `${a.config}/${a.variation}`.localeCompare(`${b.config}/${b.variation}`),
    );
    lines.push(
      "| variation | pass rate base -> head | regressions | fixed | judge score base -> head |",
      "|---|---|---|---|---|",
    );
    for (const c of comparisons) {
      const required = c.regressions.filter((r) => r.required).length;
      const regressions =
        c.regressions.length === 0
          ? "0"
          : `**${c.regressions.length}**${required > 0 ? ` (${required} required)` : ""}`;
      lines.push(
        `| \`${c.config}/${c.variation}\` | ${percent(c.basePassRate)} -> ${percent(c.headPassRate)} | ${regressions} | ${c.fixed.length} | ${judgeText(c)} |`,
      );
    }
    lines.push("");
    const regressed = comparisons.filter((c) => c.regressions.length > 0);
    if (regressed.length > 0) {
      lines.push("### Regressions", "");
      for (const c of regressed) {
        for (const r of c.regressions)
          lines.push(
            `- \`${c.config}/${c.variation}\` **${r.case}**${r.required ? " (required)" : ""}: ${r.base} -> ${r.head}: ${r.failures.join("; ")}`,
          );
      }
      lines.push("");
    }
  } else {
    lines.push("| variation | pass rate | required failing | judges |", "|---|---|---|---|");
    for (const v of report.variations) {
      const judges = [...new Set(v.cases.flatMap((c) => Object.keys(c.judgeScores)))].map((j) => {
        const scores = v.cases.flatMap((c) => (c.judgeScores[j] === undefined ? [] : [c.judgeScores[j]!]));
        return `${j} ${(scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(2)}`;
      });
      lines.push(
        `| \`${v.config}/${v.variation}\` | ${percent(v.passRate)} (threshold ${percent(v.threshold)}) | ${v.requiredFailed.length} | ${judges.join(", ") || "-"} |`,
      );
    }
    lines.push("");
  }
  for (const w of report.warnings) lines.push(`> [!WARNING]`, `> ${w}`, "");
  lines.push("<details><summary>Every case</summary>", "", ...report.variations.flatMap(casesTable), "</details>", "");
  lines.push(
    `_${report.calls} model calls (${report.retries} retried), ${usd(report.costUsd)}, ${(report.durationMs / 1000).toFixed(1)} s._`,
  );
  return `${lines.join("\n").trimEnd()}\n`;
}
