import { defineRule, intact } from "../context";
import { unknownReference } from "./private/unknown-reference";

export const judgeReference = defineRule({
  id: "judge-reference",
  summary: "A judge attached to a variation is an AI Config in judge mode, and judges are not attached to judges.",
  check(ctx, report) {
    // A mode removed for a schema error would read as the default: such a config's mode is not known.
    const modes = new Map(ctx.aiConfigs.map((c) => [c.data.key, intact(c, ["mode"]) ? c.data.mode : undefined]));
    for (const config of ctx.aiConfigs) {
      if (!intact(config, ["mode"])) continue;
      config.data.variations.forEach((variation, i) => {
        variation.judges.forEach((judge, j) => {
          const path = ["variations", i, "judges", j, "key"];
          const mode = modes.get(judge.key);
          if (config.data.mode === "judge") {
            report.at(config, path, "a judge-mode AI Config cannot have judges attached");
          } else if (!modes.has(judge.key)) {
            if (ctx.allAiConfigsLoaded)
              unknownReference(
                report,
                config,
                path,
                "judge AI Config",
                judge.key,
                [...modes].filter(([, m]) => m === "judge").map(([k]) => k),
              );
          } else if (mode !== undefined && mode !== "judge") {
            report.at(
              config,
              path,
              `"${judge.key}" is a ${mode}-mode AI Config; only judge-mode configs can be attached as judges`,
            );
          }
        });
      });
    }
  },
});
