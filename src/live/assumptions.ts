import { AI_CONFIG_RESOURCE_KIND } from "../targeting/reconcile";

/**
 * What the product relies on that no public source settles, one row of verify-live's table each (and of
 * docs/decisions/0010-assumptions-verify-live.md). `reliedOnBy` names the code, or the one constant, that changes
 * when verify-live contradicts the assumption.
 */
export interface Assumption {
  id: string;
  assumption: string;
  reliedOnBy: string;
}

/** The resourceKind strings tried for AI Config approval settings: the product's own first, then every candidate. */
export const APPROVAL_RESOURCE_KIND_CANDIDATES: readonly string[] = [
  ...new Set([AI_CONFIG_RESOURCE_KIND, "aiconfig", "aiConfig", "flag", "segment"]),
];

export const ASSUMPTIONS: readonly Assumption[] = [
  {
    id: "targeting-variation-keys",
    assumption:
      "GET of an AI Config's targeting lists each variation with its key (the published model shows only _id, name, value)",
    reliedOnBy: "aic targeting resolves variation keys to IDs by it (src/targeting/semantic-patch.ts)",
  },
  {
    id: "targeting-patch",
    assumption:
      "a semantic patch of updateFallthroughVariationOrRollout and replaceRules on /ai-configs/{key}/targeting takes effect in that environment, as read back",
    reliedOnBy: "aic targeting apply (src/targeting/semantic-patch.ts)",
  },
  {
    id: "experiment-flag-key",
    assumption:
      "an experiment on an AI Config is created with the AI Config's key as flagKey in its treatments and flags (ExperimentPost and IterationInput have no AI Config field)",
    reliedOnBy: "aic experiments apply (src/experiments/reconcile.ts)",
  },
  {
    id: "experiment-iteration",
    assumption: "that experiment's iteration starts and stops with the startIteration and stopIteration instructions",
    reliedOnBy: "aic experiments apply (src/experiments/reconcile.ts)",
  },
  {
    id: "approval-resource-kind",
    assumption: `AI Config approval settings take resourceKind "${AI_CONFIG_RESOURCE_KIND}", read back under that kind (candidates tried: ${APPROVAL_RESOURCE_KIND_CANDIDATES.join(", ")})`,
    reliedOnBy: "the constant AI_CONFIG_RESOURCE_KIND (src/targeting/reconcile.ts)",
  },
  {
    id: "approval-settings-default",
    assumption: "the approval-settings GET with expand=default returns each kind's fallback as _default",
    reliedOnBy: "aic targeting --approvals (reconcileApprovalSettings, src/targeting/reconcile.ts)",
  },
];

/** One row per capability with LaunchDarkly actions: a custom role from its grants keeps every action. */
export const roleAssumption = (capability: string, actions: readonly string[]): Assumption => ({
  id: `role-actions:${capability}`,
  assumption: `a custom role from ${capability}'s grants keeps every action (${actions.join(", ")})`,
  reliedOnBy: `CAPABILITY_TABLE.${capability} (src/access/capabilities.ts)`,
});

export const TEAM_ASSUMPTION: Assumption = {
  id: "team-role",
  assumption: "a team created with customRoleKeys holds that custom role, as read back with expand=roles",
  reliedOnBy: "the teams of the launchdarkly stack (constructs/launchdarkly/access/team-roles.ts)",
};
