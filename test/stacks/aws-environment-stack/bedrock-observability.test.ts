import { EXAMPLE_ROOT } from "../../helpers/catalog-fixture";
import { catalogAt, synthAll, type StackJson } from "../../helpers/synth";

const HAIKU = "eu.anthropic.claude-haiku-4-5-20251001-v1:0";
const NOVA_PRO = "eu.amazon.nova-pro-v1:0";
const NOVA_LITE = "eu.amazon.nova-lite-v1:0";

const resources = (stack: StackJson, type: string): Array<Record<string, any>> =>
  Object.values(stack.resource[type] ?? {}).map(({ "//": _metadata, ...rest }: any) => rest);

describe("aws-<env> stacks of the example catalog: BedrockObservability", () => {
  const stacks = synthAll(catalogAt(EXAMPLE_ROOT));
  const production = stacks["aws-production"]!;

  it("GIVEN production serves three models THEN each has p95, p99, error-rate and throttle alarms with production's thresholds", () => {
    const alarms = resources(production, "aws_cloudwatch_metric_alarm");
    expect(alarms.map((a) => a.alarm_name).sort()).toEqual(
      ["claude-haiku-4-5", "nova-lite", "nova-pro"]
        .flatMap((m) =>
          ["error-rate", "latency-p95", "latency-p99", "throttles"].map((k) => `support-ai-production-${m}-${k}`),
        )
        .sort(),
    );
    const p95 = alarms.find((a) => a.alarm_name === "support-ai-production-claude-haiku-4-5-latency-p95")!;
    expect(p95).toMatchObject({
      namespace: "AWS/Bedrock",
      metric_name: "InvocationLatency",
      extended_statistic: "p95",
      threshold: 6000,
      dimensions: { ModelId: HAIKU },
    });
    expect(alarms.find((a) => a.alarm_name === "support-ai-production-nova-pro-latency-p99")!.threshold).toBe(12000);
    const errors = alarms.find((a) => a.alarm_name === "support-ai-production-nova-lite-error-rate")!;
    expect(errors.threshold).toBe(2);
    expect(errors.metric_query.map((q: { id: string }) => q.id)).toEqual(["inv", "srv", "cli", "rate"]);
    expect(errors.metric_query[3]).toMatchObject({
      expression: "IF(inv > 0, 100 * (srv + cli) / inv, 0)",
      return_data: true,
    });
    for (const alarm of alarms)
      expect(alarm.alarm_actions).toEqual([
        expect.stringMatching(/^\$\{aws_sns_topic\.observability_alerts_[0-9A-F]{8}\.arn\}$/),
      ]);
  });

  it("THEN dev's more lenient error threshold comes from observability.yaml", () => {
    const devErrors = resources(stacks["aws-dev"]!, "aws_cloudwatch_metric_alarm").filter((a) =>
      a.alarm_name.endsWith("error-rate"),
    );
    expect(devErrors).toHaveLength(4);
    for (const alarm of devErrors) expect(alarm.threshold).toBe(20);
  });

  it("THEN the dashboard shows every served model, with a cost estimate from the catalog's prices", () => {
    const body = JSON.parse(resources(production, "aws_cloudwatch_dashboard")[0]!.dashboard_body);
    expect(body.widgets.map((w: { properties: { title: string } }) => w.properties.title)).toEqual([
      "Latency p95 (ms)",
      "Latency p99 (ms)",
      "Invocations",
      "Errors and throttles",
      "Input tokens",
      "Output tokens",
      "Estimated cost (USD per period)",
    ]);
    expect(body.widgets[0].properties.metrics.map((m: unknown[]) => m[3])).toEqual([HAIKU, NOVA_PRO, NOVA_LITE]);
    const expressions = body.widgets[6].properties.metrics
      .filter((m: unknown[]) => m.length === 1)
      .map((m: [{ expression: string }]) => m[0].expression);
    expect(expressions[0]).toBe("in0 * 0.0000011 + out0 * 0.0000055");
  });

  it("THEN the monthly budget and its alerts follow observability.yaml, on the alert topic", () => {
    const budget = resources(production, "aws_budgets_budget")[0]!;
    expect(budget).toMatchObject({
      budget_type: "COST",
      limit_amount: "5000",
      limit_unit: "USD",
      time_unit: "MONTHLY",
    });
    expect(
      budget.notification.map((n: { threshold: number; notification_type: string }) => [
        n.threshold,
        n.notification_type,
      ]),
    ).toEqual([
      [50, "ACTUAL"],
      [80, "ACTUAL"],
      [100, "FORECASTED"],
    ]);
    expect(budget.cost_filter).toBeUndefined();
  });

  it("THEN the catalog's notification targets subscribe to the alert topic", () => {
    expect(resources(production, "aws_sns_topic_subscription").map((s) => [s.protocol, s.endpoint])).toEqual([
      ["email", "sre-oncall@example.org"],
      ["https", "https://events.pagerduty.example.org/integration/ai-configs"],
    ]);
  });

  it("THEN the stack holds no invocation logging, which is an account-wide setting that bootstrap owns", () => {
    expect(production.resource.aws_bedrock_model_invocation_logging_configuration).toBeUndefined();
    expect(production.resource.aws_cloudwatch_log_group).toBeUndefined();
    expect(Object.keys(production.resource.aws_iam_role)).toHaveLength(1);
  });
});
