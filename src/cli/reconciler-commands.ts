import type { ReconcilerCommands } from "../../stacks/ld-environment-stack";

/** How the pipeline runs `aic` (design §8): quietly, so that a provisioner's log holds only the command's output. */
const AIC = "npm run --silent aic --";

/**
 * The `aic` command lines Terraform's provisioners run (stacks/ld-environment-stack.ts): the idempotent REST
 * reconcilers for one environment's approval settings, one AI Config's targeting and one experiment. They live
 * beside the command table, which defines these commands and options; a test parses each one with it.
 */
export const RECONCILER_COMMANDS: ReconcilerCommands = {
  approvals: (environment) => `${AIC} targeting apply --env ${environment} --approvals`,
  targeting: (environment, config) => `${AIC} targeting apply --env ${environment} --config ${config}`,
  experiment: (environment, config, experiment) =>
    `${AIC} experiments apply --env ${environment} --config ${config} --experiment ${experiment}`,
};
