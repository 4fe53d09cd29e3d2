import { declaredKeys, defineRule } from "../context";
import type { Serve } from "../schema";
import type { PathSegment } from "../yaml-file";
import { didYouMean } from "../suggest";
import { unknownReference } from "./private/unknown-reference";

function servedVariations(serve: Serve, path: PathSegment[]): Array<{ key: string; path: PathSegment[] }> {
  if (serve.variation !== undefined) return [{ key: serve.variation, path: [...path, "variation"] }];
  return Object.keys(serve.rollout?.weights ?? {}).map((key) => ({ key, path: [...path, "rollout", "weights", key] }));
}

export const servedVariationExists = defineRule({
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
});
