import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SnsTopicPolicy } from "@cdktf/provider-aws/lib/sns-topic-policy";
import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription";
import type { Construct } from "constructs";

/** Who an alert reaches: an e-mail address or an HTTPS endpoint. */
export type AlertTarget = { readonly email: string } | { readonly https: string };

export interface AlertTopicProps {
  /** Prefix of the topic's name, e.g. support-ai-production: the topic is <name>-ai-alerts. */
  readonly name: string;
  /** The account whose CloudWatch alarms and budgets alone may publish to the topic. */
  readonly accountId: string;
  /** The topic's subscribers, in order (each subscription's address follows its position). */
  readonly notify: readonly AlertTarget[];
}

/**
 * The SNS topic every alarm and budget notification of one environment goes to, with its subscribers. Only
 * CloudWatch and AWS Budgets of the same account may publish to it.
 *
 * Like the other parts of BedrockObservability it adds its resources straight to `scope`, under fixed ids,
 * rather than as a construct node of its own: their Terraform addresses are the ones they had before
 * BedrockObservability was split, and a changed address would make Terraform destroy and recreate them.
 */
export class AlertTopic {
  readonly topic: SnsTopic;

  constructor(scope: Construct, props: AlertTopicProps) {
    this.topic = new SnsTopic(scope, "alerts", { name: `${props.name}-ai-alerts` });
    props.notify.forEach((target, i) => {
      const [protocol, endpoint] = "email" in target ? ["email", target.email] : ["https", target.https];
      new SnsTopicSubscription(scope, `notify-${i}`, { topicArn: this.topic.arn, protocol, endpoint });
    });
    const publishers = new DataAwsIamPolicyDocument(scope, "alerts-publishers", {
      statement: [
        {
          effect: "Allow",
          actions: ["SNS:Publish"],
          resources: [this.topic.arn],
          principals: [{ type: "Service", identifiers: ["budgets.amazonaws.com", "cloudwatch.amazonaws.com"] }],
          condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: [props.accountId] }],
        },
      ],
    });
    new SnsTopicPolicy(scope, "alerts-policy", { arn: this.topic.arn, policy: publishers.json });
  }
}
