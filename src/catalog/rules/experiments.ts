import { audienceName } from "../audience";
import { servedShares } from "../served";
import { BUILT_IN_AI_METRICS } from "../ai-sdk-metrics";
import { declaredKeys, intact, type LoadedFile, type Rule } from "../context";
import type { AiConfigFile, Experiment, Serve } from "../schema";
import type { PathSegment } from "../yaml-file";
import { unknownReference } from "./environment-exists";

const BUILT_IN_METRIC_KEYS = BUILT_IN_AI_METRICS.map((m) => m.key);

/** An experiment as one AI Config file declares it, with where it stands in that file. */
interface ExperimentInFile {
  config: LoadedFile<AiConfigFile>;
  environment: string;
  index: number;
  experiment: Experiment;
  path: PathSegment[];
}

function experimentsInFiles(configs: ReadonlyArray<LoadedFile<AiConfigFile>>): ExperimentInFile[] {
  return configs.flatMap((config) =>
    Object.entries(config.data.experiments).flatMap(([environment, experiments]) =>
      experiments.map((experiment, index) => ({
        config,
        environment,
        index,
        experiment,
        path: ["experiments", environment, index],
      })),
    ),
  );
}

/** What the experiment's audience serves in its environment, or undefined when no single rule is that audience. */
function audienceServe(config: AiConfigFile, environment: string, experiment: Experiment): Serve | undefined {
  const targeting = config.targeting[environment];
  if (!targeting) return undefined;
  if (experiment.rule === undefined) return targeting.fallthrough;
  const rules = targeting.rules.filter((rule) => rule.description === experiment.rule);
  return rules.length === 1 ? rules[0]!.serve : undefined;
}

export const experimentKeys: Rule = {
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
};

export const experimentAudience: Rule = {
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
};

export const experimentTreatments: Rule = {
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
};

export const experimentMetrics: Rule = {
  id: "experiment-metrics",
  summary:
    "An experiment's primary and secondary metrics are metrics the launchdarkly stack declares (the AI SDK's built-in ones or configs/metrics.yaml's), each named once.",
  check(ctx, report) {
    // Without configs/metrics.yaml's contents (it failed to load) any key may be one of its metrics.
    const metricsFailed = !ctx.metrics && ctx.texts.some((t) => t.file === "configs/metrics.yaml");
    if (metricsFailed) return;
    const known = [...BUILT_IN_METRIC_KEYS, ...(ctx.metrics ? declaredKeys(ctx.metrics, ["metrics"]) : [])];
    for (const { config, experiment, path } of experimentsInFiles(ctx.aiConfigs)) {
      const named: Array<[string, PathSegment[]]> = [
        [experiment.primaryMetric, [...path, "primaryMetric"]],
        ...experiment.secondaryMetrics.map((key, i): [string, PathSegment[]] => [
          key,
          [...path, "secondaryMetrics", i],
        ]),
      ];
      named.forEach(([key, at], i) => {
        if (!known.includes(key)) unknownReference(report, config, at, "metric", key, known);
        else if (named.findIndex(([other]) => other === key) !== i)
          report.at(config, at, `metric "${key}" is named twice`);
      });
    }
  },
};
