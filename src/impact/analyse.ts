import type { Catalog } from "../catalog";
import { servedVariations } from "../catalog/served";
import { experimentDetails } from "../experiments/changes";
import { runningExperimentConflicts } from "../experiments/guard";
import { describeAudiences } from "../targeting/describe";
import { combine, CONFIG_COMPARATORS, ENVIRONMENT_COMPARATORS, type Scope } from "./comparators";
import type { EnvironmentImpact, Impact } from "./impact";
import { failClosed } from "./reach";

/**
 * Variations a change deletes while an environment still serves them before it. The launchdarkly stack, applied
 * first, would delete them before ld-<env> stops serving them (docs/decisions/0005-targeting-through-the-reconciler.md).
 */
function removedWhileServed(base: Catalog | undefined, head: Catalog): string[] {
  const blockers: string[] = [];
  for (const before of base?.aiConfigs ?? []) {
    const after = head.aiConfigs.find((c) => c.key === before.key);
    if (!after) continue;
    for (const variation of before.variations.filter((v) => !after.variations.some((w) => w.key === v.key))) {
      const serving = base!.environments
        .map((e) => e.key)
        .filter((env) => servedVariations(before, env).has(variation.key));
      if (serving.length === 0) continue;
      blockers.push(
        `${before.key}/${variation.key} is deleted while ${serving.join(", ")} still serve${serving.length === 1 ? "s" : ""} it: stop serving it in one pull request, and delete it in the next`,
      );
    }
  }
  return blockers;
}

/**
 * Compares the catalog a pull request starts from (`base`, absent for a first commit) with its result (`head`),
 * per environment: whether the change reaches it, why, and what changes there. The comparisons are the
 * comparators of ./comparators; this composes them, then adds what running experiments refuse.
 */
export function analyseImpact(base: Catalog | undefined, head: Catalog): Impact {
  const environments: Record<string, EnvironmentImpact> = {};
  const configKeys = [
    ...new Set([...(base?.aiConfigs ?? []).map((c) => c.key), ...head.aiConfigs.map((c) => c.key)]),
  ].sort();
  for (const environment of head.environments) {
    const scope: Scope = { base, head, environment };
    const findings = combine([
      ...ENVIRONMENT_COMPARATORS.map((compare) => compare(scope)),
      ...configKeys.flatMap((key) => {
        const config = {
          key,
          before: base?.aiConfigs.find((c) => c.key === key),
          after: head.aiConfigs.find((c) => c.key === key),
        };
        return CONFIG_COMPARATORS.map((compare) => compare(config, scope));
      }),
    ]);
    const changedConfigs = new Set(
      [findings.targeting, findings.prompts, findings.models, findings.experiments, findings.cost].flatMap((list) =>
        list.map((entry) => entry.config),
      ),
    );
    const audiences = head.aiConfigs
      .filter((c) => changedConfigs.has(c.key))
      .flatMap((config) =>
        describeAudiences(config.targeting[environment.key]).map(({ variation, who }) => ({
          config: config.key,
          variation,
          who,
        })),
      );
    const reasons = [...new Set(findings.reasons)];
    const { prompts, models, targeting, experiments, cost } = findings;
    environments[environment.key] = {
      reached: reasons.length > 0,
      reasons,
      prompts,
      models,
      targeting,
      experiments,
      cost,
      audiences,
    };
  }
  const conflicts = base ? runningExperimentConflicts(base, head) : [];
  for (const conflict of conflicts) {
    const impact = environments[conflict.environment];
    if (!impact) continue;
    let entry = impact.experiments.find((e) => e.config === conflict.config);
    if (!entry) impact.experiments.push((entry = { config: conflict.config, changes: [] }));
    const experiment = base!.aiConfigs
      .find((c) => c.key === conflict.config)!
      .experiments[conflict.environment]!.find((e) => e.key === conflict.experiment)!;
    const change = conflict.variation
      ? `its treatment ${conflict.variation} changes (${conflict.changed!.join(", ")}) while it runs: refused, see above`
      : "refused while it runs, see above";
    entry.changes.push({ experiment: conflict.experiment, change, details: experimentDetails(experiment) });
    impact.reasons.push(
      `experiment ${conflict.config}/${conflict.experiment}: ${conflict.variation ? `treatment ${conflict.variation} changes while it runs` : "changes while it runs"} (refused)`,
    );
    impact.reached = true;
  }
  return failClosed(base, head, {
    environments,
    blockers: [...removedWhileServed(base, head), ...conflicts.map((c) => c.message)],
  });
}
