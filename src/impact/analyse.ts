import { createTwoFilesPatch } from "diff";
import type { AiConfig, Catalog, DeepReadonly, EnvironmentTargeting, Variation } from "../catalog";
import { experimentChanges, experimentDetails } from "../experiments/changes";
import { runningExperimentConflicts } from "../experiments/guard";
import { describeAudiences, describeTargeting } from "../targeting/describe";
import { renderServedPrompt, servedShares, servedVariations } from "../catalog/served";
import { costPer1000Requests } from "./cost";
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

type Targeting = DeepReadonly<EnvironmentTargeting>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function modelText(variation: Variation | undefined): string | undefined {
  if (!variation) return undefined;
  const parameters = Object.entries(variation.parameters)
    .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
    .join(", ");
  return parameters ? `${variation.model} (${parameters})` : variation.model;
}

/**
 * Pairs the changed lines of two targeting descriptions by what they describe ("fallthrough", "rule 1: ...").
 * Targeting that starts or ends here is said once, as such, followed by what it serves (or served).
 */
function targetingChanges(before: Targeting | undefined, after: Targeting | undefined): string[] {
  if (same(before, after)) return [];
  if (!before || !after) {
    const lines = describeTargeting(before ?? after);
    return before
      ? ["no longer targeted here: LaunchDarkly serves its disabled variation", ...lines.map((line) => `was: ${line}`)]
      : [
          "targeted here for the first time (LaunchDarkly served its disabled variation)",
          ...lines.map((line) => `now: ${line}`),
        ];
  }
  const split = (line: string) => {
    const at = line.lastIndexOf(" -> ");
    return at === -1 ? [line, ""] : [line.slice(0, at), line.slice(at + 4)];
  };
  const old = new Map(describeTargeting(before).map(split) as Array<[string, string]>);
  const now = new Map(describeTargeting(after).map(split) as Array<[string, string]>);
  const changes: string[] = [];
  for (const [label, value] of now) {
    const previous = old.get(label);
    if (previous === undefined) changes.push(`${label}: (none) -> ${value || label}`);
    else if (previous !== value) changes.push(`${label}: ${previous} -> ${value}`);
  }
  for (const [label, value] of old) if (!now.has(label)) changes.push(`${label}: ${value || label} -> (none)`);
  return changes;
}

/** Fallthrough share of each variation, in percent. */
function fallthroughShares(targeting: Targeting | undefined): Array<[string, number]> {
  if (!targeting || !targeting.enabled) return targeting?.offVariation ? [[targeting.offVariation, 100]] : [];
  return servedShares(targeting.fallthrough);
}

/** Rounded to a millionth of a dollar: the estimate is no more precise, and JSON readers get no float noise. */
const roundUsd = (usd: number) => Math.round(usd * 1e6) / 1e6;

function fallthroughCost(catalog: Catalog, config: AiConfig | undefined, environment: string): number | undefined {
  if (!config) return undefined;
  const shares = fallthroughShares(config.targeting[environment]);
  if (shares.length === 0) return undefined;
  return roundUsd(
    shares.reduce((sum, [key, percent]) => {
      const variation = config.variations.find((v) => v.key === key);
      return variation ? sum + (percent / 100) * costPer1000Requests(catalog, variation).usdPer1000 : sum;
    }, 0),
  );
}

/**
 * Compares the catalog a pull request starts from (`base`, absent for a first commit) with its result (`head`),
 * per environment: whether the change reaches it, why, and what changes there.
 */
export function analyseImpact(base: Catalog | undefined, head: Catalog): Impact {
  const environments: Record<string, EnvironmentImpact> = {};
  for (const env of head.environments) {
    const impact: EnvironmentImpact = {
      reached: false,
      reasons: [],
      prompts: [],
      models: [],
      targeting: [],
      experiments: [],
      cost: [],
      audiences: [],
    };
    const reason = (text: string) => impact.reasons.push(text);
    const baseEnv = base?.environments.find((e) => e.key === env.key);

    if (!base || !same(base.project, head.project) || !same(base.instance, head.instance))
      reason("project settings changed (every environment)");
    if (!baseEnv) reason("new environment");
    else if (!same(baseEnv, env)) reason("environment settings changed");
    if (base && !same(base.segments[env.key], head.segments[env.key])) reason("segments changed");
    if (base && !same(base.observability[env.key], head.observability[env.key]))
      reason("alert thresholds, budget or notifications changed");
    if (base && !same(base.auditLog, head.auditLog)) reason("audit-log export changed (every environment)");
    if (base && !same(base.metrics, head.metrics)) reason("metrics changed (every environment)");
    for (const team of head.teams) {
      const before = base?.teams.find((t) => t.key === team.key);
      if (base && (!before || !same(before.access[env.key], team.access[env.key]) || before.name !== team.name))
        reason(`access of team ${team.key} changed`);
    }
    for (const team of base?.teams ?? [])
      if (!head.teams.some((t) => t.key === team.key)) reason(`team ${team.key} removed`);

    const configKeys = [
      ...new Set([...(base?.aiConfigs ?? []).map((c) => c.key), ...head.aiConfigs.map((c) => c.key)]),
    ].sort();
    for (const key of configKeys) {
      const before = base?.aiConfigs.find((c) => c.key === key);
      const after = head.aiConfigs.find((c) => c.key === key);
      const servedBefore = before ? servedVariations(before, env.key) : new Set<string>();
      const servedAfter = after ? servedVariations(after, env.key) : new Set<string>();

      const changes = targetingChanges(before?.targeting[env.key], after?.targeting[env.key]);
      if (changes.length > 0) {
        impact.targeting.push({ config: key, changes });
        reason(`targeting of ${key} changed`);
      }
      const experiments = experimentChanges(before?.experiments[env.key], after?.experiments[env.key]);
      if (experiments.length > 0) {
        impact.experiments.push({ config: key, changes: experiments });
        for (const e of experiments) reason(`experiment ${key}/${e.experiment}: ${e.change}`);
      }
      for (const variationKey of [...new Set([...servedBefore, ...servedAfter])].sort()) {
        const old = before?.variations.find((v) => v.key === variationKey);
        const now = after?.variations.find((v) => v.key === variationKey);
        const name = `${key}/${variationKey}`;
        const oldText = before && old ? renderServedPrompt(before, old) : "";
        const newText = after && now ? renderServedPrompt(after, now) : "";
        if (oldText !== newText) {
          impact.prompts.push({
            config: key,
            variation: variationKey,
            diff: createTwoFilesPatch(`${name} (base)`, `${name} (head)`, oldText, newText, undefined, undefined, {
              context: 3,
            }),
          });
          reason(`prompt of ${name} changed, and it is served here`);
        }
        if (modelText(old) !== modelText(now)) {
          impact.models.push({ config: key, variation: variationKey, before: modelText(old), after: modelText(now) });
          reason(`model or parameters of ${name} changed, and it is served here`);
        }
        const oldModel = base?.models.find((m) => m.key === old?.model);
        const newModel = head.models.find((m) => m.key === now?.model);
        if (base && oldModel && newModel && oldModel.key === newModel.key && !same(oldModel, newModel))
          reason(`model ${newModel.key} changed (prices, limits or defaults), and ${name} is served here`);
        if (base && old && now && (!same(old.tools, now.tools) || !same(old.judges, now.judges)))
          reason(`tools or judges of ${name} changed, and it is served here`);
        for (const tool of now?.tools ?? []) {
          const t0 = base?.tools.find((t) => t.key === tool);
          const t1 = head.tools.find((t) => t.key === tool);
          if (base && !same(t0, t1)) reason(`tool ${tool} changed, and ${name} uses it`);
        }
      }
      const costBefore = base ? fallthroughCost(base, before, env.key) : undefined;
      const costAfter = fallthroughCost(head, after, env.key);
      if (
        costBefore === undefined
          ? costAfter !== undefined
          : costAfter === undefined || Math.abs(costAfter - costBefore) > 1e-9
      ) {
        impact.cost.push({ config: key, before: costBefore, after: costAfter });
      }
    }
    const changedConfigs = new Set(
      [impact.targeting, impact.prompts, impact.models, impact.experiments, impact.cost].flatMap((list) =>
        list.map((entry) => entry.config),
      ),
    );
    for (const config of head.aiConfigs.filter((c) => changedConfigs.has(c.key))) {
      for (const { variation, who } of describeAudiences(config.targeting[env.key]))
        impact.audiences.push({ config: config.key, variation, who });
    }
    impact.reasons = [...new Set(impact.reasons)];
    impact.reached = impact.reasons.length > 0;
    environments[env.key] = impact;
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
