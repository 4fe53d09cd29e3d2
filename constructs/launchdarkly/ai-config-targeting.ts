import { DataResource } from "cdktf";
import { Construct } from "constructs";

export interface AiConfigTargetingProps {
  configKey: string;
  environment: string;
  /** What the files say this environment serves; shown by `terraform plan` as readable JSON. */
  desired: object;
  /** Runs the reconciler for this config and environment (token from LAUNCHDARKLY_ACCESS_TOKEN). */
  command: string;
  /** Where the command runs, relative to the stack's directory. */
  workingDir: string;
}

/**
 * AI Config targeting, which no LaunchDarkly provider version manages: a `terraform_data` whose input is the
 * desired targeting, replaced whenever it changes, so that its provisioner runs the idempotent reconciler
 * (`aic targeting apply`) over LaunchDarkly's semantic-patch API.
 */
export class AiConfigTargeting extends Construct {
  constructor(scope: Construct, id: string, props: AiConfigTargetingProps) {
    super(scope, id);
    new DataResource(this, "targeting", {
      input: { config: props.configKey, environment: props.environment, targeting: props.desired },
      triggersReplace: { targeting: JSON.stringify(props.desired) },
      provisioners: [{ type: "local-exec", command: props.command, workingDir: props.workingDir }],
    });
  }
}
