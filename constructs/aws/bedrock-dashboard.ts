import { CloudwatchDashboard } from "@cdktf/provider-aws/lib/cloudwatch-dashboard";
import type { Construct } from "constructs";
import { BEDROCK_NAMESPACE, PERIOD_SECONDS } from "./private/bedrock-metrics";

/** A model as the dashboard draws it. */
export interface DashboardModel {
  /** The model's name: the label of its lines. */
  readonly name: string;
  /** The id the application passes to Converse (the inference profile for `eu.` models): the ModelId dimension. */
  readonly invokedId: string;
  /** USD per million input and output tokens, from which the dashboard estimates the cost. */
  readonly costPerMillionTokens: { readonly input: number; readonly output: number };
}

export interface BedrockDashboardProps {
  /** Prefix of the dashboard's name, e.g. support-ai-production: the dashboard is <name>-ai. */
  readonly name: string;
  /** The region whose Bedrock metrics the widgets show. */
  readonly region: string;
  /** The models served, one line each in every widget. */
  readonly models: readonly DashboardModel[];
}

/**
 * The CloudWatch dashboard SRE opens first: latency p95 and p99, invocations, errors and throttles, input and
 * output tokens, and an estimated cost from the models' prices. Adds its resource straight to `scope`, under the
 * id it had before BedrockObservability was split (see AlertTopic).
 */
export class BedrockDashboard {
  readonly dashboard: CloudwatchDashboard;

  constructor(scope: Construct, props: BedrockDashboardProps) {
    this.dashboard = new CloudwatchDashboard(scope, "dashboard", {
      dashboardName: `${props.name}-ai`,
      dashboardBody: JSON.stringify(dashboardBody(props)),
    });
  }
}

/** CloudWatch dashboard JSON: one row of widgets per question SRE asks, one line per model. */
function dashboardBody(props: BedrockDashboardProps): object {
  const line = (metricName: string, stat: string) =>
    props.models.map((m) => [BEDROCK_NAMESPACE, metricName, "ModelId", m.invokedId, { stat, label: m.name }]);
  const widget = (title: string, metrics: unknown[], x: number, y: number) => ({
    type: "metric",
    x,
    y,
    width: 12,
    height: 6,
    properties: { title, region: props.region, view: "timeSeries", period: PERIOD_SECONDS, metrics },
  });
  // Estimated cost per model from the catalog's prices, the same numbers the LaunchDarkly model configs carry.
  const cost = props.models.flatMap((m, i) => [
    [BEDROCK_NAMESPACE, "InputTokenCount", "ModelId", m.invokedId, { id: `in${i}`, stat: "Sum", visible: false }],
    [BEDROCK_NAMESPACE, "OutputTokenCount", "ModelId", m.invokedId, { id: `out${i}`, stat: "Sum", visible: false }],
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
