import { declaredKeys, defineRule, intact, promptPath } from "../context";
import { didYouMean } from "../suggest";

export const promptVariables = defineRule({
  id: "prompt-variables",
  summary:
    "Every {{variable}} a prompt uses is declared by its AI Config; every required declared variable is used by some variation.",
  check(ctx, report) {
    for (const config of ctx.aiConfigs) {
      // As written: a variable removed for a schema error elsewhere in its entry is still declared.
      const declared = new Set(declaredKeys(config, ["variables"], "name"));
      const used = new Set<string>();
      let allPromptsRead = true;
      for (const variation of config.data.variations) {
        const file = promptPath(config.data, variation);
        const prompt = ctx.prompts.get(file);
        if (!prompt) {
          allPromptsRead = false;
          continue;
        }
        for (const use of prompt.parsed.template.variables) {
          used.add(use.name);
          if (!declared.has(use.name)) {
            report.atPosition(
              file,
              use,
              `variable "${use.name}" is not declared in ${config.file}${didYouMean(use.name, declared)}; declare it under variables, or the SDK renders it as an empty string`,
            );
          }
        }
      }
      // A variation removed for a schema error may be the one that uses it.
      if (!allPromptsRead || !intact(config, ["variations"])) continue;
      config.data.variables.forEach((variable, i) => {
        if (variable.required && !used.has(variable.name) && intact(config, ["variables", i])) {
          report.at(
            config,
            ["variables", i, "name"],
            `required variable "${variable.name}" is used by no variation's prompt`,
            { severity: "warning" },
          );
        }
      });
    }
  },
});
