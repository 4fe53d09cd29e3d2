import type { Catalog } from "../catalog";
import type { LaunchDarklyClient } from "./rest-client";
import { targetingInstructions, type Instruction } from "./semantic-patch";

export interface ConfigOutcome {
  config: string;
  instructions: Instruction[];
  applied: boolean;
}

/** A failure part-way: which AI Config and environment failed, and what had already been applied. */
export class ReconcileError extends Error {
  constructor(
    message: string,
    readonly outcomes: ConfigOutcome[],
  ) {
    super(message);
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
      throw new ReconcileError(
        `${config.key} in ${environment}: ${(error as Error).message}. Already applied: ${done.length > 0 ? done.join(", ") : "nothing"}`,
        outcomes,
      );
    }
  }
  return outcomes;
}
