import { defineRule, intact, promptPath } from "../context";

export const modeRules = defineRule({
  id: "mode-rules",
  summary:
    "Agent variations are plain instructions (no role markers); judge configs have an evaluationMetricKey and other modes do not.",
  check(ctx, report) {
    for (const config of ctx.aiConfigs) {
      // The default mode would stand in for one removed for a schema error, and an absent key may have been removed.
      if (!intact(config, ["mode"]) || !intact(config, ["evaluationMetricKey"])) continue;
      const { mode, evaluationMetricKey } = config.data;
      if (mode === "judge" && evaluationMetricKey === undefined) {
        report.at(
          config,
          ["mode"],
          "a judge-mode AI Config needs an evaluationMetricKey (for example $ld:ai:judge:accuracy)",
        );
      }
      if (mode !== "judge" && evaluationMetricKey !== undefined) {
        report.at(
          config,
          ["evaluationMetricKey"],
          `evaluationMetricKey is only for judge mode, and this AI Config is in ${mode} mode`,
        );
      }
      if (mode !== "agent") continue;
      config.data.variations.forEach((variation) => {
        const file = promptPath(config.data, variation);
        const marker = ctx.prompts.get(file)?.parsed.roleMarkers[0];
        if (marker) {
          report.atPosition(
            file,
            { line: marker.line, col: 1 },
            `${config.data.key} is an agent: its instructions are one text, so role markers such as "${marker.role}:" are not allowed`,
          );
        }
      });
    }
  },
});
