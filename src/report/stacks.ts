import type { Catalog } from "../catalog";

/**
 * The stacks the pull-request workflow plans: every stack but bootstrap (an admin applies that one by hand), in
 * apply order. Their names are those stacks/ gives them (a test holds the two together).
 */
export function plannedStacks(catalog: Catalog): string[] {
  return ["launchdarkly", ...catalog.environments.flatMap((env) => [`ld-${env.key}`, `aws-${env.key}`])];
}
