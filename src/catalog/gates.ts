import type { DeepReadonly } from "./catalog";
import type { Environment } from "./schema";

type GateFields = Pick<DeepReadonly<Environment>, "key" | "critical" | "approvals">;

/**
 * An environment whose changes wait for its GitHub environment's reviewers: production, and every environment
 * that is `critical` or requires approvals in LaunchDarkly.
 */
export function isGated(env: GateFields): boolean {
  return env.key === "production" || env.critical || env.approvals.required;
}

/**
 * The environment the project-wide `launchdarkly` stack is applied under (its reviewers, apply role and token):
 * the last gated environment in promotion order, or the last environment when none is gated. That stack holds
 * what every environment shares, so its changes wait for the strictest reviewers.
 */
export function launchDarklyGate(environments: readonly GateFields[]): string {
  const gated = environments.filter(isGated);
  return (gated[gated.length - 1] ?? environments[environments.length - 1])!.key;
}
