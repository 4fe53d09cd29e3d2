import { exampleCatalog, EXAMPLE_ROOT } from "../../helpers/catalog-fixture";
import { catalogAt, synthAll, type StackJson } from "../../helpers/synth";

const strip = (o: Record<string, any>) => Object.values(o ?? {}).map(({ "//": _m, ...rest }: any) => rest);

describe("aws-<env> stacks of the example catalog: ApplicationSecrets", () => {
  const production = synthAll(catalogAt(EXAMPLE_ROOT))["aws-production"]!;

  it("GIVEN an environment THEN its SDK key secret is filled from the LaunchDarkly environment by reference, never by value", () => {
    expect(strip(production.resource.aws_secretsmanager_secret)).toEqual([
      {
        name: "support-ai/production/launchdarkly-sdk-key",
        description: "LaunchDarkly server-side SDK key of environment production (managed by Terraform).",
        kms_key_id: "${data.aws_kms_key.data-key.arn}",
        recovery_window_in_days: 7,
      },
    ]);
    expect(strip(production.data.aws_kms_key)).toEqual([{ key_id: "alias/support-ai-production-data" }]);
    const [version] = strip(production.resource.aws_secretsmanager_secret_version);
    expect(version!.secret_string).toMatch(
      /^\$\{data\.launchdarkly_environment\.secrets_launchdarkly-environment_[0-9A-F]{8}\.api_key\}$/,
    );
    expect(strip(production.data.launchdarkly_environment)).toEqual([{ project_key: "support-ai", key: "production" }]);
    expect(production.output).toBeUndefined();
  });

  it("THEN only the application role is granted to read it, and to decrypt it only through Secrets Manager", () => {
    const [policy] = strip(production.resource.aws_iam_role_policy).filter(
      (p) => p.name === "read-application-secrets",
    );
    expect(policy!.role).toMatch(/^\$\{aws_iam_role\.bedrock_role_[0-9A-F]{8}\.id\}$/);
    const read = Object.entries(production.data.aws_iam_policy_document as Record<string, any>).find(([k]) =>
      k.startsWith("secrets_read_"),
    )![1];
    expect(read.statement).toEqual([
      {
        effect: "Allow",
        actions: ["secretsmanager:GetSecretValue"],
        resources: [expect.stringMatching(/^\$\{aws_secretsmanager_secret\.secrets_sdk-key_[0-9A-F]{8}\.arn\}$/)],
      },
      {
        effect: "Allow",
        actions: ["kms:Decrypt"],
        resources: ["${data.aws_kms_key.data-key.arn}"],
        condition: [
          { test: "StringEquals", variable: "kms:ViaService", values: ["secretsmanager.eu-central-1.amazonaws.com"] },
        ],
      },
    ]);
  });

  it("GIVEN an OpenAI model the environment may call THEN an empty secret for its key exists too", () => {
    const withOpenAi = (stacks: Record<string, StackJson>) =>
      strip(stacks["aws-dev"]!.resource.aws_secretsmanager_secret).map((s) => s.name);
    const edited = synthAll(
      catalogAt(
        exampleCatalog({
          "configs/models.yaml": (old) =>
            `${old}\n  - key: gpt-4o-mini\n    name: GPT-4o mini\n    provider: openai\n    modelId: gpt-4o-mini\n    costPerMillionTokens: { input: 0.15, output: 0.60 }\n    contextWindow: 128000\n    maxOutputTokens: 16384\n`,
        }),
      ),
    );
    expect(withOpenAi(edited).sort()).toEqual(["support-ai/dev/launchdarkly-sdk-key", "support-ai/dev/openai-api-key"]);
    expect(strip(edited["aws-dev"]!.resource.aws_secretsmanager_secret_version)).toHaveLength(1);
    expect(strip(edited["aws-production"]!.resource.aws_secretsmanager_secret).map((s) => s.name)).toEqual([
      "support-ai/production/launchdarkly-sdk-key",
    ]);
  });
});
