import { declaredKeys, environmentKeys, intact, type Rule } from "../context";
import type { Serve } from "../schema";
import type { PathSegment } from "../yaml-file";
import { didYouMean } from "../suggest";
import { unknownReference } from "./environment-exists";

function servedVariations(serve: Serve, path: PathSegment[]): Array<{ key: string; path: PathSegment[] }> {
  if (serve.variation !== undefined) return [{ key: serve.variation, path: [...path, "variation"] }];
  return Object.keys(serve.rollout?.weights ?? {}).map((key) => ({ key, path: [...path, "rollout", "weights", key] }));
}

export const servedVariationExists: Rule = {
  id: "served-variation-exists",
  summary:
    "Every variation served by a rule, a fallthrough, a rollout or as the off variation exists in that AI Config.",
  check(ctx, report) {
    for (const config of ctx.aiConfigs) {
      const known = declaredKeys(config, ["variations"]);
      for (const [env, targeting] of Object.entries(config.data.targeting)) {
        const base: PathSegment[] = ["targeting", env];
        const served = [
          ...targeting.rules.flatMap((rule, i) => servedVariations(rule.serve, [...base, "rules", i, "serve"])),
          ...servedVariations(targeting.fallthrough, [...base, "fallthrough"]),
          ...(targeting.offVariation !== undefined
            ? [{ key: targeting.offVariation, path: [...base, "offVariation"] }]
            : []),
        ];
        for (const { key, path } of served) {
          if (!known.includes(key)) {
            const last = path[path.length - 2] === "weights";
            if (last)
              report.at(
                config,
                path,
                `unknown variation "${key}" in ${env} rollout${didYouMean(key, known)}; known: ${known.join(", ")}`,
                { at: "key" },
              );
            else unknownReference(report, config, path, `variation (served in ${env})`, key, known);
          }
        }
      }
    }
  },
};

export const rolloutWeights: Rule = {
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
};

export const segmentExists: Rule = {
  id: "segment-exists",
  summary: "A segment used in a targeting rule exists in that environment's segments.",
  check(ctx, report) {
    const segments = ctx.segments;
    if (!segments && ctx.texts.some((t) => t.file === "configs/segments.yaml")) return;
    const environments = environmentKeys(ctx);
    for (const config of ctx.aiConfigs) {
      for (const [env, targeting] of Object.entries(config.data.targeting)) {
        // An environment project.yaml does not declare is reported as such; its segments would only repeat it.
        if (environments && !environments.has(env)) continue;
        const known = segments ? declaredKeys(segments, ["segments", env]) : [];
        targeting.rules.forEach((rule, i) => {
          rule.clauses.forEach((clause, j) => {
            clause.segments?.forEach((segment, k) => {
              if (!known.includes(segment)) {
                unknownReference(
                  report,
                  config,
                  ["targeting", env, "rules", i, "clauses", j, "segments", k],
                  `segment in ${env}`,
                  segment,
                  known,
                );
              }
            });
          });
        });
      }
    }
  },
};
