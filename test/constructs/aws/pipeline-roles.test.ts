import { APPLICATION_ROLE_PATH, githubOidcProvider, PipelineRoles } from "../../../constructs/aws/pipeline-roles";
import { accountProvider } from "../../../constructs/aws/provider";
import { resourcesOf, synthAlone } from "../../helpers/construct-synth";

const OIDC = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
const BUCKET = "arn:aws:s3:::shop-state";
const PLAN_SUBJECT = "repo:acme/shop:job_workflow_ref:acme/shop/.github/workflows/plan.yml@refs/heads/main";
const APPLY_SUBJECT =
  "repo:acme/shop:environment:prod:job_workflow_ref:acme/shop/.github/workflows/apply.yml@refs/heads/main";

describe("PipelineRoles alone", () => {
  const json = synthAlone((scope) => {
    const provider = accountProvider(scope, "aws", { region: "eu-central-1", tags: {} });
    githubOidcProvider(scope, "github-oidc", provider);
    const roles = new PipelineRoles(scope, "pipeline", {
      provider,
      oidcProviderArn: OIDC,
      planSubjects: [PLAN_SUBJECT],
      applySubject: APPLY_SUBJECT,
      projectKey: "shop",
      environment: "prod",
      region: "eu-central-1",
      accountId: "123456789012",
      stateBucketArn: BUCKET,
      planStacks: ["ld-prod", "aws-prod"],
      applyStacks: ["aws-prod"],
    });
    roles.allowDataKey("arn:aws:kms:eu-central-1:123456789012:key/data", "eu-central-1");
    roles.allowStateKey("arn:aws:kms:eu-west-1:999999999999:key/state");
  });
  const named = <T>(items: Record<string, T>, prefix: string) =>
    Object.entries(items).find(([name]) => name.startsWith(prefix))![1] as any;
  const documents = resourcesOf(json, "aws_iam_policy_document", "data");
  const roles = resourcesOf(json, "aws_iam_role");
  const policies = Object.values(resourcesOf(json, "aws_iam_role_policy"));

  it("THEN GitHub's OIDC provider is declared with the STS audience", () => {
    expect(Object.values(resourcesOf(json, "aws_iam_openid_connect_provider"))).toEqual([
      expect.objectContaining({
        url: "https://token.actions.githubusercontent.com",
        client_id_list: ["sts.amazonaws.com"],
      }),
    ]);
  });

  it("GIVEN the plan and apply subjects THEN each role trusts exactly its own workflow's subject", () => {
    expect(named(roles, "pipeline_plan_")).toMatchObject({ name: "shop-prod-plan", max_session_duration: 3600 });
    expect(named(roles, "pipeline_apply_")).toMatchObject({ name: "shop-prod-apply" });
    expect(named(documents, "pipeline_plan-trust_").statement[0].condition[1].values).toEqual([PLAN_SUBJECT]);
    expect(named(documents, "pipeline_apply-trust_").statement[0].condition[1].values).toEqual([APPLY_SUBJECT]);
  });

  it("THEN both read everything, and the plan role writes only the lock files of its stacks' states", () => {
    expect(Object.values(resourcesOf(json, "aws_iam_role_policy_attachment")).map((a) => a.policy_arn)).toEqual([
      "arn:aws:iam::aws:policy/ReadOnlyAccess",
      "arn:aws:iam::aws:policy/ReadOnlyAccess",
    ]);
    const planState = named(documents, "pipeline_plan-state-doc_").statement;
    expect(planState[2]).toMatchObject({
      actions: ["s3:PutObject", "s3:DeleteObject"],
      resources: [
        `${BUCKET}/shop/ld-prod/terraform.tfstate.tflock`,
        `${BUCKET}/shop/aws-prod/terraform.tfstate.tflock`,
      ],
    });
  });

  it("THEN the apply role may create roles only under the application path and with the environment's boundary", () => {
    const apply = named(documents, "pipeline_apply-doc_").statement;
    const roles = apply.find((s: { sid?: string }) => s.sid === "ManageStackRolesWithinBoundary");
    expect(roles.resources).toEqual([`arn:aws:iam::123456789012:role${APPLICATION_ROLE_PATH}shop-prod-*`]);
    expect(roles.condition).toEqual([
      {
        test: "StringEquals",
        variable: "iam:PermissionsBoundary",
        values: ["arn:aws:iam::123456789012:policy/shop-prod-app-boundary"],
      },
    ]);
    expect(apply[1].resources).toEqual([`${BUCKET}/shop/aws-prod/terraform.tfstate*`]);
    expect(JSON.stringify(apply)).not.toContain("iam:PassRole");
  });

  it("GIVEN the data key THEN the plan role may decrypt and the apply role also encrypt, only through Secrets Manager", () => {
    const plan = named(documents, "pipeline_plan-data-key-doc_").statement[0];
    const apply = named(documents, "pipeline_apply-data-key-doc_").statement[0];
    expect(plan.actions).toEqual(["kms:Decrypt"]);
    expect(apply.actions).toEqual(["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"]);
    for (const s of [plan, apply])
      expect(s.condition).toEqual([
        { test: "StringEquals", variable: "kms:ViaService", values: ["secretsmanager.eu-central-1.amazonaws.com"] },
      ]);
  });

  it("GIVEN the state key THEN both roles may use it", () => {
    expect(policies.filter((p) => p.name === "terraform-state-key")).toHaveLength(2);
    expect(named(documents, "pipeline_state-key-doc_").statement[0]).toEqual({
      effect: "Allow",
      actions: ["kms:Decrypt", "kms:GenerateDataKey"],
      resources: ["arn:aws:kms:eu-west-1:999999999999:key/state"],
    });
  });
});
