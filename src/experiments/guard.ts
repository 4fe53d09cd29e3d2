import type { AiConfig, Catalog, Variation } from "../catalog";
import { renderServedPrompt } from "../catalog/served";
import { declaredDesign, designChanges } from "./declared";

type PathSegment = string | number;

/** A change that would invalidate what a running experiment measures, or that LaunchDarkly cannot make to it. */
export interface RunningExperimentConflict {
  environment: string;
  config: string;
  experiment: string;
  /** The treatment whose served configuration changes, and what of it ("prompt", "model", ...), when that is the conflict. */
  variation?: string;
  changed?: string[];
  /** One sentence: what changes, and what to do instead. */
  message: string;
  /** Where the head's files say it, for `validate --base`: the AI Config file and a path into it. */
  at: { file: string; path: PathSegment[] };
}

function modelIdentity(catalog: Catalog, variation: Variation): string {
  const model = catalog.models.find((m) => m.key === variation.model);
  return JSON.stringify([variation.model, model?.provider, model?.modelId, model?.inferenceProfile]);
}

function toolDefinitions(catalog: Catalog, variation: Variation): string {
  return JSON.stringify(variation.tools.map((key) => catalog.tools.find((t) => t.key === key) ?? key));
}

/** What of a variation the application is served that differs between the two catalogs. */
function servedDifferences(
  base: Catalog,
  baseConfig: AiConfig,
  before: Variation,
  head: Catalog,
  headConfig: AiConfig,
  after: Variation,
): string[] {
  const changed: string[] = [];
  if (renderServedPrompt(baseConfig, before) !== renderServedPrompt(headConfig, after)) changed.push("prompt");
  if (modelIdentity(base, before) !== modelIdentity(head, after)) changed.push("model");
  if (JSON.stringify(before.parameters) !== JSON.stringify(after.parameters)) changed.push("parameters");
  if (toolDefinitions(base, before) !== toolDefinitions(head, after)) changed.push("tools");
  return changed;
}

function words(list: string[]): string {
  return list.length <= 1 ? list.join("") : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

/**
 * Every experiment running in `base` whose results the change would invalidate: a treatment whose prompt (as
 * served), model, parameters or tools change, or, while it keeps running, a changed design or a state moved
 * backwards. LaunchDarkly would keep counting the iteration's results across the change, so it must be stopped
 * first, in a change of its own (the launchdarkly stack, which serves the new variation, applies before
 * ld-<env>, which stops the experiment), or the change made as a new variation tested by a new experiment.
 */
export function runningExperimentConflicts(base: Catalog, head: Catalog): RunningExperimentConflict[] {
  const conflicts: RunningExperimentConflict[] = [];
  for (const baseConfig of base.aiConfigs) {
    const headConfig = head.aiConfigs.find((c) => c.key === baseConfig.key);
    if (!headConfig) continue;
    for (const [environment, experiments] of Object.entries(baseConfig.experiments)) {
      const headExperiments = headConfig.experiments[environment] ?? [];
      for (const experiment of experiments.filter((e) => e.state === "running")) {
        const index = headExperiments.findIndex((e) => e.key === experiment.key);
        const now = headExperiments[index];
        const name = `${experiment.key}, running in ${environment}`;
        const experimentPath: PathSegment[] = now ? ["experiments", environment, index] : [];
        for (const treatment of experiment.treatments) {
          const before = baseConfig.variations.find((v) => v.key === treatment.variation);
          const variationIndex = headConfig.variations.findIndex((v) => v.key === treatment.variation);
          const after = headConfig.variations[variationIndex];
          // A deleted treatment is refused as a deleted served variation (impact's other blocker).
          if (!before || !after) continue;
          const changed = servedDifferences(base, baseConfig, before, head, headConfig, after);
          if (changed.length === 0) continue;
          const stopping =
            now?.state === "stopped"
              ? " (stopping it in the same change is too late: the new variation is served before the experiment stops)"
              : "";
          const headTreatment = now?.treatments.findIndex((t) => t.variation === treatment.variation) ?? -1;
          conflicts.push({
            environment,
            config: baseConfig.key,
            experiment: experiment.key,
            variation: treatment.variation,
            changed,
            message: `${baseConfig.key}/${treatment.variation} is a treatment of the experiment ${name}: changing its ${words(changed)} would change what the experiment measures${stopping}; stop the experiment first, in a pull request of its own, or make the change a new variation and test it in a new experiment with a new key`,
            at: {
              file: headConfig.file,
              path:
                headTreatment >= 0
                  ? [...experimentPath, "treatments", headTreatment, "variation"]
                  : ["variations", variationIndex, "key"],
            },
          });
        }
        if (now?.state === "running") {
          const redesigned = designChanges(declaredDesign(experiment), declaredDesign(now));
          if (redesigned.length > 0) {
            conflicts.push({
              environment,
              config: baseConfig.key,
              experiment: experiment.key,
              message: `the experiment ${name} would have its ${words(redesigned)} changed, which LaunchDarkly cannot do to a running iteration; stop it, and declare a new experiment with a new key for the new design`,
              at: { file: headConfig.file, path: experimentPath },
            });
          }
        } else if (now?.state === "draft") {
          conflicts.push({
            environment,
            config: baseConfig.key,
            experiment: experiment.key,
            message: `the experiment ${name} cannot go back to draft: an experiment's state only moves forward (draft, running, stopped)`,
            at: { file: headConfig.file, path: [...experimentPath, "state"] },
          });
        }
      }
    }
  }
  for (const headConfig of head.aiConfigs) {
    const baseConfig = base.aiConfigs.find((c) => c.key === headConfig.key);
    for (const [environment, experiments] of Object.entries(headConfig.experiments)) {
      experiments.forEach((experiment, index) => {
        const before = baseConfig?.experiments[environment]?.find((e) => e.key === experiment.key);
        if (before?.state !== "stopped" || experiment.state === "stopped") return;
        conflicts.push({
          environment,
          config: headConfig.key,
          experiment: experiment.key,
          message: `the experiment ${experiment.key} in ${environment} was stopped and is never restarted: declare a new experiment with a new key to run it again`,
          at: { file: headConfig.file, path: ["experiments", environment, index, "state"] },
        });
      });
    }
  }
  return conflicts;
}
