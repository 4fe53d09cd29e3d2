import { defineRule, intact } from "../context";
import type { Serve } from "../schema";
import type { PathSegment } from "../yaml-file";

export const rolloutWeights = defineRule({
  id: "rollout-weights",
  summary: "Rollout weights are whole or one-decimal percentages that sum to exactly 100.",
  check(ctx, report) {
    for (const config of ctx.aiConfigs) {
      for (const [env, targeting] of Object.entries(config.data.targeting)) {
        const serves: Array<[Serve, PathSegment[]]> = [
          ...targeting.rules.map((rule, i): [Serve, PathSegment[]] => [
            rule.serve,
            ["targeting", env, "rules", i, "serve"],
          ]),
          [targeting.fallthrough, ["targeting", env, "fallthrough"]],
        ];
        for (const [serve, path] of serves) {
          const weights = serve.rollout?.weights;
          // A weight removed for a schema error would make any sum wrong.
          if (!weights || !intact(config, [...path, "rollout", "weights"])) continue;
          let sum = 0;
          for (const [key, weight] of Object.entries(weights)) {
            const scaled = Math.round(weight * 10);
            if (Math.abs(scaled - weight * 10) > 1e-9) {
              report.at(
                config,
                [...path, "rollout", "weights", key],
                `weight ${weight} for "${key}" has more than one decimal place`,
              );
            }
            sum += weight;
          }
          if (Math.abs(sum - 100) > 1e-9) {
            report.at(
              config,
              [...path, "rollout", "weights"],
              `rollout weights sum to ${Number(sum.toFixed(3))}, not 100`,
            );
          }
        }
      }
    }
  },
});
