import type { EnvironmentImpact, Impact } from "./impact";
import { formatUsd } from "./cost";

/** "+12.5%", or "-" when there is nothing to compare with. */
export function costChange(cost: EnvironmentImpact["cost"][number]): string {
  if (cost.before === undefined || cost.after === undefined || cost.before <= 0) return "-";
  const percent = ((cost.after - cost.before) / cost.before) * 100;
  return `${percent > 0 ? "+" : ""}${percent.toFixed(1)}%`;
}

/** An environment's audiences, grouped by AI Config. */
export function audiencesByConfig(env: EnvironmentImpact): Map<string, EnvironmentImpact["audiences"]> {
  const groups = new Map<string, EnvironmentImpact["audiences"]>();
  for (const audience of env.audiences) groups.set(audience.config, [...(groups.get(audience.config) ?? []), audience]);
  return groups;
}

/** The impact as Markdown for people (the pull-request comment's first part). */
export function renderImpactMarkdown(impact: Impact, base: string): string {
  const envs = Object.entries(impact.environments);
  const reached = envs.filter(([, e]) => e.reached).map(([key]) => key);
  const lines = [`## What this change reaches (compared with \`${base}\`)`, ""];
  if (impact.blockers.length > 0)
    lines.push("### Cannot be applied as it is", "", ...impact.blockers.map((b) => `- ${b}`), "");
  lines.push(
    reached.length > 0
      ? `Reaches **${reached.join(", ")}**; not ${
          envs
            .filter(([, e]) => !e.reached)
            .map(([k]) => k)
            .join(", ") || "-"
        }.`
      : "Reaches no environment.",
    "",
  );
  for (const [key, env] of envs) {
    if (!env.reached) continue;
    lines.push(`### ${key}`, "", ...env.reasons.map((r) => `- ${r}`), "");
    for (const t of env.targeting)
      lines.push(`Targeting of \`${t.config}\`:`, "", ...t.changes.map((c) => `- ${c}`), "");
    for (const [config, audiences] of audiencesByConfig(env))
      lines.push(`Who gets what of \`${config}\`:`, "", ...audiences.map((a) => `- ${a.variation}: ${a.who}`), "");
    for (const e of env.experiments) {
      lines.push(`Experiments on \`${e.config}\`:`, "");
      for (const c of e.changes) lines.push(`- \`${c.experiment}\` ${c.change}`, ...c.details.map((d) => `  - ${d}`));
      lines.push("");
    }
    for (const m of env.models)
      lines.push(`Model of \`${m.config}/${m.variation}\`: ${m.before ?? "(none)"} -> ${m.after ?? "(none)"}`, "");
    if (env.cost.length > 0) {
      lines.push("| AI Config | cost / 1,000 requests before | after | change |", "|---|---|---|---|");
      for (const c of env.cost)
        lines.push(
          `| ${c.config} | ${c.before === undefined ? "-" : formatUsd(c.before)} | ${c.after === undefined ? "-" : formatUsd(c.after)} | ${costChange(c)} |`,
        );
      lines.push("");
    }
    for (const p of env.prompts)
      lines.push(
        `<details><summary>Prompt of <code>${p.config}/${p.variation}</code> as served</summary>`,
        "",
        "```diff",
        p.diff.trimEnd(),
        "```",
        "",
        "</details>",
        "",
      );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
