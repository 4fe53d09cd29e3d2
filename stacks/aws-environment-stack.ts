import { DataAwsKmsKey } from "@cdktf/provider-aws/lib/data-aws-kms-key";
import type { Construct } from "constructs";
import { applicationBoundaryArn } from "../constructs/aws/application-boundary";
import { ApplicationSecrets, applicationSecretsPrefix } from "../constructs/aws/application-secrets";
import { BedrockObservability } from "../constructs/aws/bedrock-observability";
import { BedrockRuntimeAccess } from "../constructs/aws/bedrock-runtime-access";
import { dataKeyAlias } from "../constructs/aws/data-key";
import { accountProvider } from "../constructs/aws/provider";
import { launchDarklyProvider } from "../constructs/launchdarkly/provider";
import type { Catalog } from "../src/catalog";
import { callableModels } from "../src/catalog/served";
import { RemoteStateStack } from "./remote-state-stack";
import { commonTags } from "./tags";

/** One environment's AWS account: Bedrock access, the application's secrets, alarms, dashboard and budget. */
export class AwsEnvironmentStack extends RemoteStateStack {
  constructor(scope: Construct, catalog: Catalog, environment: string) {
    const name = `aws-${environment}`;
    super(scope, name, catalog);
    const env = catalog.environments.find((e) => e.key === environment)!;
    accountProvider(this, "aws", {
      region: env.aws.region,
      accountId: env.aws.accountId,
      tags: commonTags(catalog, name, environment),
    });
    const callable = callableModels(catalog, environment);
    const bedrockModels = callable.filter((m) => m.provider === "bedrock");
    // Read-only here: the SDK key is read from the LaunchDarkly environment into Secrets Manager.
    launchDarklyProvider(this, "launchdarkly", { apiHost: catalog.instance.apiHost });
    const runtime = new BedrockRuntimeAccess(this, "bedrock", {
      roleName: `${catalog.project.key}-${environment}-bedrock-runtime`,
      region: env.aws.region,
      accountId: env.aws.accountId,
      principal: env.bedrock.runtimePrincipal,
      models: bedrockModels,
      guardrail: env.bedrock.guardrail,
      // Created by bootstrap (constructs/aws/application-boundary.ts): the apply role may create roles only with it.
      permissionsBoundary: applicationBoundaryArn(env.aws.accountId, catalog.project.key, environment),
    });
    // Created by bootstrap (constructs/aws/data-key.ts), found by its alias.
    const dataKey = new DataAwsKmsKey(this, "data-key", { keyId: dataKeyAlias(catalog.project.key, environment) });
    new ApplicationSecrets(this, "secrets", {
      prefix: applicationSecretsPrefix(catalog.project.key, environment),
      projectKey: catalog.project.key,
      environmentKey: environment,
      readerRole: runtime.role.id,
      openAi: callable.some((m) => m.provider === "openai"),
      kmsKeyArn: dataKey.arn,
      region: env.aws.region,
    });
    const observability = catalog.observability[environment]!;
    new BedrockObservability(this, "observability", {
      name: `${catalog.project.key}-${environment}`,
      region: env.aws.region,
      accountId: env.aws.accountId,
      models: bedrockModels.map((m) => ({
        key: m.key,
        name: m.name,
        invokedId: m.inferenceProfile ?? m.modelId,
        costPerMillionTokens: m.costPerMillionTokens,
      })),
      thresholds: observability.alerts,
      notify: observability.notify,
      monthlyBudgetUsd: observability.monthlyBudgetUsd,
      budgetAlertPercents: observability.budgetAlertPercents,
    });
  }
}
