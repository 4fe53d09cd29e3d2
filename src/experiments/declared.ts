import type { AiConfig, Catalog, DeepReadonly, Experiment } from "../catalog";

/** An experiment the files declare, with the AI Config and environment it runs in. */
export interface DeclaredExperiment {
  config: AiConfig;
  environment: string;
  experiment: DeepReadonly<Experiment>;
}

export function declaredExperiments(catalog: Catalog, environment: string): DeclaredExperiment[] {
  return catalog.aiConfigs.flatMap((config) =>
    (config.experiments[environment] ?? []).map((experiment) => ({ config, environment, experiment })),
  );
}

/**
 * What an iteration measures, in one comparable shape: the part of an experiment that LaunchDarkly fixes once
 * an iteration starts. Treatments are named by variation key, allocations in percent, metrics sorted.
 */
export interface Design {
  hypothesis: string;
  audience: string;
  randomizationUnit: string;
  primaryMetric: string;
  secondaryMetrics: string[];
  treatments: Array<{ variation: string; baseline: boolean; allocation: number }>;
}

export const FALLTHROUGH = "fallthrough";

export function declaredDesign(experiment: DeepReadonly<Experiment>): Design {
  return {
    hypothesis: experiment.hypothesis,
    audience: experiment.rule ?? FALLTHROUGH,
    randomizationUnit: experiment.randomizationUnit,
    primaryMetric: experiment.primaryMetric,
    secondaryMetrics: [...experiment.secondaryMetrics].sort(),
    treatments: experiment.treatments
      .map((t) => ({ variation: t.variation, baseline: t.baseline, allocation: t.allocation }))
      .sort((a, b) => a.variation.localeCompare(b.variation)),
  };
}

/** The design's fields that differ, for messages and the PR comment. */
export function designChanges(a: Design, b: Design): string[] {
  return (Object.keys(a) as Array<keyof Design>).filter(
    (field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]),
  );
}

/** "friendly-v1 90% (baseline), friendly-v2 10%" */
export function describeTreatments(experiment: DeepReadonly<Experiment>): string {
  return experiment.treatments
    .map((t) => `${t.variation} ${t.allocation}%${t.baseline ? " (baseline)" : ""}`)
    .join(", ");
}
