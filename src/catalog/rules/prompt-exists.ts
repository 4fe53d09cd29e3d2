import { defineRule, promptPath } from "../context";

export const promptExists = defineRule({
  id: "prompt-exists",
  summary: "A variation's prompt file exists under prompts/ (by default prompts/<config>/<variation>.md).",
  check(ctx, report) {
    for (const config of ctx.aiConfigs) {
      config.data.variations.forEach((variation, i) => {
        const file = promptPath(config.data, variation);
        if (file.split("/").includes("..")) {
          report.at(config, ["variations", i, "prompt"], `prompt path "${variation.prompt}" must stay inside prompts/`);
        } else if (!ctx.prompts.has(file)) {
          report.at(
            config,
            ["variations", i, variation.prompt ? "prompt" : "key"],
            `prompt file ${file} does not exist`,
          );
        }
      });
    }
  },
});
