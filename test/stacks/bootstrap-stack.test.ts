import { exampleCatalog, replace, EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { catalogAt, synthAll, type StackJson } from "../helpers/synth";

const strip = ({ "//": _metadata, ...rest }: Record<string, any>) => rest;
const one = (stack: StackJson, type: string) => strip(Object.values(stack.resource[type])[0] as Record<string, any>);
const doc = (stack: StackJson, prefix: string) =>
  strip(
    Object.entries(stack.data.aws_iam_policy_document).find(([k]) => k.startsWith(prefix))![1] as Record<string, any>,
  );
const REPO = "repo:example-org/support-ai-configs";

describe("the bootstrap stack", () => {
  const bootstrap = synthAll(catalogAt(EXAMPLE_ROOT)).bootstrap!;

  it("GIVEN the catalog's state settings THEN the state bucket is versioned, encrypted, private and kept from deletion", () => {
    expect(one(bootstrap, "aws_s3_bucket")).toEqual({
      bucket: "example-org-support-ai-tfstate",
      lifecycle: { prevent_destroy: true },
    });
    expect(one(bootstrap, "aws_s3_bucket_versioning").versioning_configuration).toEqual({ status: "Enabled" });
    expect(one(bootstrap, "aws_s3_bucket_server_side_encryption_configuration").rule).toEqual([
      {
        apply_server_side_encryption_by_default: {
          sse_algorithm: "aws:kms",
          kms_master_key_id: expect.stringMatching(/^\$\{aws_kms_key\.state_key_[0-9A-F]{8}\.arn\}$/),
        },
        bucket_key_enabled: true,
      },
    ]);
    expect(one(bootstrap, "aws_s3_bucket_public_access_block")).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
  });

  it("THEN the state is encrypted with a rotated key of its own, in the state account, named as the other stacks' backends name it", () => {
    expect(bootstrap.provider.aws[0]).toMatchObject({ region: "eu-central-1", allowed_account_ids: ["444444444444"] });
    const [key, keyId] = Object.entries(bootstrap.resource.aws_kms_key)
      .find(([id]) => id.startsWith("state_key_"))!
      .reverse() as [any, string];
    expect(key).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 30 });
    expect(key.provider).toBeUndefined();
    const alias = Object.values(bootstrap.resource.aws_kms_alias).find(
      (a: any) => a.target_key_id === `\${aws_kms_key.${keyId}.key_id}`,
    );
    expect(alias).toMatchObject({ name: "alias/example-org-support-ai-tfstate" });
  });

  it("THEN each environment's account gets a rotated data key, by the alias aws-<env> looks it up with", () => {
    const keys = Object.entries(bootstrap.resource.aws_kms_key).filter(([id]) => id.startsWith("data-key-"));
    expect(
      keys.map(([, k]: [string, any]) => [k.provider, k.enable_key_rotation, k.deletion_window_in_days]).sort(),
    ).toEqual([
      ["aws.dev", true, 30],
      ["aws.production", true, 30],
      ["aws.staging", true, 30],
    ]);
    const aliases = Object.values(bootstrap.resource.aws_kms_alias)
      .map((a: any) => [a.provider, a.name])
      .filter(([, name]) => name.endsWith("-data"));
    expect(aliases.sort()).toEqual([
      ["aws.dev", "alias/support-ai-dev-data"],
      ["aws.production", "alias/support-ai-production-data"],
      ["aws.staging", "alias/support-ai-staging-data"],
    ]);
  });

  it("THEN CloudWatch Logs may use a data key only for its environment's invocation log group", () => {
    const [account, logs, ...rest] = doc(bootstrap, "data-key-production_policy_").statement;
    expect(rest).toEqual([]);
    expect(account).toMatchObject({
      sid: "AccountAdministers",
      principals: [{ type: "AWS", identifiers: ["arn:aws:iam::333333333333:root"] }],
    });
    expect(logs).toMatchObject({
      sid: "InvocationLogsOnly",
      principals: [{ type: "Service", identifiers: ["logs.eu-central-1.amazonaws.com"] }],
      condition: [
        {
          test: "ArnEquals",
          variable: "kms:EncryptionContext:aws:logs:arn",
          values: ["arn:aws:logs:eu-central-1:333333333333:log-group:/aws/bedrock/support-ai-production/invocations"],
        },
      ],
    });
  });

  it("THEN the pipeline's roles may use their environment's data key only through Secrets Manager; only apply may encrypt", () => {
    const viaSecretsManager = [
      { test: "StringEquals", variable: "kms:ViaService", values: ["secretsmanager.eu-central-1.amazonaws.com"] },
    ];
    const key = expect.stringMatching(/^\$\{aws_kms_key\.data-key-staging_key_[0-9A-F]{8}\.arn\}$/);
    expect(doc(bootstrap, "pipeline-staging_plan-data-key-doc_").statement).toEqual([
      { effect: "Allow", actions: ["kms:Decrypt"], resources: [key], condition: viaSecretsManager },
    ]);
    expect(doc(bootstrap, "pipeline-staging_apply-data-key-doc_").statement).toEqual([
      {
        effect: "Allow",
        actions: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"],
        resources: [key],
        condition: viaSecretsManager,
      },
    ]);
  });

  it("THEN only the account administers the key, and the pipeline's roles may only decrypt and encrypt through S3", () => {
    const [account, pipeline] = doc(bootstrap, "state_key-policy_").statement;
    expect(account).toMatchObject({
      sid: "AccountAdministers",
      actions: ["kms:*"],
      principals: [{ type: "AWS", identifiers: ["arn:aws:iam::444444444444:root"] }],
    });
    expect(pipeline).toMatchObject({
      sid: "PipelineUsesThroughS3",
      actions: ["kms:Decrypt", "kms:GenerateDataKey"],
      condition: [{ test: "StringEquals", variable: "kms:ViaService", values: ["s3.eu-central-1.amazonaws.com"] }],
    });
    expect(pipeline.principals[0].identifiers).toHaveLength(6);
    for (const env of ["dev", "staging", "production"]) {
      expect(doc(bootstrap, `pipeline-${env}_state-key-doc_`).statement).toEqual([
        {
          effect: "Allow",
          actions: ["kms:Decrypt", "kms:GenerateDataKey"],
          resources: [expect.stringMatching(/^\$\{aws_kms_key\.state_key_[0-9A-F]{8}\.arn\}$/)],
        },
      ]);
      const attached = Object.values(bootstrap.resource.aws_iam_role_policy).filter(
        (p: any) => p.name === "terraform-state-key" && p.provider === `aws.${env}`,
      );
      expect(attached).toHaveLength(2);
    }
  });

  it("THEN the bucket refuses plain HTTP and lets each pipeline role at its own environment's states only", () => {
    const statements = doc(bootstrap, "state_policy_").statement;
    expect(statements[0]).toMatchObject({
      sid: "DenyInsecureTransport",
      effect: "Deny",
      condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
    });
    expect(statements.map((s: { sid: string }) => s.sid)).toEqual([
      "DenyInsecureTransport",
      "ListStates",
      ...["Dev", "Staging", "Production"].flatMap((env) => [
        `${env}PlanReads`,
        `${env}PlanLocks`,
        `${env}ApplyReads`,
        `${env}ApplyWrites`,
      ]),
    ]);
    const objects = (sid: string) =>
      statements
        .find((s: { sid: string }) => s.sid === sid)
        .resources.map((r: string) => r.replace(/^.*\/support-ai\//, ""));
    expect(objects("DevPlanLocks")).toEqual(["ld-dev/terraform.tfstate.tflock", "aws-dev/terraform.tfstate.tflock"]);
    expect(objects("DevApplyWrites")).toEqual(["ld-dev/terraform.tfstate*", "aws-dev/terraform.tfstate*"]);
    // Only production's roles, under which the workflows plan and apply the launchdarkly stack, may touch its state.
    expect(objects("StagingApplyWrites")).toEqual(["ld-staging/terraform.tfstate*", "aws-staging/terraform.tfstate*"]);
    expect(objects("ProductionApplyWrites")).toEqual([
      "launchdarkly/terraform.tfstate*",
      "ld-production/terraform.tfstate*",
      "aws-production/terraform.tfstate*",
    ]);
    expect(objects("StagingPlanReads")).toEqual(["ld-staging/terraform.tfstate*", "aws-staging/terraform.tfstate*"]);
    expect(objects("ProductionPlanReads")).toEqual([
      "launchdarkly/terraform.tfstate*",
      "ld-production/terraform.tfstate*",
      "aws-production/terraform.tfstate*",
    ]);
  });

  it("THEN each role's own policy names the same states: dev's apply role cannot touch production's or the launchdarkly stack's", () => {
    const resources = (name: string) =>
      (doc(bootstrap, name).statement as Array<{ actions: string[]; resources: string[] }>)
        .filter((s) => s.actions.some((a) => a.startsWith("s3:") && a !== "s3:ListBucket"))
        .flatMap((s) => s.resources);
    expect(resources("pipeline-dev_apply-doc_")).toEqual([
      "arn:aws:s3:::example-org-support-ai-tfstate/support-ai/ld-dev/terraform.tfstate*",
      "arn:aws:s3:::example-org-support-ai-tfstate/support-ai/aws-dev/terraform.tfstate*",
    ]);
    expect(resources("pipeline-production_apply-doc_").map((r) => r.split("/")[2])).toEqual([
      "launchdarkly",
      "ld-production",
      "aws-production",
    ]);
    expect(resources("pipeline-production_plan-state-doc_").map((r) => r.split("/").slice(2).join("/"))).toEqual([
      "launchdarkly/terraform.tfstate*",
      "ld-production/terraform.tfstate*",
      "aws-production/terraform.tfstate*",
      "launchdarkly/terraform.tfstate.tflock",
      "ld-production/terraform.tfstate.tflock",
      "aws-production/terraform.tfstate.tflock",
    ]);
  });

  it("THEN each account has one GitHub OIDC provider for audience sts.amazonaws.com", () => {
    const providers = Object.values(bootstrap.resource.aws_iam_openid_connect_provider).map((p: any) => [
      p.provider,
      p.url,
      p.client_id_list,
    ]);
    expect(providers).toEqual([
      ["aws.dev", "https://token.actions.githubusercontent.com", ["sts.amazonaws.com"]],
      ["aws.staging", "https://token.actions.githubusercontent.com", ["sts.amazonaws.com"]],
      ["aws.production", "https://token.actions.githubusercontent.com", ["sts.amazonaws.com"]],
    ]);
  });

  it("THEN production's apply role trusts only apply.yml on main, in jobs of the GitHub environment production", () => {
    expect(doc(bootstrap, "pipeline-production_apply-trust_").statement).toEqual([
      {
        effect: "Allow",
        actions: ["sts:AssumeRoleWithWebIdentity"],
        principals: [
          { type: "Federated", identifiers: ["${aws_iam_openid_connect_provider.github-oidc-333333333333.arn}"] },
        ],
        condition: [
          { test: "StringEquals", variable: "token.actions.githubusercontent.com:aud", values: ["sts.amazonaws.com"] },
          {
            test: "StringEquals",
            variable: "token.actions.githubusercontent.com:sub",
            values: [
              `${REPO}:environment:production:job_workflow_ref:example-org/support-ai-configs/.github/workflows/apply.yml@refs/heads/main`,
            ],
          },
        ],
      },
    ]);
  });

  it("THEN plan roles trust only plan-stacks.yml as it is on main, called by a pull request or by main, and are read-only", () => {
    const trust = doc(bootstrap, "pipeline-staging_plan-trust_").statement[0];
    const planStacks =
      "job_workflow_ref:example-org/support-ai-configs/.github/workflows/plan-stacks.yml@refs/heads/main";
    expect(trust.condition[1]).toEqual({
      test: "StringEquals",
      variable: "token.actions.githubusercontent.com:sub",
      values: [`${REPO}:pull_request:${planStacks}`, `${REPO}:ref:refs/heads/main:${planStacks}`],
    });
    const attachments = Object.values(bootstrap.resource.aws_iam_role_policy_attachment).map((a: any) => a.policy_arn);
    expect(new Set(attachments)).toEqual(new Set(["arn:aws:iam::aws:policy/ReadOnlyAccess"]));
    const plan = doc(bootstrap, "pipeline-staging_plan-state-doc_").statement;
    expect(plan.flatMap((s: { actions: string[] }) => s.actions)).toEqual([
      "s3:ListBucket",
      "s3:GetObject",
      "s3:PutObject",
      "s3:DeleteObject",
    ]);
    expect(plan[2].resources).toEqual([
      "arn:aws:s3:::example-org-support-ai-tfstate/support-ai/ld-staging/terraform.tfstate.tflock",
      "arn:aws:s3:::example-org-support-ai-tfstate/support-ai/aws-staging/terraform.tfstate.tflock",
    ]);
  });

  it("THEN a plan role may read the value of its environment's SDK-key secret, which refreshing that secret needs, and no other secret", () => {
    const read = doc(bootstrap, "pipeline-production_plan-sdk-key-doc_").statement;
    expect(read).toEqual([
      {
        effect: "Allow",
        actions: ["secretsmanager:GetSecretValue"],
        resources: [
          "arn:aws:secretsmanager:eu-central-1:333333333333:secret:support-ai/production/launchdarkly-sdk-key-??????",
        ],
      },
    ]);
    const granted = Object.values(bootstrap.resource.aws_iam_role_policy).filter(
      (p: any) => p.name === "refresh-sdk-key-secret",
    );
    expect(granted.map((p: any) => /pipeline-(\w+)_(plan|apply)_/.exec(p.role)!.slice(1).join(" ")).sort()).toEqual([
      "dev plan",
      "production plan",
      "staging plan",
    ]);
  });

  it("THEN an apply role may change only what its aws-<env> stack declares, never the pipeline's own roles, and nothing on *", () => {
    const statements = doc(bootstrap, "pipeline-production_apply-doc_").statement as Array<{
      sid?: string;
      actions: string[];
      resources: string[];
      condition?: unknown[];
    }>;
    for (const s of statements) {
      for (const action of s.actions) expect(action).not.toMatch(/\*/);
      for (const resource of s.resources) {
        if (resource.includes("*") && !/[/:]\*$|-\*$|\/terraform\.tfstate\*$/.test(resource))
          throw new Error(`unscoped ${resource}`);
      }
    }
    const roles = statements.find((s) => s.sid === "ManageStackRolesWithinBoundary")!;
    expect(roles.resources).toEqual(["arn:aws:iam::333333333333:role/aic-app/support-ai-production-*"]);
    expect(roles.condition).toEqual([
      {
        test: "StringEquals",
        variable: "iam:PermissionsBoundary",
        values: ["arn:aws:iam::333333333333:policy/support-ai-production-app-boundary"],
      },
    ]);
    expect(statements.find((s) => s.sid === "ManageSecrets")!.resources).toEqual([
      "arn:aws:secretsmanager:eu-central-1:333333333333:secret:support-ai/production/*",
    ]);
    const actions = statements.flatMap((s) => s.actions);
    expect(actions).not.toContain("iam:PassRole");
    expect(actions.filter((a) => a.startsWith("bedrock:") || a.startsWith("logs:"))).toEqual([]);
  });

  it("THEN each environment's account gets the boundary of its application roles, and Bedrock's invocation logging, outside /aic-app/", () => {
    const boundaries = Object.values(bootstrap.resource.aws_iam_policy).map((p: any) => [p.provider, p.name]);
    expect(boundaries.sort()).toEqual([
      ["aws.dev", "support-ai-dev-app-boundary"],
      ["aws.production", "support-ai-production-app-boundary"],
      ["aws.staging", "support-ai-staging-app-boundary"],
    ]);
    const logging = Object.values(bootstrap.resource.aws_bedrock_model_invocation_logging_configuration).map(
      (l: any) => l.provider,
    );
    expect(logging.sort()).toEqual(["aws.dev", "aws.production", "aws.staging"]);
    const groups = Object.values(bootstrap.resource.aws_cloudwatch_log_group).map((g: any) => [
      g.name,
      g.retention_in_days,
      g.kms_key_id,
    ]);
    expect(groups).toContainEqual([
      "/aws/bedrock/support-ai-production/invocations",
      30,
      expect.stringMatching(/^\$\{aws_kms_key\.data-key-production_key_[0-9A-F]{8}\.arn\}$/),
    ]);
    const loggingRoles = Object.values(bootstrap.resource.aws_iam_role).filter((r: any) =>
      r.name.endsWith("-bedrock-logging"),
    ) as any[];
    expect(loggingRoles.map((r) => r.path)).toEqual(["/aic-bootstrap/", "/aic-bootstrap/", "/aic-bootstrap/"]);
    const trust = doc(bootstrap, "invocation-logging-production_logging-trust_").statement[0];
    expect(trust.condition).toContainEqual({
      test: "StringEquals",
      variable: "aws:SourceAccount",
      values: ["333333333333"],
    });
  });

  it("GIVEN two environments in one account THEN that account gets one OIDC provider", () => {
    const shared = synthAll(
      catalogAt(
        exampleCatalog({ "configs/project.yaml": replace('accountId: "222222222222"', 'accountId: "111111111111"') }),
      ),
    ).bootstrap!;
    expect(Object.keys(shared.resource.aws_iam_openid_connect_provider)).toHaveLength(2);
    // Two pipeline roles per environment, the eval role, and one invocation-logging role per account and region.
    expect(Object.keys(shared.resource.aws_iam_role)).toHaveLength(9);
    expect(Object.keys(shared.resource.aws_bedrock_model_invocation_logging_configuration)).toHaveLength(2);
  });
});

describe("the bootstrap stack's eval role", () => {
  const bootstrap = synthAll(catalogAt(EXAMPLE_ROOT)).bootstrap!;
  const PROFILE = (id: string) => `arn:aws:bedrock:eu-central-1:111111111111:inference-profile/${id}`;

  it("GIVEN the catalog THEN only evals.yml at main, called by a pull request, may assume <project>-<first env>-eval in the first environment's account", () => {
    const [id, role] = Object.entries(bootstrap.resource.aws_iam_role).find(
      ([, r]: [string, any]) => r.name === "support-ai-dev-eval",
    )! as [string, any];
    expect(role).toMatchObject({ provider: "aws.dev", max_session_duration: 3600 });
    expect(doc(bootstrap, "eval_trust_").statement).toEqual([
      {
        effect: "Allow",
        actions: ["sts:AssumeRoleWithWebIdentity"],
        principals: [
          { type: "Federated", identifiers: ["${aws_iam_openid_connect_provider.github-oidc-111111111111.arn}"] },
        ],
        condition: [
          { test: "StringEquals", variable: "token.actions.githubusercontent.com:aud", values: ["sts.amazonaws.com"] },
          // The repository's OIDC subject names the workflow file (docs/decisions/0009): evals.yml as it is on main.
          {
            test: "StringEquals",
            variable: "token.actions.githubusercontent.com:sub",
            values: [
              `${REPO}:pull_request:job_workflow_ref:example-org/support-ai-configs/.github/workflows/evals.yml@refs/heads/main`,
            ],
          },
        ],
      },
    ]);
    expect(bootstrap.output.eval_role_arn).toEqual({
      value: `\${aws_iam_role.${id}.arn}`,
      description: "AWS_EVAL_ROLE: the role the pull-request eval job assumes",
    });
    const attached = Object.values(bootstrap.resource.aws_iam_role_policy_attachment).filter((a: any) =>
      a.role.includes(id),
    );
    expect(attached).toEqual([]);
  });

  it("THEN it may only InvokeModel, on every catalog model's profile and the models behind it, read from the profile in the dev account", () => {
    const statements = doc(bootstrap, "eval_policy_").statement as Array<{
      actions: string[];
      resources: string[] | string;
    }>;
    expect(new Set(statements.flatMap((s) => s.actions))).toEqual(new Set(["bedrock:InvokeModel"]));
    expect(statements.filter((s) => Array.isArray(s.resources)).flatMap((s) => s.resources)).toEqual([
      PROFILE("eu.anthropic.claude-sonnet-4-5-20250929-v1:0"),
      PROFILE("eu.anthropic.claude-haiku-4-5-20251001-v1:0"),
      PROFILE("eu.amazon.nova-pro-v1:0"),
      PROFILE("eu.amazon.nova-lite-v1:0"),
    ]);
    const profiles = Object.entries(bootstrap.data.aws_bedrock_inference_profile).filter(([k]) =>
      k.startsWith("eval_"),
    );
    expect(profiles.map(([, p]: [string, any]) => [p.provider, p.inference_profile_id]).sort()).toEqual([
      ["aws.dev", "eu.amazon.nova-lite-v1:0"],
      ["aws.dev", "eu.amazon.nova-pro-v1:0"],
      ["aws.dev", "eu.anthropic.claude-haiku-4-5-20251001-v1:0"],
      ["aws.dev", "eu.anthropic.claude-sonnet-4-5-20250929-v1:0"],
    ]);
  });

  describe("as IAM evaluates it", () => {
    // The policy as Terraform resolves it: each profile routes to its model in three EU regions.
    const policy = JSON.parse(
      JSON.stringify(
        doc(bootstrap, "eval_policy_").statement.map(({ sid, effect, actions, resources, condition }: any) => ({
          Sid: sid,
          Effect: effect,
          Action: actions,
          Resource: Array.isArray(resources)
            ? resources
            : ["eu-central-1", "eu-west-1", "eu-west-3"].map(
                (r) =>
                  `arn:aws:bedrock:${r}::foundation-model/${/profile-(\w+(?:-\w+)*)_/.exec(resources)![1]!.replace(/^claude-(\w+)-4-5$/, "CLAUDE-$1")}`,
              ),
          ...(condition ? { Condition: { StringEquals: { [condition[0].variable]: condition[0].values } } } : {}),
        })),
      ),
    );
    const modelIds: Record<string, string> = {
      "CLAUDE-sonnet": "anthropic.claude-sonnet-4-5-20250929-v1:0",
      "CLAUDE-haiku": "anthropic.claude-haiku-4-5-20251001-v1:0",
      "nova-pro": "amazon.nova-pro-v1:0",
      "nova-lite": "amazon.nova-lite-v1:0",
    };
    for (const s of policy)
      s.Resource = s.Resource.map((r: string) =>
        r.replace(/foundation-model\/(.+)$/, (_m: string, key: string) => `foundation-model/${modelIds[key] ?? key}`),
      );

    const simulate = async (action: string, resource: string, context: Record<string, string> = {}) => {
      const { runSimulation } = await import("@cloud-copilot/iam-simulate");
      const result = await runSimulation(
        {
          request: {
            principal: "arn:aws:iam::111111111111:role/support-ai-dev-eval",
            action,
            resource: { resource, accountId: "111111111111" },
            contextVariables: context,
          },
          identityPolicies: [{ name: "invoke-catalog-models", policy: { Version: "2012-10-17", Statement: policy } }],
          serviceControlPolicies: [],
          resourceControlPolicies: [],
        },
        {},
      );
      if (result.resultType === "error") throw new Error(JSON.stringify(result.errors));
      return result.overallResult;
    };
    const NOVA_LITE = PROFILE("eu.amazon.nova-lite-v1:0");

    it("GIVEN Converse on a catalog model's profile, and the model it routes to in another region THEN it is allowed", async () => {
      expect(await simulate("bedrock:InvokeModel", NOVA_LITE)).toBe("Allowed");
      expect(
        await simulate("bedrock:InvokeModel", "arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-lite-v1:0", {
          "bedrock:InferenceProfileArn": NOVA_LITE,
        }),
      ).toBe("Allowed");
    });

    it("GIVEN the model directly, another model, streaming, or anything but inference THEN it is denied", async () => {
      expect(
        await simulate("bedrock:InvokeModel", "arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-lite-v1:0"),
      ).toBe("ImplicitlyDenied");
      expect(await simulate("bedrock:InvokeModel", PROFILE("eu.anthropic.claude-opus-4-5-20251101-v1:0"))).toBe(
        "ImplicitlyDenied",
      );
      expect(await simulate("bedrock:InvokeModelWithResponseStream", NOVA_LITE)).toBe("ImplicitlyDenied");
      expect(await simulate("bedrock:GetInferenceProfile", NOVA_LITE)).toBe("ImplicitlyDenied");
      expect(
        await simulate(
          "s3:GetObject",
          "arn:aws:s3:::example-org-support-ai-tfstate/support-ai/ld-dev/terraform.tfstate",
        ),
      ).toBe("ImplicitlyDenied");
    });
  });
});
