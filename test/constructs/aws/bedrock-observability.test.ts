import { BedrockObservability } from "../../../constructs/aws/bedrock-observability";
import { resourceCounts, resourcesOf, synthAlone } from "../../helpers/construct-synth";

describe("BedrockObservability alone", () => {
  const json = synthAlone((scope) => {
    new BedrockObservability(scope, "observability", {
      name: "shop-prod",
      region: "eu-west-1",
      accountId: "123456789012",
      models: [
        {
          key: "haiku",
          name: "Claude Haiku",
          invokedId: "eu.anthropic.claude-haiku",
          costPerMillionTokens: { input: 1, output: 5 },
        },
      ],
      thresholds: { latencyP95Ms: 4000, latencyP99Ms: 9000, errorRatePercent: 5, throttles: 3 },
      notify: [{ email: "sre@example.org" }],
      monthlyBudgetUsd: 300,
      budgetAlertPercents: [80, 100],
    });
  });
  const addresses = (type: string) => Object.keys(resourcesOf(json, type));

  it("GIVEN one served model THEN it composes a topic, four alarms, a dashboard and a budget", () => {
    expect(resourceCounts(json)).toEqual({
      aws_sns_topic: 1,
      aws_sns_topic_subscription: 1,
      aws_sns_topic_policy: 1,
      aws_cloudwatch_metric_alarm: 4,
      aws_cloudwatch_dashboard: 1,
      aws_budgets_budget: 1,
    });
  });

  it("THEN the parts' resources sit directly under the construct, so their Terraform addresses stay observability_<id>", () => {
    expect(addresses("aws_sns_topic")).toEqual([expect.stringMatching(/^observability_alerts_[0-9A-F]{8}$/)]);
    expect(addresses("aws_cloudwatch_metric_alarm").map((a) => a.replace(/_[0-9A-F]{8}$/, ""))).toEqual([
      "observability_haiku-error-rate",
      "observability_haiku-latency-p95",
      "observability_haiku-latency-p99",
      "observability_haiku-throttles",
    ]);
    expect(addresses("aws_budgets_budget")).toEqual([expect.stringMatching(/^observability_budget_/)]);
  });

  it("THEN the alarms and the budget notify the one topic", () => {
    const topic = `\${aws_sns_topic.${addresses("aws_sns_topic")[0]}.arn}`;
    for (const alarm of Object.values(resourcesOf(json, "aws_cloudwatch_metric_alarm")))
      expect(alarm.alarm_actions).toEqual([topic]);
    const [budget] = Object.values(resourcesOf(json, "aws_budgets_budget"));
    expect(budget!.notification.map((n: any) => n.subscriber_sns_topic_arns)).toEqual([[topic], [topic]]);
  });
});
