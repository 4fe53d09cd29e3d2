import { LocalBackend, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { accountProvider } from "../constructs/aws/provider";
import type { Catalog } from "../src/catalog";
import { commonTags } from "./tags";

/**
 * What must exist before any other stack can run: the state bucket, GitHub OIDC, plan and apply roles.
 * Applied once by an admin with local state, kept at the repository root (outside cdktf.out, which every
 * synth replaces, and ignored by git).
 */
export class BootstrapStack extends TerraformStack {
  constructor(scope: Construct, catalog: Catalog) {
    super(scope, "bootstrap");
    new LocalBackend(this, { path: "../../../bootstrap.tfstate" });
    accountProvider(this, "aws", { region: catalog.state.region, tags: commonTags(catalog, "bootstrap") });
    for (const env of catalog.environments) {
      accountProvider(this, `aws-${env.key}`, {
        alias: env.key,
        region: env.aws.region,
        accountId: env.aws.accountId,
        tags: commonTags(catalog, "bootstrap", env.key),
      });
    }
  }
}
