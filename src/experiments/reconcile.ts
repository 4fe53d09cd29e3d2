import type { Catalog } from "../catalog";
import { outcomeUnknown, ReconcileError } from "../targeting/reconcile";
import type { LaunchDarklyClient } from "../targeting/rest-client";
import type { LiveTargeting } from "../targeting/semantic-patch";
import { declaredExperiments, FALLTHROUGH, type DeclaredExperiment } from "./declared";
import type { ExperimentPost, IterationInput } from "../targeting/live-experiments";
import { describeStep, ExperimentConflict, liveIteration, planExperiment, type Step } from "./plan";

export interface ExperimentOutcome {
  config: string;
  experiment: string;
  steps: Step[];
  applied: boolean;
}

/** The iteration LaunchDarkly should run, with variation keys and the rule resolved to live IDs. */
function iterationInput(declared: DeclaredExperiment, targeting: LiveTargeting): IterationInput {
  const { config, environment, experiment } = declared;
  const env = targeting.environments[environment];
  const variationId = (key: string) => {
    const variation = targeting.variations.find((v) => v.key === key);
    if (!variation)
      throw new ExperimentConflict(
        `variation "${key}" of ${config.key} does not exist in LaunchDarkly yet: apply the launchdarkly stack first`,
      );
    return variation._id;
  };
  let ruleId = FALLTHROUGH;
  if (experiment.rule !== undefined) {
    const rule = env?.rules.find((r) => r.description === experiment.rule);
    if (!rule?._id)
      throw new ExperimentConflict(
        `${config.key} has no rule "${experiment.rule}" in ${environment} in LaunchDarkly yet: apply its targeting first`,
      );
    ruleId = rule._id;
  }
  return {
    hypothesis: experiment.hypothesis,
    canReshuffleTraffic: true,
    randomizationUnit: experiment.randomizationUnit,
    primarySingleMetricKey: experiment.primaryMetric,
    metrics: [experiment.primaryMetric, ...experiment.secondaryMetrics].map((key) => ({ key, isGroup: false })),
    treatments: experiment.treatments.map((t) => ({
      name: t.variation,
      baseline: t.baseline,
      allocationPercent: String(t.allocation),
      parameters: [{ flagKey: config.key, variationId: variationId(t.variation) }],
    })),
    // An AI Config is a flag underneath: its key is the flag key, and its targeting version the flag's.
    flags: { [config.key]: { ruleId, flagConfigVersion: env?._version ?? 1 } },
  };
}

async function applyStep(
  client: LaunchDarklyClient,
  project: string,
  declared: DeclaredExperiment,
  step: Step,
  comment: string,
): Promise<void> {
  const { config, environment, experiment } = declared;
  const targeting = () => client.getTargeting(project, config.key);
  // A step took effect when, planned again from what LaunchDarkly now holds, it is no longer needed.
  const options = {
    confirm: async () => {
      const live = await client.getExperiment(project, environment, experiment.key);
      return planExperiment(declared, live).some((s) => s.kind === step.kind) ? undefined : (live ?? true);
    },
  };
  switch (step.kind) {
    case "create": {
      const body: ExperimentPost = {
        key: experiment.key,
        name: experiment.name,
        description: experiment.description,
        methodology: experiment.methodology,
        iteration: iterationInput(declared, await targeting()),
      };
      await client.createExperiment(project, environment, body, options);
      return;
    }
    case "replaceDraftIteration":
      await client.createIteration(
        project,
        environment,
        experiment.key,
        iterationInput(declared, await targeting()),
        options,
      );
      return;
    case "start":
      await client.patchExperiment(
        project,
        environment,
        experiment.key,
        [{ kind: "startIteration", changeJustification: comment }],
        comment,
        options,
      );
      return;
    case "stop": {
      const live = liveIteration(await client.getExperiment(project, environment, experiment.key)).iteration;
      const winner = live?.treatments?.find((t) => t.name === step.winner)?._id;
      const instruction = winner
        ? { kind: "stopIteration", winningTreatmentId: winner, winningReason: experiment.winner!.reason }
        : { kind: "stopIteration" };
      await client.patchExperiment(project, environment, experiment.key, [instruction], comment, options);
      return;
    }
    case "rename":
      await client.patchExperiment(
        project,
        environment,
        experiment.key,
        [{ kind: "updateName", value: experiment.name }],
        comment,
        options,
      );
      return;
    case "describe":
      await client.patchExperiment(
        project,
        environment,
        experiment.key,
        [{ kind: "updateDescription", value: experiment.description ?? "" }],
        comment,
        options,
      );
      return;
  }
}

/**
 * Brings one environment's experiments to what the files declare. `apply: false` only plans (plan, diff).
 * Experiments no longer declared are left alone: LaunchDarkly keeps their results.
 */
export async function reconcileExperiments(
  catalog: Catalog,
  environment: string,
  client: LaunchDarklyClient,
  options: { apply: boolean; comment: string; configs?: string[]; experiment?: string },
): Promise<ExperimentOutcome[]> {
  const project = catalog.project.key;
  const selected = declaredExperiments(catalog, environment).filter(
    (d) =>
      (!options.configs || options.configs.includes(d.config.key)) &&
      (!options.experiment || d.experiment.key === options.experiment),
  );
  const outcomes: ExperimentOutcome[] = [];
  for (const declared of selected) {
    const name = `${declared.config.key}/${declared.experiment.key} in ${environment}`;
    const partly: Step[] = [];
    let current: Step | undefined;
    try {
      const steps = planExperiment(declared, await client.getExperiment(project, environment, declared.experiment.key));
      if (options.apply) {
        for (const step of steps) {
          current = step;
          await applyStep(client, project, declared, step, options.comment);
          partly.push(step);
        }
      }
      outcomes.push({
        config: declared.config.key,
        experiment: declared.experiment.key,
        steps,
        applied: options.apply && steps.length > 0,
      });
    } catch (error) {
      const label = `${declared.config.key}/${declared.experiment.key}`;
      const done = outcomes.filter((o) => o.applied).map((o) => `${o.config}/${o.experiment}`);
      if (partly.length > 0) done.push(`${label} (${partly.map(describeStep).join(", ")})`);
      const uncertain = current && outcomeUnknown(error) ? [`${label} (${describeStep(current)})`] : [];
      const reason = error instanceof ExperimentConflict ? error.message : `${name}: ${(error as Error).message}`;
      throw new ReconcileError(reason, done, uncertain);
    }
  }
  return outcomes;
}
