import { audienceName } from "../audience";
import { servedShares } from "../served";
import { declaredKeys, defineRule, intact } from "../context";
import type { AiConfigFile, Experiment, Serve } from "../schema";
import { experimentsInFiles } from "./private/experiments-in-files";
import { unknownReference } from "./private/unknown-reference";

/** What the experiment's audience serves in its environment, or undefined when no single rule is that audience. */
function audienceServe(config: AiConfigFile, environment: string, experiment: Experiment): Serve | undefined {
  const targeting = config.targeting[environment];
  if (!targeting) return undefined;
  if (experiment.rule === undefined) return targeting.fallthrough;
  const rules = targeting.rules.filter((rule) => rule.description === experiment.rule);
  return rules.length === 1 ? rules[0]!.serve : undefined;
}

export const experimentTreatments = defineRule({
  id: "experiment-treatments",
  summary:
    "Treatments are distinct variations of the AI Config with exactly one baseline and allocations summing to 100; while draft or running, the audience serves each of them, and while running its rollout is split exactly as the allocations say.",
  check(ctx, report) {
    for (const { config, environment, experiment, path } of experimentsInFiles(ctx.aiConfigs)) {
      const known = declaredKeys(config, ["variations"]);
      const treatments = experiment.treatments;
      const complete = intact(config, [...path, "treatments"]);
      let valid = true;
      treatments.forEach((treatment, i) => {
        if (!known.includes(treatment.variation)) {
          unknownReference(
            report,
            config,
            [...path, "treatments", i, "variation"],
            "variation (treatment)",
            treatment.variation,
            known,
          );
          valid = false;
        } else if (treatments.findIndex((t) => t.variation === treatment.variation) !== i) {
          report.at(
            config,
            [...path, "treatments", i, "variation"],
            `variation "${treatment.variation}" is compared twice`,
          );
          valid = false;
        }
        if (Math.abs(Math.round(treatment.allocation * 10) - treatment.allocation * 10) > 1e-9) {
          report.at(
            config,
            [...path, "treatments", i, "allocation"],
            `allocation ${treatment.allocation} has more than one decimal place`,
          );
          valid = false;
        }
      });
      if (!complete) continue;
      const baselines = treatments.filter((t) => t.baseline).length;
      if (baselines !== 1)
        report.at(
          config,
          [...path, "treatments"],
          `exactly one treatment must be the baseline (baseline: true); found ${baselines}`,
        );
      const sum = treatments.reduce((total, t) => total + t.allocation, 0);
      if (Math.abs(sum - 100) > 1e-9) {
        report.at(config, [...path, "treatments"], `treatment allocations sum to ${Number(sum.toFixed(3))}, not 100`);
        valid = false;
      }
      const winner = experiment.winner?.variation;
      if (winner !== undefined && !treatments.some((t) => t.variation === winner)) {
        report.at(
          config,
          [...path, "winner", "variation"],
          `the winner "${winner}" is not one of the treatments: ${treatments.map((t) => t.variation).join(", ")}`,
        );
      }
      if (!valid || experiment.state === "stopped" || !intact(config, ["targeting", environment])) continue;

      const serve = audienceServe(config.data, environment, experiment);
      if (!serve) continue;
      const shares = new Map(servedShares(serve).filter(([, share]) => share > 0));
      const unserved = treatments.filter((t) => !shares.has(t.variation)).map((t) => t.variation);
      if (unserved.length > 0) {
        report.at(
          config,
          [...path, "treatments"],
          `${audienceName(experiment)} in ${environment} does not serve ${unserved.join(", ")}: an experiment compares only what its audience is served`,
        );
        continue;
      }
      const split = treatments.map((t): [string, number] => [t.variation, t.allocation]);
      const matches =
        shares.size === split.length && split.every(([key, share]) => Math.abs((shares.get(key) ?? -1) - share) < 1e-9);
      if (experiment.state === "running" && !matches) {
        report.at(
          config,
          [...path, "state"],
          `a running experiment splits ${audienceName(experiment)} in ${environment}: serve it as a rollout of ${split.map(([key, share]) => `${key}: ${share}`).join(", ")} so the files say what is served`,
        );
      }
    }
  },
});
