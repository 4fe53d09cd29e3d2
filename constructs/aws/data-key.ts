import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Construct } from "constructs";
import { accountAdministers } from "./key-policy";

/** How aws-<env> finds its environment's data key: by alias, in its own account. */
export const dataKeyAlias = (projectKey: string, environment: string) => `alias/${projectKey}-${environment}-data`;

/** The log group Bedrock writes one environment's invocations to; `name` is <project>-<env>. */
export const invocationLogGroupName = (name: string) => `/aws/bedrock/${name}/invocations`;

export interface DataKeyProps {
  /** The provider of the environment's account. */
  readonly provider: AwsProvider;
  /** The project's key; with the environment, names the alias alias/<project>-<env>-data. */
  readonly projectKey: string;
  /** The environment whose data the key encrypts. */
  readonly environment: string;
  /** The environment's region, whose CloudWatch Logs may use the key for the invocation logs. */
  readonly region: string;
  /** The environment's account, which administers the key. */
  readonly accountId: string;
}

/**
 * The key one environment's application data is encrypted with: the LaunchDarkly SDK key in Secrets Manager,
 * and Bedrock's invocation logs, which hold whole prompts and answers. Bootstrap creates it, so that the apply
 * role never needs `kms:CreateKey`, which cannot be limited to a resource. The account administers it through
 * IAM; CloudWatch Logs may use it only for that environment's invocation log group.
 */
export class DataKey extends Construct {
  readonly key: KmsKey;

  constructor(scope: Construct, id: string, props: DataKeyProps) {
    super(scope, id);
    const { provider } = props;
    const logGroupArn = `arn:aws:logs:${props.region}:${props.accountId}:log-group:${invocationLogGroupName(`${props.projectKey}-${props.environment}`)}`;
    const policy = new DataAwsIamPolicyDocument(this, "policy", {
      provider,
      statement: [
        accountAdministers(props.accountId),
        {
          sid: "InvocationLogsOnly",
          effect: "Allow",
          actions: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
          resources: ["*"],
          principals: [{ type: "Service", identifiers: [`logs.${props.region}.amazonaws.com`] }],
          condition: [{ test: "ArnEquals", variable: "kms:EncryptionContext:aws:logs:arn", values: [logGroupArn] }],
        },
      ],
    });
    this.key = new KmsKey(this, "key", {
      provider,
      description: `${props.projectKey} ${props.environment}: the SDK key secret and Bedrock invocation logs`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: policy.json,
    });
    new KmsAlias(this, "alias", {
      provider,
      name: dataKeyAlias(props.projectKey, props.environment),
      targetKeyId: this.key.keyId,
    });
  }
}
