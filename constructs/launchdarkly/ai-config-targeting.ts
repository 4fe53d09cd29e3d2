import { DataResource } from "cdktf";
import { Construct } from "constructs";

export interface AiConfigTargetingProps {
  /** What is reconciled: an AI Config's key, or "approval settings". */
  subject: string;
  environment: string;
  /** What the files declare for this environment; shown by `terraform plan` as readable JSON. */
  desired: object;
  /** Runs the reconciler for this config and environment (token from LAUNCHDARKLY_ACCESS_TOKEN). */
  command: string;
  /** Where the command runs, relative to the stack's directory. */
  workingDir: string;
}

/**
 * AI Config targeting (and AI Config approval settings), which no LaunchDarkly provider version manages: a
 * `terraform_data` whose input is the desired state, replaced whenever it changes, so that its provisioner runs
 * the idempotent reconciler (`aic targeting apply`) over LaunchDarkly's REST API.
 */
export class AiConfigTargeting extends Construct {
  constructor(scope: Construct, id: string, props: AiConfigTargetingProps) {
    super(scope, id);
    new DataResource(this, "targeting", {
      input: { subject: props.subject, environment: props.environment, desired: props.desired },
      triggersReplace: { desired: JSON.stringify(props.desired) },
      provisioners: [{ type: "local-exec", command: props.command, workingDir: props.workingDir }],
    });
  }
}
