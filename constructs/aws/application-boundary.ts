import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Construct } from "constructs";
import { applicationSecretsPrefix } from "./application-secrets";

const boundaryName = (projectKey: string, environment: string) => `${projectKey}-${environment}-app-boundary`;

/** The boundary's ARN, known before it exists, so that aws-<env> attaches it without looking it up. */
export const applicationBoundaryArn = (accountId: string, projectKey: string, environment: string) =>
  `arn:aws:iam::${accountId}:policy/${boundaryName(projectKey, environment)}`;

export interface ApplicationBoundaryProps {
  /** The provider of the environment's account. */
  readonly provider: AwsProvider;
  /** The project's key; with the environment, names the boundary <project>-<env>-app-boundary. */
  readonly projectKey: string;
  /** The environment whose application roles the boundary bounds. */
  readonly environment: string;
  /** The environment's region, where its guardrails and secrets are. */
  readonly region: string;
  /** The environment's account. */
  readonly accountId: string;
  /** The environment's data key (DataKey), which the roles may use only through Secrets Manager. */
  readonly dataKeyArn: string;
}

/**
 * The permissions boundary of every role an apply role creates: the most any application role of this
 * environment may ever do, whatever policy an apply attaches to it. Invoke Bedrock models (the role's own
 * policy narrows this to what the environment serves), apply its guardrails, and read the environment's
 * secrets through Secrets Manager. Bootstrap owns it; an apply role may create or change a role only with this
 * boundary attached (PipelineRoles), so no apply can mint a role that does more.
 */
export class ApplicationBoundary extends Construct {
  readonly arn: string;

  constructor(scope: Construct, id: string, props: ApplicationBoundaryProps) {
    super(scope, id);
    const { provider, region, accountId } = props;
    const doc = new DataAwsIamPolicyDocument(this, "document", {
      provider,
      statement: [
        {
          sid: "InvokeModels",
          effect: "Allow",
          actions: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
          resources: ["arn:aws:bedrock:*::foundation-model/*", `arn:aws:bedrock:*:${accountId}:inference-profile/*`],
        },
        {
          sid: "ApplyGuardrails",
          effect: "Allow",
          actions: ["bedrock:ApplyGuardrail"],
          resources: [`arn:aws:bedrock:${region}:${accountId}:guardrail/*`],
        },
        {
          sid: "ReadEnvironmentSecrets",
          effect: "Allow",
          actions: ["secretsmanager:GetSecretValue"],
          resources: [
            `arn:aws:secretsmanager:${region}:${accountId}:secret:${applicationSecretsPrefix(props.projectKey, props.environment)}/*`,
          ],
        },
        {
          sid: "DecryptSecretsThroughSecretsManager",
          effect: "Allow",
          actions: ["kms:Decrypt"],
          resources: [props.dataKeyArn],
          condition: [
            { test: "StringEquals", variable: "kms:ViaService", values: [`secretsmanager.${region}.amazonaws.com`] },
          ],
        },
      ],
    });
    const policy = new IamPolicy(this, "policy", {
      provider,
      name: boundaryName(props.projectKey, props.environment),
      description: `Permissions boundary of the application roles of ${props.projectKey} ${props.environment}`,
      policy: doc.json,
    });
    this.arn = policy.arn;
  }
}
