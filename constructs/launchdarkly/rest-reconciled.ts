import { TerraformResource, type ITerraformDependable, type TerraformResourceConfig } from "cdktf";
import { Construct } from "constructs";

export interface RestReconciledProps {
  /** What is reconciled: an AI Config's key, "approval settings", or "<config>/<experiment>". */
  readonly subject: string;
  /** The LaunchDarkly environment reconciled. */
  readonly environment: string;
  /** What the files declare; shown by `terraform plan` as readable JSON. */
  readonly desired: object;
  /** Runs the reconciler for this subject and environment (token from LAUNCHDARKLY_ACCESS_TOKEN). */
  readonly command: string;
  /** Where the command runs, relative to the stack's directory. */
  readonly workingDir: string;
  /** What must be reconciled first (an experiment needs its AI Config's targeting in place). */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Terraform's built-in `terraform_data` resource. cdktf's own class runs `terraform version` (about 70 ms) for
 * every instance at synth time to check Terraform >= 1.4, which made synth of 500 AI Configs take minutes, and
 * fail outright on a machine without Terraform. Every stack states the Terraform version it needs instead
 * (`required_version`, checked by Terraform itself when it plans).
 */
class TerraformData extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    private readonly config: Pick<TerraformResourceConfig, "dependsOn" | "provisioners"> & {
      input: object;
      triggersReplace: object;
    },
  ) {
    super(scope, id, {
      terraformResourceType: "terraform_data",
      terraformGeneratorMetadata: { providerName: "terraform" },
      dependsOn: config.dependsOn,
      provisioners: config.provisioners,
    });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { input: this.config.input, triggers_replace: this.config.triggersReplace };
  }
}

/**
 * LaunchDarkly state that no provider version manages (AI Config targeting, AI Config approval settings,
 * experiments): a `terraform_data` whose input is the desired state, replaced whenever it changes, so that its
 * provisioner runs the idempotent reconciler (`aic targeting apply`, `aic experiments apply`) over the REST API.
 * An unchanged input runs nothing.
 */
export class RestReconciled extends Construct {
  readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: RestReconciledProps) {
    super(scope, id);
    this.resource = new TerraformData(this, "targeting", {
      input: { subject: props.subject, environment: props.environment, desired: props.desired },
      triggersReplace: { desired: JSON.stringify(props.desired) },
      provisioners: [{ type: "local-exec", command: props.command, workingDir: props.workingDir }],
      dependsOn: props.dependsOn,
    });
  }
}
