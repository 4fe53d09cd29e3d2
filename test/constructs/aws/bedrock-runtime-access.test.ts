import { BedrockRuntimeAccess, type BedrockRuntimeAccessProps } from "../../../constructs/aws/bedrock-runtime-access";
import { APPLICATION_ROLE_PATH } from "../../../constructs/aws/pipeline-roles";
import { bodiesOf, resourcesOf, synthAlone } from "../../helpers/construct-synth";
import type { StackJson } from "../../helpers/synth";

const BOUNDARY = "arn:aws:iam::123456789012:policy/shop-prod-app-boundary";
const BASE: BedrockRuntimeAccessProps = {
  roleName: "shop-prod-bedrock-runtime",
  region: "eu-central-1",
  accountId: "123456789012",
  principal: { service: "ecs-tasks.amazonaws.com" },
  models: [
    { key: "nova-lite", modelId: "amazon.nova-lite-v1:0" },
    { key: "haiku-4.5", modelId: "anthropic.claude-haiku-v1:0", inferenceProfile: "eu.anthropic.claude-haiku-v1:0" },
  ],
  permissionsBoundary: BOUNDARY,
};

const synth = (props: Partial<BedrockRuntimeAccessProps> = {}) =>
  synthAlone((scope) => {
    new BedrockRuntimeAccess(scope, "bedrock", { ...BASE, ...props });
  });
const document = (json: StackJson, prefix: string) =>
  Object.entries(resourcesOf(json, "aws_iam_policy_document", "data")).find(([name]) => name.startsWith(prefix))?.[1];

describe("BedrockRuntimeAccess alone", () => {
  const json = synth();
  const statements = document(json, "bedrock_policy_")!.statement;
  const sid = (name: string) => statements.find((s: { sid: string }) => s.sid === name);

  it("GIVEN a role name THEN the role sits under the application path with the environment's boundary", () => {
    expect(bodiesOf(json, "aws_iam_role")[0]).toMatchObject({
      name: "shop-prod-bedrock-runtime",
      path: APPLICATION_ROLE_PATH,
      permissions_boundary: BOUNDARY,
    });
  });

  it("GIVEN a service principal THEN only that service, on behalf of this account, may assume the role", () => {
    expect(document(json, "bedrock_trust_")!.statement).toEqual([
      {
        effect: "Allow",
        actions: ["sts:AssumeRole"],
        principals: [{ type: "Service", identifiers: ["ecs-tasks.amazonaws.com"] }],
        condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: ["123456789012"] }],
      },
    ]);
  });

  it("GIVEN an existing role as principal THEN that role may assume it, with no service condition", () => {
    const trust = document(synth({ principal: { role: "arn:aws:iam::123456789012:role/app" } }), "bedrock_trust_")!;
    expect(trust.statement[0]).toEqual({
      effect: "Allow",
      actions: ["sts:AssumeRole"],
      principals: [{ type: "AWS", identifiers: ["arn:aws:iam::123456789012:role/app"] }],
    });
  });

  it("GIVEN a model without a profile THEN only that foundation model in the region may be invoked", () => {
    expect(sid("Invokenovalite")).toEqual({
      sid: "Invokenovalite",
      effect: "Allow",
      actions: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
      resources: ["arn:aws:bedrock:eu-central-1::foundation-model/amazon.nova-lite-v1:0"],
    });
  });

  it("GIVEN a model with a profile THEN the profile may be invoked, and the models behind it only through it", () => {
    const profile = "arn:aws:bedrock:eu-central-1:123456789012:inference-profile/eu.anthropic.claude-haiku-v1:0";
    expect(sid("Invokehaiku45Profile").resources).toEqual([profile]);
    const through = sid("Invokehaiku45ThroughProfile");
    expect(through.resources).toMatch(
      /^\$\{\[for m in data\.aws_bedrock_inference_profile\.bedrock_profile-haiku-45_[0-9A-F]{8}\.models : m\.model_arn\]\}$/,
    );
    expect(through.condition).toEqual([
      { test: "StringEquals", variable: "bedrock:InferenceProfileArn", values: [profile] },
    ]);
    expect(bodiesOf(json, "aws_bedrock_inference_profile", "data")).toEqual([
      { inference_profile_id: "eu.anthropic.claude-haiku-v1:0" },
    ]);
  });

  it("GIVEN a guardrail THEN every invocation must name it, and the role may apply it", () => {
    const guarded = document(synth({ guardrail: { id: "gr1", version: "3" } }), "bedrock_policy_")!.statement;
    const arn = "arn:aws:bedrock:eu-central-1:123456789012:guardrail/gr1";
    for (const statement of guarded.filter((s: { sid: string }) => s.sid !== "ApplyGuardrail"))
      expect(statement.condition).toContainEqual({
        test: "StringEquals",
        variable: "bedrock:GuardrailIdentifier",
        values: [`${arn}:3`],
      });
    expect(guarded.find((s: { sid: string }) => s.sid === "ApplyGuardrail")).toMatchObject({
      actions: ["bedrock:ApplyGuardrail"],
      resources: [arn],
    });
  });

  it("GIVEN no model and no guardrail THEN the role has no policy at all", () => {
    const empty = synth({ models: [] });
    expect(bodiesOf(empty, "aws_iam_role")).toHaveLength(1);
    expect(bodiesOf(empty, "aws_iam_role_policy")).toEqual([]);
  });
});
