import { LocalBackend, TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { ApplicationBoundary } from "../constructs/aws/application-boundary";
import { DataKey } from "../constructs/aws/data-key";
import { EvalRole } from "../constructs/aws/eval-role";
import { InvocationLogging } from "../constructs/aws/invocation-logging";
import { githubOidcProvider, PipelineRoles } from "../constructs/aws/pipeline-roles";
import { accountProvider } from "../constructs/aws/provider";
import { StateBucket } from "../constructs/aws/state-bucket";
import { launchDarklyGate, type Catalog } from "../src/catalog";
import { applyRoleSubject, evalRoleSubjects, planRoleSubjects } from "../src/pipeline/names";
import { StandaloneStack } from "./synthesis/standalone-stack";
import { commonTags } from "./tags";
import { requireTerraformVersion } from "./terraform-version";

/**
 * What must exist before any other stack can run: the state bucket, GitHub OIDC, each environment's plan and
 * apply roles, data key, the permissions boundary of its application roles and Bedrock's account-wide invocation
 * logging (which no apply role may change), and the role pull requests run evals under. Applied once by an admin
 * with local state, kept at the repository root (outside cdktf.out,
 * which every synth replaces, and ignored by git).
 */
export class BootstrapStack extends StandaloneStack {
  constructor(scope: Construct, catalog: Catalog) {
    super(scope, "bootstrap");
    new LocalBackend(this, { path: "../../../bootstrap.tfstate" });
    requireTerraformVersion(this);
    accountProvider(this, "aws", {
      region: catalog.state.region,
      accountId: catalog.state.accountId,
      tags: commonTags(catalog, "bootstrap"),
    });

    const stateBucketArn = `arn:aws:s3:::${catalog.state.bucket}`;
    const environments = catalog.environments.map((env) => env.key);
    const gate = launchDarklyGate(catalog.environments);
    const oidcByAccount = new Map<string, string>();
    const providers: Array<ReturnType<typeof accountProvider>> = [];
    const loggedAccounts = new Set<string>();
    const roles = catalog.environments.map((env) => {
      const provider = accountProvider(this, `aws-${env.key}`, {
        alias: env.key,
        region: env.aws.region,
        accountId: env.aws.accountId,
        tags: commonTags(catalog, "bootstrap", env.key),
      });
      providers.push(provider);
      // One identity provider per account, even when environments share one.
      if (!oidcByAccount.has(env.aws.accountId))
        oidcByAccount.set(
          env.aws.accountId,
          githubOidcProvider(this, `github-oidc-${env.aws.accountId}`, provider).arn,
        );
      const pipeline = new PipelineRoles(this, `pipeline-${env.key}`, {
        provider,
        oidcProviderArn: oidcByAccount.get(env.aws.accountId)!,
        planSubjects: planRoleSubjects(catalog.github.repository),
        applySubject: applyRoleSubject(catalog.github.repository, env.key),
        projectKey: catalog.project.key,
        environment: env.key,
        region: env.aws.region,
        accountId: env.aws.accountId,
        stateBucketArn,
        ...stateStacks(gate, env.key),
      });
      const dataKey = new DataKey(this, `data-key-${env.key}`, {
        provider,
        projectKey: catalog.project.key,
        environment: env.key,
        region: env.aws.region,
        accountId: env.aws.accountId,
      });
      pipeline.allowDataKey(dataKey.key.arn, env.aws.region);
      new ApplicationBoundary(this, `app-boundary-${env.key}`, {
        provider,
        projectKey: catalog.project.key,
        environment: env.key,
        region: env.aws.region,
        accountId: env.aws.accountId,
        dataKeyArn: dataKey.key.arn,
      });
      // Invocation logging is one setting per account and region: environments sharing both share the first's.
      const where = `${env.aws.accountId}/${env.aws.region}`;
      if (!loggedAccounts.has(where)) {
        loggedAccounts.add(where);
        new InvocationLogging(this, `invocation-logging-${env.key}`, {
          provider,
          name: `${catalog.project.key}-${env.key}`,
          region: env.aws.region,
          accountId: env.aws.accountId,
          logKeyArn: dataKey.key.arn,
        });
      }
      return pipeline;
    });
    // Pull requests evaluate prompts (aic eval) in the first environment's account, on every catalog model.
    const first = catalog.environments[0]!;
    const evalRole = new EvalRole(this, "eval", {
      provider: providers[0]!,
      oidcProviderArn: oidcByAccount.get(first.aws.accountId)!,
      subjects: evalRoleSubjects(catalog.github.repository),
      projectKey: catalog.project.key,
      environment: first.key,
      region: first.aws.region,
      accountId: first.aws.accountId,
      models: catalog.models
        .filter((m) => m.provider === "bedrock")
        .map((m) => ({ key: m.key, modelId: m.modelId, inferenceProfile: m.inferenceProfile })),
    });
    new TerraformOutput(this, "eval_role_arn", {
      value: evalRole.role.arn,
      description: "AWS_EVAL_ROLE: the role the pull-request eval job assumes",
    });
    const state = new StateBucket(this, "state", {
      bucketName: catalog.state.bucket,
      region: catalog.state.region,
      accountId: catalog.state.accountId,
      projectKey: catalog.project.key,
      access: roles.flatMap((pipeline, i) => {
        const { planStacks, applyStacks } = stateStacks(gate, environments[i]!);
        return [
          { role: pipeline.planRole.arn, environment: environments[i]!, mode: "plan" as const, stacks: planStacks },
          { role: pipeline.applyRole.arn, environment: environments[i]!, mode: "apply" as const, stacks: applyStacks },
        ];
      }),
    });
    for (const pipeline of roles) pipeline.allowStateKey(state.key.arn);
  }
}

/**
 * The stacks whose state one environment's roles may use: its own `ld-<env>` and `aws-<env>`, and, for the
 * environment the workflows plan and apply the project-wide `launchdarkly` stack under (production, or the last
 * gated environment: src/catalog/gates.ts), that stack too. So no other environment's roles can touch the states
 * that production's required reviewers guard.
 */
function stateStacks(gate: string, environment: string): { planStacks: string[]; applyStacks: string[] } {
  const own = [`ld-${environment}`, `aws-${environment}`];
  const stacks = environment === gate ? ["launchdarkly", ...own] : own;
  return { planStacks: stacks, applyStacks: stacks };
}
