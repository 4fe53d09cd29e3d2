import { S3Backend } from "cdktf";
import type { Construct } from "constructs";
import { stateKey, stateKeyAliasArn } from "../constructs/aws/state-bucket";
import type { Catalog } from "../src/catalog";
import { StandaloneStack } from "./synthesis/standalone-stack";
import { requireTerraformVersion } from "./terraform-version";

/** A stack whose state lives in the bootstrap bucket, one key per stack, encrypted with its key, with S3-native locking. */
export class RemoteStateStack extends StandaloneStack {
  constructor(scope: Construct, name: string, catalog: Catalog) {
    super(scope, name);
    const backend = new S3Backend(this, {
      bucket: catalog.state.bucket,
      key: stateKey(catalog.project.key, name),
      region: catalog.state.region,
      encrypt: true,
      kmsKeyId: stateKeyAliasArn(catalog.state),
    });
    // cdktf 0.21 predates Terraform 1.10's use_lockfile; the override is emitted verbatim.
    backend.addOverride("use_lockfile", true);
    requireTerraformVersion(this);
  }
}
