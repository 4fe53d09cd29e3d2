import { BUILT_IN_AI_METRICS } from "../ai-sdk-metrics";
import { declaredKeys, defineRule } from "../context";
import type { PathSegment } from "../yaml-file";
import { experimentsInFiles } from "./private/experiments-in-files";
import { unknownReference } from "./private/unknown-reference";

const BUILT_IN_METRIC_KEYS = BUILT_IN_AI_METRICS.map((m) => m.key);

export const experimentMetrics = defineRule({
  id: "experiment-metrics",
  summary:
    "An experiment's primary and secondary metrics are metrics the launchdarkly stack declares (the AI SDK's built-in ones or configs/metrics.yaml's), each named once.",
  check(ctx, report) {
    // Without configs/metrics.yaml's contents (it failed to load) any key may be one of its metrics.
    const metricsFailed = !ctx.metrics && ctx.texts.some((t) => t.file === "configs/metrics.yaml");
    if (metricsFailed) return;
    const known = [...BUILT_IN_METRIC_KEYS, ...(ctx.metrics ? declaredKeys(ctx.metrics, ["metrics"]) : [])];
    for (const { config, experiment, path } of experimentsInFiles(ctx.aiConfigs)) {
      const named: Array<[string, PathSegment[]]> = [
        [experiment.primaryMetric, [...path, "primaryMetric"]],
        ...experiment.secondaryMetrics.map((key, i): [string, PathSegment[]] => [
          key,
          [...path, "secondaryMetrics", i],
        ]),
      ];
      named.forEach(([key, at], i) => {
        if (!known.includes(key)) unknownReference(report, config, at, "metric", key, known);
        else if (named.findIndex(([other]) => other === key) !== i)
          report.at(config, at, `metric "${key}" is named twice`);
      });
    }
  },
});
