import { defineRule } from "../context";

export const aiConfigFileName = defineRule({
  id: "ai-config-file-name",
  summary: "An AI Config file is named after its key: configs/ai-configs/<key>.yaml.",
  check(ctx, report) {
    for (const config of ctx.aiConfigs) {
      const base = config.file.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
      if (base !== config.data.key) {
        report.at(
          config,
          ["key"],
          `key "${config.data.key}" does not match the file name; rename the file to ${config.data.key}.yaml or change the key`,
        );
      }
    }
  },
});
