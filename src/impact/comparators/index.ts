import { servedVariations } from "../../catalog/served";
import { cost } from "./cost";
import { auditLog, environmentSettings, metrics, observability, projectSettings, segments } from "./environment";
import { experiments } from "./experiments";
import { modelChoice, modelDefinition, prompt, toolDefinitions, toolsAndJudges } from "./served-variation";
import { targeting } from "./targeting";
import { teamAccess, teamsRemoved } from "./teams";
import type { ConfigComparator, EnvironmentComparator, Findings, VariationComparator } from "./types";

export type {
  ConfigComparator,
  ConfigPair,
  EnvironmentComparator,
  Findings,
  Scope,
  ServedPair,
  VariationComparator,
} from "./types";

/**
 * What a change is compared on, in the order its reasons are listed: the environment as a whole, then each AI
 * Config (by key), and within it each variation served here before or after the change.
 */
export const VARIATION_COMPARATORS: readonly VariationComparator[] = [
  prompt,
  modelChoice,
  modelDefinition,
  toolsAndJudges,
  toolDefinitions,
];

/** Every variation the environment serves before or after the change, compared by VARIATION_COMPARATORS. */
export const servedVariationsChanges: ConfigComparator = (config, scope) => {
  const env = scope.environment.key;
  const served = new Set([
    ...(config.before ? servedVariations(config.before, env) : []),
    ...(config.after ? servedVariations(config.after, env) : []),
  ]);
  return combine(
    [...served].sort().flatMap((key) => {
      const pair = {
        config,
        key,
        old: config.before?.variations.find((v) => v.key === key),
        now: config.after?.variations.find((v) => v.key === key),
        name: `${config.key}/${key}`,
      };
      return VARIATION_COMPARATORS.map((compare) => compare(pair, scope));
    }),
  );
};

export const CONFIG_COMPARATORS: readonly ConfigComparator[] = [targeting, experiments, servedVariationsChanges, cost];

export const ENVIRONMENT_COMPARATORS: readonly EnvironmentComparator[] = [
  projectSettings,
  environmentSettings,
  segments,
  observability,
  auditLog,
  metrics,
  teamAccess,
  teamsRemoved,
];

/** Findings one after another, each list in order. */
export function combine(all: readonly Findings[]): Required<Findings> {
  const result: Required<Findings> = { reasons: [], prompts: [], models: [], targeting: [], experiments: [], cost: [] };
  for (const findings of all) {
    for (const list of Object.keys(result) as Array<keyof Findings>) {
      (result[list] as unknown[]).push(...(findings[list] ?? []));
    }
  }
  return result;
}
