import type { Catalog } from "../catalog";
import type { ApprovalSettings, LaunchDarklyClient } from "./rest-client";
import { targetingInstructions, type Instruction } from "./semantic-patch";

export interface ConfigOutcome {
  config: string;
  instructions: Instruction[];
  applied: boolean;
}

/** A failure part-way, whose message names what failed, where, and what had already been applied. */
export class ReconcileError extends Error {
  constructor(failure: string, applied?: readonly string[]) {
    super(applied ? `${failure}. Already applied: ${applied.length > 0 ? applied.join(", ") : "nothing"}` : failure);
  }
}

/**
 * Brings one environment's AI Config targeting to what the files declare. `apply: false` only computes the
 * instructions (plan, diff). Idempotent: when live targeting already matches, nothing is sent.
 */
export async function reconcileTargeting(
  catalog: Catalog,
  environment: string,
  client: LaunchDarklyClient,
  options: { apply: boolean; comment: string; configs?: string[] },
): Promise<ConfigOutcome[]> {
  const outcomes: ConfigOutcome[] = [];
  const configs = catalog.aiConfigs.filter((c) => c.targeting[environment] && (!options.configs || options.configs.includes(c.key)));
  for (const config of configs) {
    try {
      const live = await client.getTargeting(catalog.project.key, config.key);
      const instructions = targetingInstructions(config, environment, live);
      if (options.apply && instructions.length > 0) await client.patchTargeting(catalog.project.key, config.key, environment, instructions, options.comment);
      outcomes.push({ config: config.key, instructions, applied: options.apply && instructions.length > 0 });
    } catch (error) {
      const done = outcomes.filter((o) => o.applied).map((o) => o.config);
      throw new ReconcileError(`${config.key} in ${environment}: ${(error as Error).message}`, done);
    }
  }
  return outcomes;
}

/** The resourceKind for AI Configs in the approval-settings API (a free string there; see decision 0005). */
export const AI_CONFIG_RESOURCE_KIND = "aiconfig";

/** Brings the environment's AI Config approval settings to `configs/project.yaml`'s; returns what differed. */
export async function reconcileApprovalSettings(catalog: Catalog, environment: string, client: LaunchDarklyClient, apply: boolean): Promise<{ differs: boolean; applied: boolean }> {
  const env = catalog.environments.find((e) => e.key === environment)!;
  const desired: ApprovalSettings = {
    required: env.approvals.required,
    minNumApprovals: env.approvals.minApprovals,
    canReviewOwnRequest: env.approvals.canReviewOwnRequest,
    canApplyDeclinedChanges: env.approvals.canApplyDeclinedChanges,
  };
  try {
    const live = (await client.getApprovalSettings(catalog.project.key))[AI_CONFIG_RESOURCE_KIND];
    const current = live?.environments?.[environment] ?? live?.default;
    const differs = !current || (Object.keys(desired) as Array<keyof ApprovalSettings>).some((k) => current[k] !== desired[k]);
    if (apply && differs) await client.patchApprovalSettings(catalog.project.key, { environmentKey: environment, resourceKind: AI_CONFIG_RESOURCE_KIND, ...desired });
    return { differs, applied: apply && differs };
  } catch (error) {
    throw new ReconcileError(`AI Config approval settings in ${environment}: ${(error as Error).message}`);
  }
}
