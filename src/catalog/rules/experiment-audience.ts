import { audienceName } from "../audience";
import { defineRule, intact } from "../context";
import { experimentsInFiles, type ExperimentInFile } from "./private/experiments-in-files";

export const experimentAudience = defineRule({
  id: "experiment-audience",
  summary:
    "An experiment covers traffic its AI Config targets in that environment, with targeting on while it runs: the fallthrough, or the one rule with that description; at most one draft or running experiment per audience.",
  check(ctx, report) {
    const active = new Map<string, ExperimentInFile>();
    for (const declared of experimentsInFiles(ctx.aiConfigs)) {
      const { config, environment, experiment, path } = declared;
      const targeting = config.data.targeting[environment];
      // Targeting that lost a part to a schema error cannot tell which rules there are, or whether it is on.
      if (!intact(config, ["targeting", environment])) continue;
      if (!targeting) {
        report.at(
          config,
          [...path, "key"],
          `experiment "${experiment.key}" runs in ${environment}, but ${config.data.key} has no targeting there`,
        );
        continue;
      }
      const matching =
        experiment.rule === undefined
          ? 1
          : targeting.rules.filter((rule) => rule.description === experiment.rule).length;
      if (matching === 0) {
        const known = targeting.rules.flatMap((rule) => (rule.description ? [`"${rule.description}"`] : []));
        report.at(
          config,
          [...path, "rule"],
          `no targeting rule in ${environment} has the description "${experiment.rule}"${known.length > 0 ? `; rules: ${known.join(", ")}` : ""}`,
        );
        continue;
      }
      if (matching > 1) {
        report.at(
          config,
          [...path, "rule"],
          `${matching} targeting rules in ${environment} have the description "${experiment.rule}": give the tested rule a description of its own`,
        );
        continue;
      }
      if (experiment.state === "running" && !targeting.enabled) {
        report.at(
          config,
          [...path, "state"],
          `experiment "${experiment.key}" cannot run while ${config.data.key}'s targeting in ${environment} is off (enabled: false)`,
        );
      }
      if (experiment.state === "stopped") continue;
      const id = `${config.data.key}/${environment}/${experiment.rule ?? ""}`;
      const other = active.get(id);
      if (other) {
        report.at(
          config,
          [...path, "state"],
          `experiments "${other.experiment.key}" and "${experiment.key}" both cover ${audienceName(experiment)} in ${environment}; stop one of them first`,
        );
      } else {
        active.set(id, declared);
      }
    }
  },
});
