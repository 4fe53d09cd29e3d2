import { ResourceSet } from "./private/resource-set";
import { literal, literalValues } from "./terraform-text";

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
  /** The addresses of what must be reconciled first (an experiment needs its AI Config's targeting in place). */
  readonly dependsOn?: readonly string[];
}

/**
 * LaunchDarkly state that no provider version manages (AI Config targeting, AI Config approval settings,
 * experiments): for each, Terraform's built-in `terraform_data` whose input is the desired state, replaced
 * whenever it changes, so that its provisioner runs the idempotent reconciler (`aic targeting apply`,
 * `aic experiments apply`) over the REST API. An unchanged input runs nothing.
 *
 * Each reconciler is a `terraform_data` at <id>/targeting below the scope, written by this ResourceSet (decision
 * 0007). cdktf's own TerraformData class also ran `terraform version` (about 70 ms) for every instance to check
 * Terraform >= 1.4; every stack states the Terraform version it needs instead (`required_version`).
 */
export class RestReconcilers extends ResourceSet {
  /** Declares the reconciler of one subject at <id>/targeting; returns its address, for `dependsOn`. */
  reconcile(id: string, props: RestReconciledProps): string {
    // Rule descriptions, clause values and hypotheses are text a pull request writes: Terraform must not read a
    // "${...}" in them as an expression (it could call file() on the runner and print the result in the plan).
    // The JSON, needed for the trigger anyway, says whether any string holds either sequence; most hold neither, and
    // their desired state is written as it is, uncopied.
    const json = JSON.stringify(props.desired);
    const templated = json.includes("${") || json.includes("%{");
    return this.add("terraform_data", [id, "targeting"], {
      ...(props.dependsOn === undefined ? {} : { depends_on: [...props.dependsOn] }),
      input: {
        desired: templated ? literalValues(props.desired) : props.desired,
        environment: props.environment,
        subject: props.subject,
      },
      provisioner: [{ "local-exec": { command: props.command, working_dir: props.workingDir } }],
      triggers_replace: { desired: literal(json) },
    });
  }
}
