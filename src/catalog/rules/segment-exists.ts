import { declaredKeys, defineRule, environmentKeys } from "../context";
import { unknownReference } from "./private/unknown-reference";

export const segmentExists = defineRule({
  id: "segment-exists",
  summary: "A segment used in a targeting rule exists in that environment's segments.",
  check(ctx, report) {
    const segments = ctx.segments;
    if (!segments && ctx.texts.some((t) => t.file === "configs/segments.yaml")) return;
    const environments = environmentKeys(ctx);
    const segmentsByEnvironment = new Map<string, string[]>();
    const segmentsIn = (env: string) => {
      let known = segmentsByEnvironment.get(env);
      if (!known) segmentsByEnvironment.set(env, (known = segments ? declaredKeys(segments, ["segments", env]) : []));
      return known;
    };
    for (const config of ctx.aiConfigs) {
      for (const [env, targeting] of Object.entries(config.data.targeting)) {
        // An environment project.yaml does not declare is reported as such; its segments would only repeat it.
        if (environments && !environments.has(env)) continue;
        const known = segmentsIn(env);
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
});
