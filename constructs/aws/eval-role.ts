import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { Construct } from "constructs";
import { modelInvokeStatements, type BedrockModel } from "./bedrock-runtime-access";
import { GITHUB_OIDC_HOST } from "./pipeline-roles";

export interface EvalRoleProps {
  /** The provider of the account the evals are billed to. */
  readonly provider: AwsProvider;
  /** GitHub's OIDC identity provider in that account. */
  readonly oidcProviderArn: string;
  /** OIDC subjects (exact) of the pull-request jobs that may assume the role. */
  readonly subjects: readonly string[];
  /** The project's key; with the environment, names the role <project>-<env>-eval. */
  readonly projectKey: string;
  /** The environment whose account the evals are billed to: the first one. */
  readonly environment: string;
  /** The region the models are invoked in. */
  readonly region: string;
  /** The account the evals are billed to. */
  readonly accountId: string;
  /** Every Bedrock model of the catalog. */
  readonly models: readonly BedrockModel[];
}

/**
 * The role `aic eval` runs under in pull requests: trusted only by the evals workflow at main, and
 * allowed only bedrock:InvokeModel (which authorizes Converse) on the catalog's models, through their profiles.
 * No streaming, no other service, no state: a prompt change under review can spend on inference and nothing else.
 */
export class EvalRole extends Construct {
  readonly role: IamRole;

  constructor(scope: Construct, id: string, props: EvalRoleProps) {
    super(scope, id);
    const { provider } = props;
    const trust = new DataAwsIamPolicyDocument(this, "trust", {
      provider,
      statement: [
        {
          effect: "Allow",
          actions: ["sts:AssumeRoleWithWebIdentity"],
          principals: [{ type: "Federated", identifiers: [props.oidcProviderArn] }],
          condition: [
            { test: "StringEquals", variable: `${GITHUB_OIDC_HOST}:aud`, values: ["sts.amazonaws.com"] },
            { test: "StringEquals", variable: `${GITHUB_OIDC_HOST}:sub`, values: [...props.subjects] },
          ],
        },
      ],
    });
    this.role = new IamRole(this, "role", {
      provider,
      name: `${props.projectKey}-${props.environment}-eval`,
      description: "aic eval in pull requests: invokes the catalog's Bedrock models and nothing else.",
      assumeRolePolicy: trust.json,
      maxSessionDuration: 3600,
    });
    const statements = modelInvokeStatements(this, {
      provider,
      region: props.region,
      accountId: props.accountId,
      models: props.models,
      actions: ["bedrock:InvokeModel"],
    });
    if (statements.length === 0) return;
    const policy = new DataAwsIamPolicyDocument(this, "policy", { provider, statement: statements });
    new IamRolePolicy(this, "invoke", {
      provider,
      role: this.role.name,
      name: "invoke-catalog-models",
      policy: policy.json,
    });
  }
}
