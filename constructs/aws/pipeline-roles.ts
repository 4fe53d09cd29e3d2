import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import {
  DataAwsIamPolicyDocument,
  type DataAwsIamPolicyDocumentStatement,
} from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamOpenidConnectProvider } from "@cdktf/provider-aws/lib/iam-openid-connect-provider";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { Construct } from "constructs";
import { applicationBoundaryArn } from "./application-boundary";
import { applicationSecretsPrefix, sdkKeySecretName } from "./application-secrets";
import { stateObjects } from "./state-bucket";

export const GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";

/** GitHub Actions' OIDC identity provider in one account (audience sts.amazonaws.com). */
export function githubOidcProvider(scope: Construct, id: string, provider: AwsProvider): IamOpenidConnectProvider {
  return new IamOpenidConnectProvider(scope, id, {
    provider,
    url: `https://${GITHUB_OIDC_HOST}`,
    clientIdList: ["sts.amazonaws.com"],
  });
}

export interface PipelineRolesProps {
  /** The provider of the environment's account. */
  readonly provider: AwsProvider;
  /** GitHub's OIDC identity provider in that account. */
  readonly oidcProviderArn: string;
  /** OIDC subjects (the repository's customized `sub`, naming the workflow file) that may assume the plan role. */
  readonly planSubjects: readonly string[];
  /** The one OIDC subject that may assume the apply role. */
  readonly applySubject: string;
  /** The project's key; with the environment, names the roles <project>-<env>-plan and -apply. */
  readonly projectKey: string;
  /** The environment the roles plan and apply. */
  readonly environment: string;
  /** The environment's region. */
  readonly region: string;
  /** The environment's account. */
  readonly accountId: string;
  /** The bucket holding the stacks' states. */
  readonly stateBucketArn: string;
  /** The stacks whose state the plan role reads (and locks). */
  readonly planStacks: readonly string[];
  /** The stacks whose state the apply role reads and writes. */
  readonly applyStacks: readonly string[];
}

/**
 * The two roles GitHub Actions assumes in one environment's account. The plan role is read-only and trusted only
 * by the reusable plan workflow as it is on main; the apply role can change only what the aws-<env> stack
 * declares, and is trusted only by the apply workflow on main in jobs bound to the GitHub environment of the
 * same name (for production: the job that waits for the required reviewers).
 */
export class PipelineRoles extends Construct {
  readonly planRole: IamRole;
  readonly applyRole: IamRole;
  private readonly provider: AwsProvider;

  constructor(scope: Construct, id: string, props: PipelineRolesProps) {
    super(scope, id);
    const { provider } = props;
    this.provider = provider;
    const trust = (name: string, test: string, subjects: string[]) =>
      new DataAwsIamPolicyDocument(this, name, {
        provider,
        statement: [
          {
            effect: "Allow",
            actions: ["sts:AssumeRoleWithWebIdentity"],
            principals: [{ type: "Federated", identifiers: [props.oidcProviderArn] }],
            condition: [
              { test: "StringEquals", variable: `${GITHUB_OIDC_HOST}:aud`, values: ["sts.amazonaws.com"] },
              { test, variable: `${GITHUB_OIDC_HOST}:sub`, values: subjects },
            ],
          },
        ],
      }).json;
    const prefix = `${props.projectKey}-${props.environment}`;

    this.planRole = new IamRole(this, "plan", {
      provider,
      name: `${prefix}-plan`,
      description: `Read-only: terraform plan of ${props.environment}, only from the reusable plan workflow on main.`,
      assumeRolePolicy: trust("plan-trust", "StringEquals", [...props.planSubjects]),
      maxSessionDuration: 3600,
    });
    this.applyRole = new IamRole(this, "apply", {
      provider,
      name: `${prefix}-apply`,
      description: `terraform apply of ${props.environment}, only from apply jobs on main bound to the GitHub environment "${props.environment}".`,
      assumeRolePolicy: trust("apply-trust", "StringEquals", [props.applySubject]),
      maxSessionDuration: 3600,
    });
    for (const [name, role] of [
      ["plan", this.planRole],
      ["apply", this.applyRole],
    ] as const) {
      new IamRolePolicyAttachment(this, `${name}-read-only`, {
        provider,
        role: role.name,
        policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess",
      });
    }

    const policy = (name: string, statement: DataAwsIamPolicyDocumentStatement[]) =>
      new DataAwsIamPolicyDocument(this, name, { provider, statement }).json;
    new IamRolePolicy(this, "plan-state", {
      provider,
      role: this.planRole.name,
      name: "terraform-state",
      policy: policy("plan-state-doc", [
        { effect: "Allow", actions: ["s3:ListBucket"], resources: [props.stateBucketArn] },
        {
          effect: "Allow",
          actions: ["s3:GetObject"],
          resources: stateObjects(props.stateBucketArn, props.projectKey, props.planStacks, "all"),
        },
        {
          effect: "Allow",
          actions: ["s3:PutObject", "s3:DeleteObject"],
          resources: stateObjects(props.stateBucketArn, props.projectKey, props.planStacks, "locks"),
        },
      ]),
    });
    // Refreshing the SDK key's secret version reads its value (GetSecretValue), which ReadOnlyAccess does not
    // allow, so every plan of aws-<env> would fail. This grants no more than the role has: the same key is in
    // the aws-<env> state, which it reads. The secret's ARN ends in "-" and six random characters.
    const sdkKey = sdkKeySecretName(applicationSecretsPrefix(props.projectKey, props.environment));
    new IamRolePolicy(this, "plan-sdk-key", {
      provider,
      role: this.planRole.name,
      name: "refresh-sdk-key-secret",
      policy: policy("plan-sdk-key-doc", [
        {
          effect: "Allow",
          actions: ["secretsmanager:GetSecretValue"],
          resources: [`arn:aws:secretsmanager:${props.region}:${props.accountId}:secret:${sdkKey}-??????`],
        },
      ]),
    });
    new IamRolePolicy(this, "apply-permissions", {
      provider,
      role: this.applyRole.name,
      name: "apply-aws-stack",
      policy: policy("apply-doc", [
        { effect: "Allow", actions: ["s3:ListBucket"], resources: [props.stateBucketArn] },
        {
          effect: "Allow",
          actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
          resources: stateObjects(props.stateBucketArn, props.projectKey, props.applyStacks, "all"),
        },
        ...applyGrants(props.projectKey, props.environment, props.region, props.accountId),
      ]),
    });
  }

  /**
   * Lets the roles use their environment's data key, only through Secrets Manager: applying writes and refreshes
   * the SDK key secret, planning refreshes it. The key policy delegates to IAM, so no key-policy grant is needed.
   */
  allowDataKey(keyArn: string, region: string): void {
    const viaSecretsManager = [
      { test: "StringEquals", variable: "kms:ViaService", values: [`secretsmanager.${region}.amazonaws.com`] },
    ];
    const grants = [
      ["plan", this.planRole, ["kms:Decrypt"]],
      ["apply", this.applyRole, ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"]],
    ] as const;
    for (const [name, role, actions] of grants) {
      const doc = new DataAwsIamPolicyDocument(this, `${name}-data-key-doc`, {
        provider: this.provider,
        statement: [{ effect: "Allow", actions: [...actions], resources: [keyArn], condition: viaSecretsManager }],
      });
      new IamRolePolicy(this, `${name}-data-key`, {
        provider: this.provider,
        role: role.name,
        name: "environment-data-key",
        policy: doc.json,
      });
    }
  }

  /** Lets both roles use the state bucket's key (its key policy allows them too: cross-account use needs both). */
  allowStateKey(keyArn: string): void {
    const doc = new DataAwsIamPolicyDocument(this, "state-key-doc", {
      provider: this.provider,
      statement: [{ effect: "Allow", actions: ["kms:Decrypt", "kms:GenerateDataKey"], resources: [keyArn] }],
    });
    for (const [name, role] of [
      ["plan", this.planRole],
      ["apply", this.applyRole],
    ] as const) {
      new IamRolePolicy(this, `${name}-state-key`, {
        provider: this.provider,
        role: role.name,
        name: "terraform-state-key",
        policy: doc.json,
      });
    }
  }
}

/** IAM path of the roles the aws-<env> stacks create, so the apply role can manage them and not itself. */
export const APPLICATION_ROLE_PATH = "/aic-app/";

/**
 * What applying an aws-<env> stack changes, each scoped to the names that stack gives its resources. Roles may be
 * created and changed only with the environment's permissions boundary attached (iam:PermissionsBoundary names
 * it, for a new role and for an existing one alike), so an apply can never mint a role that does more than the
 * boundary allows, nor take the boundary off (DeleteRolePermissionsBoundary is not granted). There is no
 * iam:PassRole: the stack hands no role to a service (ECS is given the application role by the application's
 * own deployment). Bedrock's account-wide invocation-logging setting, and the log group it writes to, belong to
 * bootstrap, not here. No statement needs "*".
 */
function applyGrants(
  project: string,
  environment: string,
  region: string,
  account: string,
): DataAwsIamPolicyDocumentStatement[] {
  const prefix = `${project}-${environment}`;
  const stackRoles = [`arn:aws:iam::${account}:role${APPLICATION_ROLE_PATH}${prefix}-*`];
  return [
    {
      sid: "ManageStackRolesWithinBoundary",
      effect: "Allow",
      actions: [
        "iam:CreateRole",
        "iam:DeleteRole",
        "iam:UpdateRole",
        "iam:UpdateAssumeRolePolicy",
        "iam:PutRolePolicy",
        "iam:DeleteRolePolicy",
        "iam:PutRolePermissionsBoundary",
      ],
      resources: stackRoles,
      condition: [
        {
          test: "StringEquals",
          variable: "iam:PermissionsBoundary",
          values: [applicationBoundaryArn(account, project, environment)],
        },
      ],
    },
    { sid: "TagStackRoles", effect: "Allow", actions: ["iam:TagRole", "iam:UntagRole"], resources: stackRoles },
    {
      sid: "ManageSecrets",
      effect: "Allow",
      actions: [
        "secretsmanager:CreateSecret",
        "secretsmanager:DeleteSecret",
        "secretsmanager:UpdateSecret",
        "secretsmanager:PutSecretValue",
        "secretsmanager:TagResource",
        "secretsmanager:GetSecretValue",
      ],
      resources: [
        `arn:aws:secretsmanager:${region}:${account}:secret:${applicationSecretsPrefix(project, environment)}/*`,
      ],
    },
    {
      sid: "ManageAlarms",
      effect: "Allow",
      actions: ["cloudwatch:PutMetricAlarm", "cloudwatch:DeleteAlarms", "cloudwatch:TagResource"],
      resources: [`arn:aws:cloudwatch:${region}:${account}:alarm:${prefix}-*`],
    },
    {
      sid: "ManageDashboard",
      effect: "Allow",
      actions: ["cloudwatch:PutDashboard", "cloudwatch:DeleteDashboards"],
      resources: [`arn:aws:cloudwatch::${account}:dashboard/${prefix}-*`],
    },
    {
      sid: "ManageTopic",
      effect: "Allow",
      actions: [
        "sns:CreateTopic",
        "sns:DeleteTopic",
        "sns:SetTopicAttributes",
        "sns:Subscribe",
        "sns:Unsubscribe",
        "sns:TagResource",
      ],
      resources: [`arn:aws:sns:${region}:${account}:${prefix}-*`],
    },
    {
      sid: "ManageBudget",
      effect: "Allow",
      actions: ["budgets:ModifyBudget", "budgets:ViewBudget"],
      resources: [`arn:aws:budgets::${account}:budget/${prefix}-*`],
    },
  ];
}
