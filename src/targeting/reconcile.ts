import type { Catalog } from "../catalog";
import { ApiError, type ApprovalSettings, type LaunchDarklyClient } from "./rest-client";
import { targetingInstructions, type Instruction } from "./semantic-patch";

export interface ConfigOutcome {
  config: string;
  instructions: Instruction[];
  applied: boolean;
}

/**
 * A failure part-way, whose message names what failed, where, what had already been applied, and what may have
 * been (a write whose answer was lost and could not be read back). Every apply reads LaunchDarkly first, so the
 * next one picks up from whatever is true.
 */
export class ReconcileError extends Error {
  constructor(failure: string, applied?: readonly string[], uncertain: readonly string[] = []) {
    const done = applied ? `. Already applied: ${applied.length > 0 ? applied.join(", ") : "nothing"}` : "";
    const maybe = uncertain.length > 0 ? `. Perhaps applied too (its answer was lost): ${uncertain.join(", ")}` : "";
    super(`${failure}${done}${maybe}`);
  }
}

/** Whether a failure leaves a write's effect unknown. */
export function outcomeUnknown(error: unknown): boolean {
  return error instanceof ApiError && error.outcome === "unknown";
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
  const configs = catalog.aiConfigs.filter(
    (c) => c.targeting[environment] && (!options.configs || options.configs.includes(c.key)),
  );
  for (const config of configs) {
    try {
      const live = await client.getTargeting(catalog.project.key, config.key);
      const instructions = targetingInstructions(config, environment, live);
      if (options.apply && instructions.length > 0) {
        // Took effect when LaunchDarkly's targeting now needs no instruction at all.
        const confirm = async () => {
          const now = await client.getTargeting(catalog.project.key, config.key);
          return targetingInstructions(config, environment, now).length === 0 ? now : undefined;
        };
        await client.patchTargeting(catalog.project.key, config.key, environment, instructions, options.comment, {
          confirm,
        });
      }
      outcomes.push({ config: config.key, instructions, applied: options.apply && instructions.length > 0 });
    } catch (error) {
      const done = outcomes.filter((o) => o.applied).map((o) => o.config);
      throw new ReconcileError(
        `${config.key} in ${environment}: ${(error as Error).message}`,
        done,
        outcomeUnknown(error) ? [config.key] : [],
      );
    }
  }
  return outcomes;
}

/** The resourceKind for AI Configs in the approval-settings API (a free string there; see decision 0005). */
export const AI_CONFIG_RESOURCE_KIND = "aiconfig";

/** Brings the environment's AI Config approval settings to `configs/project.yaml`'s; returns what differed. */
export async function reconcileApprovalSettings(
  catalog: Catalog,
  environment: string,
  client: LaunchDarklyClient,
  apply: boolean,
): Promise<{ differs: boolean; applied: boolean }> {
  const env = catalog.environments.find((e) => e.key === environment)!;
  const desired: ApprovalSettings = {
    required: env.approvals.required,
    minNumApprovals: env.approvals.minApprovals,
    canReviewOwnRequest: env.approvals.canReviewOwnRequest,
    canApplyDeclinedChanges: env.approvals.canApplyDeclinedChanges,
  };
  try {
    const matches = async () => {
      const live = (await client.getApprovalSettings(catalog.project.key))[AI_CONFIG_RESOURCE_KIND];
      const current = live?.environments?.[environment] ?? live?._default;
      return (
        !!current && (Object.keys(desired) as Array<keyof ApprovalSettings>).every((k) => current[k] === desired[k])
      );
    };
    const differs = !(await matches());
    if (apply && differs) {
      const confirm = async () => ((await matches()) ? true : undefined);
      await client.patchApprovalSettings(
        catalog.project.key,
        { environmentKey: environment, resourceKind: AI_CONFIG_RESOURCE_KIND, ...desired },
        { confirm },
      );
    }
    return { differs, applied: apply && differs };
  } catch (error) {
    const maybe = outcomeUnknown(error) ? ": they may or may not have been changed" : "";
    throw new ReconcileError(`AI Config approval settings in ${environment}: ${(error as Error).message}${maybe}`);
  }
}
