import { TerraformStack } from "cdktf";

/**
 * A stack built from the catalog alone: it never refers to another stack's resources (stacks share the
 * catalog, not Terraform state), which a test checks on every synthesized stack. cdktf's preparing pass exists to
 * find such references, resolving every value of every resource once more; skipping it saves a fifth of synth.
 */
export class StandaloneStack extends TerraformStack {
  prepareStack(): void {
    this.ensureBackendExists();
  }
}
