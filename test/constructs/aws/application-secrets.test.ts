import {
  ApplicationSecrets,
  applicationSecretsPrefix,
  sdkKeySecretName,
} from "../../../constructs/aws/application-secrets";
import { bodiesOf, synthAlone } from "../../helpers/construct-synth";

const KEY = "arn:aws:kms:eu-central-1:123456789012:key/abc";

function synth(openAi: boolean) {
  return synthAlone((scope) => {
    new ApplicationSecrets(scope, "secrets", {
      prefix: applicationSecretsPrefix("shop", "prod"),
      projectKey: "shop",
      environmentKey: "prod",
      readerRole: "shop-prod-bedrock-runtime",
      openAi,
      kmsKeyArn: KEY,
      region: "eu-central-1",
    });
  });
}

describe("ApplicationSecrets alone", () => {
  const json = synth(false);

  it("GIVEN an environment THEN its SDK key is read from LaunchDarkly straight into a secret encrypted with the data key", () => {
    expect(bodiesOf(json, "launchdarkly_environment", "data")).toEqual([{ project_key: "shop", key: "prod" }]);
    expect(bodiesOf(json, "aws_secretsmanager_secret")).toEqual([
      expect.objectContaining({ name: "shop/prod/launchdarkly-sdk-key", kms_key_id: KEY, recovery_window_in_days: 7 }),
    ]);
    expect(sdkKeySecretName("shop/prod")).toBe("shop/prod/launchdarkly-sdk-key");
    expect(bodiesOf(json, "aws_secretsmanager_secret_version")[0]!.secret_string).toMatch(
      /^\$\{data\.launchdarkly_environment\.secrets_launchdarkly-environment_[0-9A-F]{8}\.api_key\}$/,
    );
  });

  it("THEN only the reader role may read it, decrypting only through Secrets Manager", () => {
    const [policy] = bodiesOf(json, "aws_iam_role_policy");
    expect(policy).toMatchObject({ name: "read-application-secrets", role: "shop-prod-bedrock-runtime" });
    const [read] = bodiesOf(json, "aws_iam_policy_document", "data");
    expect(read!.statement[0].resources).toHaveLength(1);
    expect(read!.statement[1]).toEqual({
      effect: "Allow",
      actions: ["kms:Decrypt"],
      resources: [KEY],
      condition: [
        { test: "StringEquals", variable: "kms:ViaService", values: ["secretsmanager.eu-central-1.amazonaws.com"] },
      ],
    });
  });

  it("GIVEN OpenAI models THEN an empty OpenAI key secret is added, readable the same way", () => {
    const withOpenAi = synth(true);
    expect(
      bodiesOf(withOpenAi, "aws_secretsmanager_secret")
        .map((s) => s.name)
        .sort(),
    ).toEqual(["shop/prod/launchdarkly-sdk-key", "shop/prod/openai-api-key"]);
    expect(bodiesOf(withOpenAi, "aws_secretsmanager_secret_version")).toHaveLength(1);
    expect(bodiesOf(withOpenAi, "aws_iam_policy_document", "data")[0]!.statement[0].resources).toHaveLength(2);
  });
});
