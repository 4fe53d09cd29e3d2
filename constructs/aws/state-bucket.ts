import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Construct } from "constructs";
import { accountAdministers } from "./key-policy";

export const stateKeyAlias = (bucketName: string) => `alias/${bucketName}`;

/** How the S3 backend names the state key: by the alias's full ARN, which resolves in the key's own account. */
export const stateKeyAliasArn = (state: { bucket: string; region: string; accountId: string }) =>
  `arn:aws:kms:${state.region}:${state.accountId}:${stateKeyAlias(state.bucket)}`;

/** Where a stack's state lives in the bucket: one key per stack, below the project's key. */
export const stateKey = (projectKey: string, stack: string) => `${projectKey}/${stack}/terraform.tfstate`;

/** The objects of some stacks' states in the bucket: the state itself and its S3 lock file. */
export const stateObjects = (bucketArn: string, projectKey: string, stacks: readonly string[], only: "all" | "locks") =>
  stacks.map((stack) => `${bucketArn}/${stateKey(projectKey, stack)}${only === "locks" ? ".tflock" : "*"}`);

/** One pipeline role's access to the states: a plan role reads and writes only lock files; an apply role writes. */
export interface StateAccess {
  /** The role's ARN. */
  readonly role: string;
  /** The environment the role belongs to, which names its statements. */
  readonly environment: string;
  /** A plan role reads the states and writes only their lock files; an apply role writes the states too. */
  readonly mode: "plan" | "apply";
  /** The stacks whose states the role may use. */
  readonly stacks: readonly string[];
}

export interface StateBucketProps {
  /** The bucket's name. */
  readonly bucketName: string;
  /** The bucket's region, whose S3 alone may use the key. */
  readonly region: string;
  /** The account holding the bucket and its key. */
  readonly accountId: string;
  /** The project whose states the bucket holds, below <project>/. */
  readonly projectKey: string;
  /** Each pipeline role, with the stacks whose states it may use. */
  readonly access: readonly StateAccess[];
}

/**
 * Terraform state for every stack but bootstrap: versioned, encrypted, never public, TLS only, and usable only by
 * the pipeline's roles, each only for the stacks of its own environment. Locking uses S3's own lock files
 * (Terraform 1.10+), so there is no lock table.
 *
 * The state holds secrets (the SDK key on its way to Secrets Manager, the SIEM token), so it is encrypted with
 * a key of our own, which the S3 backend names (`kms_key_id`). The pipeline's roles live in the environments'
 * accounts: the key policy lets them decrypt and encrypt only through S3, and each role also needs an identity
 * policy for the key (PipelineRoles.allowStateKey); a key managed by AWS (aws/s3) could not be shared at all.
 */
export class StateBucket extends Construct {
  readonly bucket: S3Bucket;
  readonly key: KmsKey;

  constructor(scope: Construct, id: string, props: StateBucketProps) {
    super(scope, id);
    const pipelineRoles = [{ type: "AWS", identifiers: props.access.map((a) => a.role) }];
    const keyPolicy = new DataAwsIamPolicyDocument(this, "key-policy", {
      statement: [
        accountAdministers(props.accountId),
        {
          sid: "PipelineUsesThroughS3",
          effect: "Allow",
          actions: ["kms:Decrypt", "kms:GenerateDataKey"],
          resources: ["*"],
          principals: pipelineRoles,
          condition: [
            { test: "StringEquals", variable: "kms:ViaService", values: [`s3.${props.region}.amazonaws.com`] },
          ],
        },
      ],
    });
    this.key = new KmsKey(this, "key", {
      description: `Terraform state in s3://${props.bucketName}/${props.projectKey}/`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: keyPolicy.json,
    });
    new KmsAlias(this, "key-alias", { name: stateKeyAlias(props.bucketName), targetKeyId: this.key.keyId });
    this.bucket = new S3Bucket(this, "bucket", { bucket: props.bucketName, lifecycle: { preventDestroy: true } });
    new S3BucketVersioningA(this, "versioning", {
      bucket: this.bucket.id,
      versioningConfiguration: { status: "Enabled" },
    });
    new S3BucketServerSideEncryptionConfigurationA(this, "encryption", {
      bucket: this.bucket.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: this.key.arn },
          bucketKeyEnabled: true,
        },
      ],
    });
    new S3BucketPublicAccessBlock(this, "public-access", {
      bucket: this.bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    const principal = (role: string) => [{ type: "AWS", identifiers: [role] }];
    const sid = (...words: string[]) =>
      words
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join("")
        .replace(/[^A-Za-z0-9]/g, "");
    const perRole = props.access.flatMap(({ role, environment, mode, stacks }) => [
      {
        sid: sid(environment, mode, "reads"),
        effect: "Allow",
        actions: ["s3:GetObject"],
        resources: stateObjects(this.bucket.arn, props.projectKey, stacks, "all"),
        principals: principal(role),
      },
      {
        sid: sid(environment, mode, mode === "plan" ? "locks" : "writes"),
        effect: "Allow",
        actions: ["s3:PutObject", "s3:DeleteObject"],
        resources: stateObjects(this.bucket.arn, props.projectKey, stacks, mode === "plan" ? "locks" : "all"),
        principals: principal(role),
      },
    ]);
    const policy = new DataAwsIamPolicyDocument(this, "policy", {
      statement: [
        {
          sid: "DenyInsecureTransport",
          effect: "Deny",
          actions: ["s3:*"],
          resources: [this.bucket.arn, `${this.bucket.arn}/*`],
          principals: [{ type: "*", identifiers: ["*"] }],
          condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
        },
        {
          sid: "ListStates",
          effect: "Allow",
          actions: ["s3:ListBucket"],
          resources: [this.bucket.arn],
          principals: pipelineRoles,
          condition: [{ test: "StringLike", variable: "s3:prefix", values: [`${props.projectKey}/*`] }],
        },
        ...perRole,
      ],
    });
    new S3BucketPolicy(this, "bucket-policy", { bucket: this.bucket.id, policy: policy.json });
  }
}
