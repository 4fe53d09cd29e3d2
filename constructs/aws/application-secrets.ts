import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/secretsmanager-secret-version";
import { Construct } from "constructs";
import { DataLaunchdarklyEnvironment } from "../launchdarkly/bindings";

/** Where one environment's secrets live in Secrets Manager, e.g. support-ai/production. */
export function applicationSecretsPrefix(projectKey: string, environment: string): string {
  return `${projectKey}/${environment}`;
}

/** The name of the secret holding an environment's LaunchDarkly SDK key. */
export function sdkKeySecretName(prefix: string): string {
  return `${prefix}/launchdarkly-sdk-key`;
}

export interface ApplicationSecretsProps {
  /** From applicationSecretsPrefix: secrets are named <prefix>/launchdarkly-sdk-key and <prefix>/openai-api-key. */
  readonly prefix: string;
  /** The LaunchDarkly project whose environment's SDK key is stored. */
  readonly projectKey: string;
  /** The LaunchDarkly environment whose SDK key is stored. */
  readonly environmentKey: string;
  /** The application role (its id, i.e. name) that alone is granted to read the secrets. */
  readonly readerRole: string;
  /** Create an empty secret for an OpenAI key, filled by hand, when the environment may call OpenAI models. */
  readonly openAi: boolean;
  /** The environment's data key (DataKey), which encrypts the secrets. */
  readonly kmsKeyArn: string;
  /** The region of Secrets Manager, through which alone the key may decrypt. */
  readonly region: string;
}

/**
 * The secrets the application reads at start-up. The LaunchDarkly SDK key is read from the LaunchDarkly
 * environment (a sensitive attribute) straight into Secrets Manager: it appears in no file, output or log,
 * only in the encrypted state, which the state bucket already protects. The secrets are encrypted with the
 * environment's data key, which the application role may use only to read them through Secrets Manager.
 */
export class ApplicationSecrets extends Construct {
  constructor(scope: Construct, id: string, props: ApplicationSecretsProps) {
    super(scope, id);
    const environment = new DataLaunchdarklyEnvironment(this, "launchdarkly-environment", {
      projectKey: props.projectKey,
      key: props.environmentKey,
    });
    const sdkKey = new SecretsmanagerSecret(this, "sdk-key", {
      name: sdkKeySecretName(props.prefix),
      description: `LaunchDarkly server-side SDK key of environment ${props.environmentKey} (managed by Terraform).`,
      kmsKeyId: props.kmsKeyArn,
      recoveryWindowInDays: 7,
    });
    new SecretsmanagerSecretVersion(this, "sdk-key-value", { secretId: sdkKey.id, secretString: environment.apiKey });
    const readable = [sdkKey.arn];
    if (props.openAi) {
      const openAi = new SecretsmanagerSecret(this, "openai-key", {
        name: `${props.prefix}/openai-api-key`,
        description:
          "OpenAI API key: set its value by hand (aws secretsmanager put-secret-value); never in the repository.",
        kmsKeyId: props.kmsKeyArn,
        recoveryWindowInDays: 7,
      });
      readable.push(openAi.arn);
    }
    const read = new DataAwsIamPolicyDocument(this, "read", {
      statement: [
        { effect: "Allow", actions: ["secretsmanager:GetSecretValue"], resources: readable },
        {
          effect: "Allow",
          actions: ["kms:Decrypt"],
          resources: [props.kmsKeyArn],
          condition: [
            {
              test: "StringEquals",
              variable: "kms:ViaService",
              values: [`secretsmanager.${props.region}.amazonaws.com`],
            },
          ],
        },
      ],
    });
    new IamRolePolicy(this, "read-policy", {
      name: "read-application-secrets",
      role: props.readerRole,
      policy: read.json,
    });
  }
}
