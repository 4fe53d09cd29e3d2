import { reconcileApprovalSettings, reconcileTargeting } from "../../targeting/reconcile";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import type { Output } from "../output";
import { EXIT_DRIFT, openRestSession, reconciling, type RestOptions } from "./rest-session";

export interface TargetingOptions extends RestOptions {
  /** Only the environment's AI Config approval settings. */
  approvals?: boolean;
}

/** `aic targeting plan|apply|diff --env ENV`: reconcile AI Config targeting with LaunchDarkly's REST API. */
export async function targetingCommand(action: string, options: TargetingOptions, output: Output): Promise<number> {
  const session = openRestSession("targeting", action, options, output);
  if (!session) return EXIT_INVALID;
  const { catalog, client, comment } = session;
  const result = await reconciling("targeting", action, output, async () => ({
    outcomes: options.approvals
      ? []
      : await reconcileTargeting(catalog, options.env, client, {
          apply: action === "apply",
          comment,
          configs: options.config,
        }),
    approvals: options.config
      ? undefined
      : await reconcileApprovalSettings(catalog, options.env, client, action === "apply"),
  }));
  if (!result) return EXIT_INVALID;
  const { outcomes, approvals } = result;
  for (const outcome of outcomes) {
    const kinds = outcome.instructions.map((i) => i.kind).join(", ");
    const state =
      outcome.instructions.length === 0 ? "up to date" : `${outcome.applied ? "applied" : "would apply"} ${kinds}`;
    output.out(`${outcome.config} in ${options.env}: ${state}`);
  }
  if (approvals) {
    const state = !approvals.differs ? "up to date" : approvals.applied ? "applied" : "would apply";
    output.out(`AI Config approval settings in ${options.env}: ${state}`);
  }
  const differs = outcomes.some((o) => o.instructions.length > 0) || approvals?.differs === true;
  return action === "diff" && differs ? EXIT_DRIFT : EXIT_OK;
}
