import { EvalRole } from "../../../constructs/aws/eval-role";
import { GITHUB_OIDC_HOST } from "../../../constructs/aws/pipeline-roles";
import { accountProvider } from "../../../constructs/aws/provider";
import { bodiesOf, resourcesOf, synthAlone } from "../../helpers/construct-synth";

const OIDC = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
const SUBJECT = "repo:acme/shop:pull_request:job_workflow_ref:acme/shop/.github/workflows/evals.yml@refs/heads/main";

function synth(models: { key: string; modelId: string; inferenceProfile?: string }[]) {
  return synthAlone((scope) => {
    const provider = accountProvider(scope, "aws", { region: "eu-central-1", tags: {} });
    new EvalRole(scope, "eval", {
      provider,
      oidcProviderArn: OIDC,
      subjects: [SUBJECT],
      projectKey: "shop",
      environment: "dev",
      region: "eu-central-1",
      accountId: "123456789012",
      models,
    });
  });
}

describe("EvalRole alone", () => {
  const json = synth([
    { key: "lite", modelId: "amazon.nova-lite-v1:0" },
    { key: "haiku", modelId: "anthropic.claude-haiku-v1:0", inferenceProfile: "eu.anthropic.claude-haiku-v1:0" },
  ]);
  const documents = resourcesOf(json, "aws_iam_policy_document", "data");
  const doc = (prefix: string) => Object.entries(documents).find(([name]) => name.startsWith(prefix))![1];

  it("GIVEN the evals workflow's subject THEN only that job, through GitHub's OIDC, may assume the role for an hour", () => {
    expect(bodiesOf(json, "aws_iam_role")[0]).toMatchObject({ name: "shop-dev-eval", max_session_duration: 3600 });
    expect(doc("eval_trust_").statement[0]).toEqual({
      effect: "Allow",
      actions: ["sts:AssumeRoleWithWebIdentity"],
      principals: [{ type: "Federated", identifiers: [OIDC] }],
      condition: [
        { test: "StringEquals", variable: `${GITHUB_OIDC_HOST}:aud`, values: ["sts.amazonaws.com"] },
        { test: "StringEquals", variable: `${GITHUB_OIDC_HOST}:sub`, values: [SUBJECT] },
      ],
    });
  });

  it("THEN it may only call InvokeModel (no streaming) on the given models, through their profiles", () => {
    const statements = doc("eval_policy_").statement;
    expect(statements.map((s: { sid: string }) => s.sid)).toEqual([
      "Invokelite",
      "InvokehaikuProfile",
      "InvokehaikuThroughProfile",
    ]);
    for (const statement of statements) expect(statement.actions).toEqual(["bedrock:InvokeModel"]);
    expect(bodiesOf(json, "aws_iam_role_policy")[0]).toMatchObject({ name: "invoke-catalog-models" });
  });

  it("GIVEN no Bedrock model THEN the role exists with no policy", () => {
    const none = synth([]);
    expect(bodiesOf(none, "aws_iam_role")).toHaveLength(1);
    expect(bodiesOf(none, "aws_iam_role_policy")).toEqual([]);
  });
});
