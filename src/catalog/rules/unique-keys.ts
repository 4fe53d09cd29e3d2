import { BUILT_IN_AI_METRICS } from "../ai-sdk-metrics";
import { LoadedFile, Reporter, defineRule } from "../context";
import { pathText } from "../schema-problems";
import type { PathSegment } from "../yaml-file";

function reportDuplicates(
  report: Reporter,
  target: LoadedFile<unknown>,
  items: ReadonlyArray<Record<string, unknown>>,
  listPath: PathSegment[],
  what: string,
  field = "key",
  scalarItems = false,
): void {
  const seen = new Map<unknown, number>();
  items.forEach((item, i) => {
    const first = seen.get(item[field]);
    if (first === undefined) seen.set(item[field], i);
    else
      report.at(
        target,
        scalarItems ? [...listPath, i] : [...listPath, i, field],
        `duplicate ${what} "${String(item[field])}" (first declared at ${pathText([...listPath, first])})`,
      );
  });
}

export const uniqueKeys = defineRule({
  id: "unique-keys",
  summary:
    "Keys are unique wherever they identify something: environments, models, tools, metrics (built-in AI metric keys are reserved), teams, segments per environment, variations and variables per AI Config.",
  check(ctx, report) {
    if (ctx.project)
      reportDuplicates(report, ctx.project, ctx.project.data.environments, ["environments"], "environment key");
    if (ctx.models) reportDuplicates(report, ctx.models, ctx.models.data.models, ["models"], "model key");
    if (ctx.tools) reportDuplicates(report, ctx.tools, ctx.tools.data.tools, ["tools"], "tool key");
    if (ctx.metrics) {
      reportDuplicates(report, ctx.metrics, ctx.metrics.data.metrics, ["metrics"], "metric key");
      const reserved = new Set(BUILT_IN_AI_METRICS.map((m) => m.key));
      ctx.metrics.data.metrics.forEach((metric, i) => {
        if (reserved.has(metric.key))
          report.at(
            ctx.metrics!,
            ["metrics", i, "key"],
            `metric key "${metric.key}" is reserved for a built-in AI SDK metric`,
          );
      });
    }
    if (ctx.access) reportDuplicates(report, ctx.access, ctx.access.data.teams, ["teams"], "team key");
    const segments = ctx.segments;
    if (segments) {
      for (const [env, list] of Object.entries(segments.data.segments)) {
        reportDuplicates(report, segments, list, ["segments", env], `segment key in ${env}`);
      }
    }
    for (const config of ctx.aiConfigs) {
      reportDuplicates(report, config, config.data.variations, ["variations"], "variation key");
      reportDuplicates(report, config, config.data.variables, ["variables"], "variable", "name");
      config.data.variations.forEach((variation, i) => {
        const tools = variation.tools.map((key) => ({ key }));
        reportDuplicates(report, config, tools, ["variations", i, "tools"], "tool", "key", true);
        reportDuplicates(report, config, variation.judges, ["variations", i, "judges"], "judge");
      });
    }
  },
});
