import { launchDarklyGate, type Catalog } from "../catalog";
import type { EnvironmentImpact, Impact } from "./impact";
import { environmentChanges, unacknowledgedRemovals } from "./environment-changes";
import { launchDarklyChanges } from "./launchdarkly-changes";
import { changedStacks } from "./stack-inputs";

const emptyImpact = (): EnvironmentImpact => ({
  reached: false,
  reasons: [],
  prompts: [],
  models: [],
  targeting: [],
  experiments: [],
  cost: [],
  audiences: [],
});

/**
 * Completes the per-environment analysis so that the gates can fail closed: an environment is reported as not
 * reached only when nothing that is applied to it changes.
 * - Every change of the `launchdarkly` stack reaches the environment it is applied under (production, or the
 *   last gated environment), named in words: it holds what every environment shows, and applies as a whole.
 * - A changed `ld-<env>` or `aws-<env>` stack reaches its environment even when no other rule says why.
 * - A removed or renamed environment is reached (LaunchDarkly deletes it) and listed among the environments;
 *   removing a gated one without an acknowledgement is a blocker.
 */
export function failClosed(
  base: Catalog | undefined,
  head: Catalog,
  analysed: Pick<Impact, "environments" | "blockers">,
): Impact {
  const changes = environmentChanges(base, head);
  const stacks = changedStacks(base, head);
  const environments: Record<string, EnvironmentImpact> = { ...analysed.environments };
  const reach = (env: string, reason: string) => {
    const impact = (environments[env] ??= emptyImpact());
    if (!impact.reasons.includes(reason)) impact.reasons.push(reason);
    impact.reached = true;
  };
  for (const line of launchDarklyChanges(base, head))
    reach(launchDarklyGate(head.environments), `launchdarkly stack: ${line}`);
  for (const env of head.environments) {
    for (const stack of [`ld-${env.key}`, `aws-${env.key}`]) {
      if (stacks[stack] && environments[env.key]!.reasons.length === 0)
        reach(env.key, `${stack} stack: its configuration changes`);
    }
  }
  for (const removed of [...changes.removed, ...changes.renamed]) {
    const to = "to" in removed ? ` (renamed to ${removed.to})` : "";
    environments[removed.key] = { ...emptyImpact(), removed: true };
    reach(removed.key, `environment removed${to}: LaunchDarkly deletes it with its SDK keys`);
  }
  return {
    environments,
    environmentChanges: changes,
    stacks,
    blockers: [...analysed.blockers, ...unacknowledgedRemovals(changes)],
  };
}
