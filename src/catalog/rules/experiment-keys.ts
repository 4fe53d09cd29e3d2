import { defineRule } from "../context";
import { experimentsInFiles, type ExperimentInFile } from "./private/experiments-in-files";

export const experimentKeys = defineRule({
  id: "experiment-keys",
  summary:
    "An experiment key is used once per environment, across every AI Config (LaunchDarkly keys experiments per environment).",
  check(ctx, report) {
    const seen = new Map<string, ExperimentInFile>();
    for (const declared of experimentsInFiles(ctx.aiConfigs)) {
      const id = `${declared.environment}/${declared.experiment.key}`;
      const first = seen.get(id);
      if (!first) {
        seen.set(id, declared);
        continue;
      }
      report.at(
        declared.config,
        [...declared.path, "key"],
        `duplicate experiment key "${declared.experiment.key}" in ${declared.environment} (first declared in ${first.config.file} at experiments.${first.environment}[${first.index}])`,
      );
    }
  },
});
