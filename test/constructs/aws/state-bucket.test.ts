import { StateBucket, stateKey, stateKeyAliasArn } from "../../../constructs/aws/state-bucket";
import { bodiesOf, resourcesOf, synthAlone } from "../../helpers/construct-synth";

const PLAN = "arn:aws:iam::111111111111:role/shop-dev-plan";
const APPLY = "arn:aws:iam::111111111111:role/shop-dev-apply";

describe("StateBucket alone", () => {
  const json = synthAlone((scope) => {
    new StateBucket(scope, "state", {
      bucketName: "shop-state",
      region: "eu-west-1",
      accountId: "999999999999",
      projectKey: "shop",
      access: [
        { role: PLAN, environment: "dev", mode: "plan", stacks: ["aws-dev"] },
        { role: APPLY, environment: "dev", mode: "apply", stacks: ["aws-dev"] },
      ],
    });
  });
  const documents = resourcesOf(json, "aws_iam_policy_document", "data");
  const doc = (prefix: string) => Object.entries(documents).find(([name]) => name.startsWith(prefix))![1];
  const bucketPolicy = doc("state_policy_").statement;
  const sid = (name: string) => bucketPolicy.find((s: { sid: string }) => s.sid === name);

  it("GIVEN a bucket name THEN the bucket is versioned, KMS-encrypted, never public, and never destroyed by Terraform", () => {
    expect(bodiesOf(json, "aws_s3_bucket")[0]).toMatchObject({
      bucket: "shop-state",
      lifecycle: { prevent_destroy: true },
    });
    expect(bodiesOf(json, "aws_s3_bucket_versioning")[0]!.versioning_configuration).toEqual({ status: "Enabled" });
    expect(bodiesOf(json, "aws_s3_bucket_server_side_encryption_configuration")[0]!.rule[0]).toMatchObject({
      apply_server_side_encryption_by_default: { sse_algorithm: "aws:kms" },
      bucket_key_enabled: true,
    });
    expect(bodiesOf(json, "aws_s3_bucket_public_access_block")[0]).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
  });

  it("THEN its key rotates and the S3 backend finds it by alias/<bucket>", () => {
    expect(bodiesOf(json, "aws_kms_key")[0]).toMatchObject({ enable_key_rotation: true });
    expect(bodiesOf(json, "aws_kms_alias")[0]!.name).toBe("alias/shop-state");
    expect(stateKeyAliasArn({ bucket: "shop-state", region: "eu-west-1", accountId: "999999999999" })).toBe(
      "arn:aws:kms:eu-west-1:999999999999:alias/shop-state",
    );
  });

  it("THEN plain HTTP is denied to everyone", () => {
    expect(sid("DenyInsecureTransport")).toMatchObject({
      effect: "Deny",
      condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
    });
  });

  it("GIVEN a plan role THEN it reads its stacks' states and writes only their lock files", () => {
    expect(sid("DevPlanReads")).toMatchObject({ actions: ["s3:GetObject"], principals: [{ identifiers: [PLAN] }] });
    expect(sid("DevPlanLocks").resources).toEqual([
      expect.stringMatching(new RegExp(`/${stateKey("shop", "aws-dev").replace(/\./g, "\\.")}\\.tflock$`)),
    ]);
  });

  it("GIVEN an apply role THEN it writes its stacks' states, and no other stack's", () => {
    expect(sid("DevApplyWrites")).toMatchObject({ actions: ["s3:PutObject", "s3:DeleteObject"] });
    expect(sid("DevApplyWrites").resources).toEqual([expect.stringMatching(/\/shop\/aws-dev\/terraform\.tfstate\*$/)]);
  });

  it("THEN the pipeline roles may use the key only through S3", () => {
    const pipeline = doc("state_key-policy_").statement[1];
    expect(pipeline.principals).toEqual([{ type: "AWS", identifiers: [PLAN, APPLY] }]);
    expect(pipeline.condition).toEqual([
      { test: "StringEquals", variable: "kms:ViaService", values: ["s3.eu-west-1.amazonaws.com"] },
    ]);
  });
});
