import type { TerraformStack } from "cdktf";

/** Every stack's Terraform: 1.10 for S3-native state locking (`use_lockfile`); `terraform_data` needs 1.4. */
export const REQUIRED_TERRAFORM_VERSION = ">= 1.10.0";

/** Terraform refuses to plan a stack with an older binary, naming this constraint. */
export function requireTerraformVersion(stack: TerraformStack): void {
  stack.addOverride("terraform.required_version", REQUIRED_TERRAFORM_VERSION);
}
