import { reconcileExperiments } from "../../experiments/reconcile";
import { describeStep } from "../../experiments/plan";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import type { Output } from "../output";
import { EXIT_DRIFT, openRestSession, reconciling, type RestOptions } from "./rest-session";

export interface ExperimentsOptions extends RestOptions {
  experiment?: string;
}

/** `aic experiments plan|apply|diff --env ENV`: create, start and stop the declared experiments over the REST API. */
export async function experimentsCommand(action: string, options: ExperimentsOptions, output: Output): Promise<number> {
  const session = openRestSession("experiments", action, options, output);
  if (!session) return EXIT_INVALID;
  const { catalog, client, comment } = session;
  const outcomes = await reconciling("experiments", action, output, () =>
    reconcileExperiments(catalog, options.env, client, {
      apply: action === "apply",
      comment,
      configs: options.config,
      experiment: options.experiment,
    }),
  );
  if (!outcomes) return EXIT_INVALID;
  for (const outcome of outcomes) {
    const steps = outcome.steps.map(describeStep).join(", ");
    const state = outcome.steps.length === 0 ? "up to date" : `${outcome.applied ? "applied" : "would apply"} ${steps}`;
    output.out(`${outcome.config}/${outcome.experiment} in ${options.env}: ${state}`);
  }
  if (outcomes.length === 0)
    output.out(
      `no experiments declared in ${options.env}${options.config || options.experiment ? " for that selection" : ""}`,
    );
  return action === "diff" && outcomes.some((o) => o.steps.length > 0) ? EXIT_DRIFT : EXIT_OK;
}
