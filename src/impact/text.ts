import type { Impact } from "./impact";
import { formatUsd } from "./cost";
import { audiencesByConfig, costChange } from "./markdown";

const indent = (text: string, by = "    ") => text.split("\n").map((line) => (line ? `${by}${line}` : line));

/** The impact as plain text for a terminal: the same facts as the Markdown, without its markup. */
export function renderImpactText(impact: Impact, base: string): string {
  const envs = Object.entries(impact.environments);
  const reached = envs.filter(([, e]) => e.reached).map(([key]) => key);
  const lines = [`What this change reaches, compared with ${base}`, ""];
  if (impact.blockers.length > 0)
    lines.push("CANNOT BE APPLIED AS IT IS:", ...impact.blockers.map((b) => `  - ${b}`), "");
  const unreached = envs.filter(([, e]) => !e.reached).map(([k]) => k);
  lines.push(
    reached.length > 0
      ? `Reaches ${reached.join(", ")}${unreached.length > 0 ? `; not ${unreached.join(", ")}` : ""}.`
      : "Reaches no environment.",
    "",
  );
  for (const [key, env] of envs) {
    if (!env.reached) continue;
    lines.push(`${key}:`, ...env.reasons.map((r) => `  - ${r}`));
    for (const t of env.targeting) lines.push(`  targeting of ${t.config}:`, ...t.changes.map((c) => `    - ${c}`));
    for (const [config, audiences] of audiencesByConfig(env))
      lines.push(`  who gets what of ${config}:`, ...audiences.map((a) => `    - ${a.variation}: ${a.who}`));
    for (const e of env.experiments) {
      lines.push(`  experiments on ${e.config}:`);
      for (const c of e.changes)
        lines.push(`    - ${c.experiment} ${c.change}`, ...c.details.map((d) => `        ${d}`));
    }
    for (const m of env.models)
      lines.push(`  model of ${m.config}/${m.variation}: ${m.before ?? "(none)"} -> ${m.after ?? "(none)"}`);
    if (env.cost.length > 0) {
      lines.push("  cost per 1,000 requests (fallthrough):");
      for (const c of env.cost)
        lines.push(
          `    - ${c.config}: ${c.before === undefined ? "-" : formatUsd(c.before)} -> ${c.after === undefined ? "-" : formatUsd(c.after)} (${costChange(c)})`,
        );
    }
    for (const p of env.prompts) {
      // The patch's first line repeats the file names its "---" and "+++" lines give.
      const diff = p.diff
        .trimEnd()
        .split("\n")
        .filter((line) => !line.startsWith("===="))
        .join("\n");
      lines.push(`  prompt of ${p.config}/${p.variation} as served:`, ...indent(diff));
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
