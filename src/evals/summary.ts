import type { Catalog } from "../catalog";
import { servedModels } from "../catalog/served";
import type { Comparison, EvalReport, VariationResult } from "./report-schema";
import { percentile, type RunOutcome } from "./run";
import type { Selected } from "./select";

const share = (c: { passed: number; repeat: number }) => `${c.passed}/${c.repeat}`;

/** Head against base, per variation run on both sides: cases that stopped passing, cases a change fixed, judge scores. */
export function compare(variations: readonly VariationResult[]): Comparison[] {
  const keys = [...new Set(variations.map((v) => `${v.config}/${v.variation}`))];
  return keys.flatMap((key) => {
    const find = (side: string) => variations.find((v) => `${v.config}/${v.variation}` === key && v.side === side);
    const base = find("base");
    const head = find("head");
    if (!base && !head) return [];
    const regressions: Comparison["regressions"] = [];
    const fixed: Comparison["fixed"] = [];
    for (const after of head?.cases ?? []) {
      const before = base?.cases.find((c) => c.name === after.name);
      if (!before || before.pass === after.pass) continue;
      const change = {
        case: after.name,
        required: after.required,
        base: share(before),
        head: share(after),
        failures: (after.pass ? before : after).failures.map((f) => f.detail),
      };
      (after.pass ? fixed : regressions).push(change);
    }
    const judgeKeys = [
      ...new Set([...(base?.cases ?? []), ...(head?.cases ?? [])].flatMap((c) => Object.keys(c.judgeScores))),
    ].sort();
    const mean = (v: VariationResult | undefined, judge: string) => {
      const scores = (v?.cases ?? []).flatMap((c) =>
        c.judgeScores[judge] === undefined ? [] : [c.judgeScores[judge]!],
      );
      return scores.length > 0 ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 1000) / 1000 : null;
    };
    const [config, variation] = [(head ?? base)!.config, (head ?? base)!.variation];
    return [
      {
        config,
        variation,
        basePassRate: base?.passRate ?? null,
        headPassRate: head?.passRate ?? null,
        regressions: regressions.sort((a, b) => Number(b.required) - Number(a.required)),
        fixed,
        judgeDeltas: judgeKeys.map((judge) => ({ judge, base: mean(base, judge), head: mean(head, judge) })),
      },
    ];
  });
}

/**
 * A latency alarm whose p95 (or p99) threshold is below what the model measured would fire all the time: for
 * every environment that serves the model, compare its thresholds in configs/observability.yaml.
 */
export function latencyWarnings(
  catalog: Catalog,
  latencies: RunOutcome["headLatencies"],
  environment?: string,
): string[] {
  const warnings: string[] = [];
  for (const env of catalog.environments.filter((e) => !environment || e.key === environment)) {
    const alerts = catalog.observability[env.key]!.alerts;
    for (const model of servedModels(catalog, env.key)) {
      const sorted = [...(latencies[model] ?? [])].sort((a, b) => a - b);
      if (sorted.length === 0) continue;
      for (const [p, threshold] of [
        [95, alerts.latencyP95Ms],
        [99, alerts.latencyP99Ms],
      ] as const) {
        const measured = Math.round(percentile(sorted, p));
        if (threshold < measured) {
          warnings.push(
            `${env.key}: the p${p} latency alarm of ${model} (${threshold} ms, configs/observability.yaml) is below its measured p${p} of ${measured} ms over ${sorted.length} calls: it would fire all the time`,
          );
        }
      }
    }
  }
  return warnings;
}

/** The suite's verdict: every head-side dataset passes (required cases, threshold) and every planned run ran. */
export function buildReport(
  catalog: Catalog,
  selection: EvalReport["selection"],
  selected: Selected,
  outcome: RunOutcome,
  concurrency: number,
): EvalReport {
  const reasons: string[] = [];
  for (const v of outcome.variations.filter((x) => x.side === "head")) {
    const name = `${v.config}/${v.variation}`;
    for (const c of v.requiredFailed) reasons.push(`${name}: required case "${c}" fails (${v.dataset})`);
    if (v.passRate < v.threshold - 1e-9)
      reasons.push(
        `${name}: ${Math.round(v.passRate * 100)}% of cases pass, under the threshold of ${Math.round(v.threshold * 100)}% (${v.dataset})`,
      );
  }
  if (outcome.stopped)
    reasons.push(
      `the cost cap of $${outcome.stopped.maxCostUsd} stopped the run: ${outcome.stopped.notRun} runs did not run`,
    );
  const warnings = [
    ...selected.untested.map((u) => `${u.config}/${u.variation} is not tested: there is no evals/${u.config}.yaml`),
    ...latencyWarnings(catalog, outcome.headLatencies, selection.env),
  ];
  return {
    version: 1,
    verdict: reasons.length === 0 ? "pass" : "fail",
    reasons,
    selection,
    stopped: outcome.stopped,
    concurrency,
    calls: outcome.calls,
    retries: outcome.retries,
    costUsd: outcome.costUsd,
    durationMs: outcome.durationMs,
    warnings,
    untested: selected.untested,
    variations: outcome.variations,
    comparisons: selection.base ? compare(outcome.variations) : [],
  };
}
