import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Construct } from "constructs";

export interface StateBucketProps {
  bucketName: string;
  /** Key prefix of this project's states, e.g. support-ai/ (one key per stack below it). */
  prefix: string;
  /** Roles that plan: read state, and write only the S3 lock files. */
  planRoleArns: readonly string[];
  /** Roles that apply: read and write state. */
  applyRoleArns: readonly string[];
}

/**
 * Terraform state for every stack but bootstrap: versioned, encrypted, never public, TLS only, and readable
 * only by the pipeline's roles. Locking uses S3's own lock files (Terraform 1.10+), so there is no lock table.
 */
export class StateBucket extends Construct {
  readonly bucket: S3Bucket;

  constructor(scope: Construct, id: string, props: StateBucketProps) {
    super(scope, id);
    this.bucket = new S3Bucket(this, "bucket", { bucket: props.bucketName, lifecycle: { preventDestroy: true } });
    new S3BucketVersioningA(this, "versioning", { bucket: this.bucket.id, versioningConfiguration: { status: "Enabled" } });
    new S3BucketServerSideEncryptionConfigurationA(this, "encryption", {
      bucket: this.bucket.id,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" }, bucketKeyEnabled: true }],
    });
    new S3BucketPublicAccessBlock(this, "public-access", {
      bucket: this.bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    const states = `${this.bucket.arn}/${props.prefix}*`;
    const roles = (arns: readonly string[]) => [{ type: "AWS", identifiers: [...arns] }];
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
          principals: roles([...props.planRoleArns, ...props.applyRoleArns]),
          condition: [{ test: "StringLike", variable: "s3:prefix", values: [`${props.prefix}*`] }],
        },
        { sid: "ReadStates", effect: "Allow", actions: ["s3:GetObject"], resources: [states], principals: roles([...props.planRoleArns, ...props.applyRoleArns]) },
        { sid: "PlanLocks", effect: "Allow", actions: ["s3:PutObject", "s3:DeleteObject"], resources: [`${states}.tflock`], principals: roles(props.planRoleArns) },
        { sid: "ApplyStates", effect: "Allow", actions: ["s3:PutObject", "s3:DeleteObject"], resources: [states], principals: roles(props.applyRoleArns) },
      ],
    });
    new S3BucketPolicy(this, "bucket-policy", { bucket: this.bucket.id, policy: policy.json });
  }
}
