import { ApplicationBoundary, applicationBoundaryArn } from "../../../constructs/aws/application-boundary";
import { accountProvider } from "../../../constructs/aws/provider";
import { bodiesOf, synthAlone } from "../../helpers/construct-synth";

const KEY = "arn:aws:kms:eu-central-1:123456789012:key/abc";

describe("ApplicationBoundary alone", () => {
  const json = synthAlone((scope) => {
    const provider = accountProvider(scope, "aws", { region: "eu-central-1", tags: {} });
    new ApplicationBoundary(scope, "boundary", {
      provider,
      projectKey: "shop",
      environment: "prod",
      region: "eu-central-1",
      accountId: "123456789012",
      dataKeyArn: KEY,
    });
  });
  const statements = bodiesOf(json, "aws_iam_policy_document", "data")[0]!.statement;
  const sid = (name: string) => statements.find((s: { sid: string }) => s.sid === name);

  it("GIVEN an environment THEN the boundary's name gives the ARN the apply roles are told, before it exists", () => {
    expect(bodiesOf(json, "aws_iam_policy")[0]!.name).toBe("shop-prod-app-boundary");
    expect(applicationBoundaryArn("123456789012", "shop", "prod")).toBe(
      "arn:aws:iam::123456789012:policy/shop-prod-app-boundary",
    );
  });

  it("THEN it allows at most invoking models, applying this account's guardrails and reading this environment's secrets", () => {
    expect(statements.map((s: { sid: string }) => s.sid)).toEqual([
      "InvokeModels",
      "ApplyGuardrails",
      "ReadEnvironmentSecrets",
      "DecryptSecretsThroughSecretsManager",
    ]);
    expect(sid("ApplyGuardrails").resources).toEqual(["arn:aws:bedrock:eu-central-1:123456789012:guardrail/*"]);
    expect(sid("ReadEnvironmentSecrets").resources).toEqual([
      "arn:aws:secretsmanager:eu-central-1:123456789012:secret:shop/prod/*",
    ]);
    expect(sid("DecryptSecretsThroughSecretsManager")).toMatchObject({
      resources: [KEY],
      condition: [
        { test: "StringEquals", variable: "kms:ViaService", values: ["secretsmanager.eu-central-1.amazonaws.com"] },
      ],
    });
  });
});
