import { BedrockModelInvocationLoggingConfiguration } from "@cdktf/provider-aws/lib/bedrock-model-invocation-logging-configuration";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Construct } from "constructs";
import { invocationLogGroupName } from "./data-key";

/** IAM path of the roles bootstrap creates for AWS services: outside /aic-app/, so no apply role can change them. */
export const BOOTSTRAP_ROLE_PATH = "/aic-bootstrap/";

export interface InvocationLoggingProps {
  /** The provider of the account and region whose Bedrock logs its invocations. */
  readonly provider: AwsProvider;
  /** <project>-<env>: names the log group and the role. */
  readonly name: string;
  /** The region whose Bedrock alone may assume the logging role. */
  readonly region: string;
  /** The account whose Bedrock alone may assume the logging role. */
  readonly accountId: string;
  /** The environment's data key (DataKey), which encrypts the logs. */
  readonly logKeyArn: string;
  /** How long the logs are kept, in days: 30 unless said (they hold whole prompts and answers). */
  readonly logRetentionDays?: number;
}

/**
 * Bedrock's model invocation logging: one account-wide setting per region, so bootstrap owns it, and no apply
 * role may change or delete it (it would silence the record of every prompt and answer). Logs go to a log group
 * encrypted with the environment's data key, through a role only Bedrock of this account can assume.
 */
export class InvocationLogging extends Construct {
  constructor(scope: Construct, id: string, props: InvocationLoggingProps) {
    super(scope, id);
    const { provider } = props;
    const logGroup = new CloudwatchLogGroup(this, "invocation-logs", {
      provider,
      name: invocationLogGroupName(props.name),
      kmsKeyId: props.logKeyArn,
      // Logs hold whole prompts and answers, which may be personal data: keep them briefly.
      retentionInDays: props.logRetentionDays ?? 30,
    });
    const trust = new DataAwsIamPolicyDocument(this, "logging-trust", {
      provider,
      statement: [
        {
          effect: "Allow",
          actions: ["sts:AssumeRole"],
          principals: [{ type: "Service", identifiers: ["bedrock.amazonaws.com"] }],
          condition: [
            { test: "StringEquals", variable: "aws:SourceAccount", values: [props.accountId] },
            {
              test: "ArnLike",
              variable: "aws:SourceArn",
              values: [`arn:aws:bedrock:${props.region}:${props.accountId}:*`],
            },
          ],
        },
      ],
    });
    const role = new IamRole(this, "logging-role", {
      provider,
      name: `${props.name}-bedrock-logging`,
      path: BOOTSTRAP_ROLE_PATH,
      assumeRolePolicy: trust.json,
    });
    const write = new DataAwsIamPolicyDocument(this, "logging-write", {
      provider,
      statement: [
        {
          effect: "Allow",
          actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
          resources: [`${logGroup.arn}:log-stream:*`],
        },
      ],
    });
    new IamRolePolicy(this, "logging-policy", {
      provider,
      name: "write-invocation-logs",
      role: role.id,
      policy: write.json,
    });
    new BedrockModelInvocationLoggingConfiguration(this, "invocation-logging", {
      provider,
      loggingConfig: [
        {
          textDataDeliveryEnabled: true,
          imageDataDeliveryEnabled: false,
          embeddingDataDeliveryEnabled: false,
          videoDataDeliveryEnabled: false,
          cloudwatchConfig: [{ logGroupName: logGroup.name, roleArn: role.arn }],
        },
      ],
    });
  }
}
