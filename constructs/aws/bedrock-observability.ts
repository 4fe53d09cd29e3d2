import { BudgetsBudget } from "@cdktf/provider-aws/lib/budgets-budget";
import { CloudwatchDashboard } from "@cdktf/provider-aws/lib/cloudwatch-dashboard";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SnsTopicPolicy } from "@cdktf/provider-aws/lib/sns-topic-policy";
import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription";
import { Construct } from "constructs";
import type { DeepReadonly, EnvironmentAlerts } from "../../src/catalog";

export interface ObservedModel {
  key: string;
  name: string;
  /** The id the application passes to Converse (the inference profile for `eu.` models): the ModelId dimension. */
  invokedId: string;
  costPerMillionTokens: { input: number; output: number };
}

export interface BedrockObservabilityProps {
  /** Prefix for names, e.g. support-ai-production. */
  name: string;
  region: string;
  accountId: string;
  models: readonly ObservedModel[];
  settings: EnvironmentAlerts;
}

const NAMESPACE = "AWS/Bedrock";
const PERIOD = 300;

/**
 * What SRE watches in one environment's account: an SNS topic with the catalog's subscribers; per served model,
 * p95 and p99 latency, error-rate and throttle alarms; a dashboard with latency, invocations, errors, tokens and
 * an estimated cost from the catalog's prices; and a monthly budget. Model invocation logging is an account-wide
 * setting, which bootstrap owns (InvocationLogging).
 */
export class BedrockObservability extends Construct {
  readonly topic: SnsTopic;

  constructor(scope: Construct, id: string, props: BedrockObservabilityProps) {
    super(scope, id);
    const { alerts } = props.settings as DeepReadonly<EnvironmentAlerts>;
    this.topic = new SnsTopic(this, "alerts", { name: `${props.name}-ai-alerts` });
    props.settings.notify.forEach((target, i) => {
      const [protocol, endpoint] = "email" in target ? ["email", target.email] : ["https", target.https];
      new SnsTopicSubscription(this, `notify-${i}`, { topicArn: this.topic.arn, protocol, endpoint });
    });
    const publishers = new DataAwsIamPolicyDocument(this, "alerts-publishers", {
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
    new SnsTopicPolicy(this, "alerts-policy", { arn: this.topic.arn, policy: publishers.json });

    const actions = { alarmActions: [this.topic.arn], okActions: [this.topic.arn], treatMissingData: "notBreaching" };
    for (const model of props.models) {
      const dimensions = { ModelId: model.invokedId };
      for (const [percentile, threshold] of [
        ["p95", alerts.latencyP95Ms],
        ["p99", alerts.latencyP99Ms],
      ] as const) {
        new CloudwatchMetricAlarm(this, `${model.key}-latency-${percentile}`, {
          alarmName: `${props.name}-${model.key}-latency-${percentile}`,
          alarmDescription: `${model.name}: ${percentile} invocation latency above ${threshold} ms`,
          namespace: NAMESPACE,
          metricName: "InvocationLatency",
          dimensions,
          extendedStatistic: percentile,
          period: PERIOD,
          evaluationPeriods: 3,
          datapointsToAlarm: 2,
          threshold,
          comparisonOperator: "GreaterThanThreshold",
          ...actions,
        });
      }
      const sum = (metricName: string) => ({
        metric: { namespace: NAMESPACE, metricName, dimensions, period: PERIOD, stat: "Sum" },
      });
      new CloudwatchMetricAlarm(this, `${model.key}-error-rate`, {
        alarmName: `${props.name}-${model.key}-error-rate`,
        alarmDescription: `${model.name}: more than ${alerts.errorRatePercent}% of invocations fail`,
        metricQuery: [
          { id: "inv", ...sum("Invocations") },
          { id: "srv", ...sum("InvocationServerErrors") },
          { id: "cli", ...sum("InvocationClientErrors") },
          {
            id: "rate",
            expression: "IF(inv > 0, 100 * (srv + cli) / inv, 0)",
            label: "Error rate (%)",
            returnData: true,
          },
        ],
        evaluationPeriods: 3,
        datapointsToAlarm: 3,
        threshold: alerts.errorRatePercent,
        comparisonOperator: "GreaterThanThreshold",
        ...actions,
      });
      new CloudwatchMetricAlarm(this, `${model.key}-throttles`, {
        alarmName: `${props.name}-${model.key}-throttles`,
        alarmDescription: `${model.name}: more than ${alerts.throttles} throttled invocations in 5 minutes`,
        namespace: NAMESPACE,
        metricName: "InvocationThrottles",
        dimensions,
        statistic: "Sum",
        period: PERIOD,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        threshold: alerts.throttles,
        comparisonOperator: "GreaterThanThreshold",
        ...actions,
      });
    }

    new CloudwatchDashboard(this, "dashboard", {
      dashboardName: `${props.name}-ai`,
      dashboardBody: JSON.stringify(dashboard(props)),
    });

    // Each environment has an account of its own, so an account-wide budget also covers models billed through
    // AWS Marketplace (Claude "Amazon Bedrock Edition"), which a Service = Amazon Bedrock filter would miss.
    new BudgetsBudget(this, "budget", {
      name: `${props.name}-monthly`,
      budgetType: "COST",
      limitAmount: String(props.settings.monthlyBudgetUsd),
      limitUnit: "USD",
      timeUnit: "MONTHLY",
      notification: props.settings.budgetAlertPercents.map((percent) => ({
        comparisonOperator: "GREATER_THAN",
        notificationType: percent >= 100 ? "FORECASTED" : "ACTUAL",
        threshold: percent,
        thresholdType: "PERCENTAGE",
        subscriberSnsTopicArns: [this.topic.arn],
      })),
    });
  }
}

/** CloudWatch dashboard JSON: one row of widgets per question SRE asks, one line per model. */
function dashboard(props: BedrockObservabilityProps): object {
  const line = (metricName: string, stat: string) =>
    props.models.map((m) => [NAMESPACE, metricName, "ModelId", m.invokedId, { stat, label: m.name }]);
  const widget = (title: string, metrics: unknown[], x: number, y: number) => ({
    type: "metric",
    x,
    y,
    width: 12,
    height: 6,
    properties: { title, region: props.region, view: "timeSeries", period: PERIOD, metrics },
  });
  // Estimated cost per model from the catalog's prices, the same numbers the LaunchDarkly model configs carry.
  const cost = props.models.flatMap((m, i) => [
    [NAMESPACE, "InputTokenCount", "ModelId", m.invokedId, { id: `in${i}`, stat: "Sum", visible: false }],
    [NAMESPACE, "OutputTokenCount", "ModelId", m.invokedId, { id: `out${i}`, stat: "Sum", visible: false }],
    [
      {
        expression: `in${i} * ${m.costPerMillionTokens.input / 1_000_000} + out${i} * ${m.costPerMillionTokens.output / 1_000_000}`,
        label: `${m.name} (USD)`,
        id: `cost${i}`,
      },
    ],
  ]);
  return {
    widgets: [
      widget("Latency p95 (ms)", line("InvocationLatency", "p95"), 0, 0),
      widget("Latency p99 (ms)", line("InvocationLatency", "p99"), 12, 0),
      widget("Invocations", line("Invocations", "Sum"), 0, 6),
      widget(
        "Errors and throttles",
        [
          ...line("InvocationServerErrors", "Sum"),
          ...line("InvocationClientErrors", "Sum"),
          ...line("InvocationThrottles", "Sum"),
        ],
        12,
        6,
      ),
      widget("Input tokens", line("InputTokenCount", "Sum"), 0, 12),
      widget("Output tokens", line("OutputTokenCount", "Sum"), 12, 12),
      widget("Estimated cost (USD per period)", cost, 0, 18),
    ],
  };
}
