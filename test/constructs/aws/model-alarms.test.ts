import { ModelAlarms } from "../../../constructs/aws/model-alarms";
import { resourcesOf, synthAlone } from "../../helpers/construct-synth";

const THRESHOLDS = { latencyP95Ms: 4000, latencyP99Ms: 9000, errorRatePercent: 5, throttles: 3 };
const TOPIC = "arn:aws:sns:eu-central-1:123456789012:shop-prod-ai-alerts";

describe("ModelAlarms alone", () => {
  const json = synthAlone((scope) => {
    new ModelAlarms(scope, {
      name: "shop-prod",
      models: [
        { key: "haiku", name: "Claude Haiku", invokedId: "eu.anthropic.claude-haiku" },
        { key: "lite", name: "Nova Lite", invokedId: "amazon.nova-lite-v1:0" },
      ],
      thresholds: THRESHOLDS,
      topicArn: TOPIC,
    });
  });
  const alarms = Object.values(resourcesOf(json, "aws_cloudwatch_metric_alarm"));
  const alarm = (name: string) => alarms.find((a) => a.alarm_name === name)!;

  it("GIVEN two models THEN each has p95 and p99 latency, error-rate and throttle alarms", () => {
    expect(alarms.map((a) => a.alarm_name).sort()).toEqual(
      ["haiku", "lite"]
        .flatMap((m) => ["error-rate", "latency-p95", "latency-p99", "throttles"].map((k) => `shop-prod-${m}-${k}`))
        .sort(),
    );
  });

  it("THEN the latency alarms watch the invoked id's percentile against the thresholds", () => {
    expect(alarm("shop-prod-haiku-latency-p95")).toMatchObject({
      namespace: "AWS/Bedrock",
      metric_name: "InvocationLatency",
      dimensions: { ModelId: "eu.anthropic.claude-haiku" },
      extended_statistic: "p95",
      period: 300,
      threshold: 4000,
      alarm_description: "Claude Haiku: p95 invocation latency above 4000 ms",
    });
    expect(alarm("shop-prod-lite-latency-p99")).toMatchObject({ extended_statistic: "p99", threshold: 9000 });
  });

  it("THEN the error-rate alarm divides server and client errors by invocations", () => {
    const errors = alarm("shop-prod-lite-error-rate");
    expect(errors.threshold).toBe(5);
    expect(errors.metric_query.map((q: { id: string }) => q.id)).toEqual(["inv", "srv", "cli", "rate"]);
    expect(errors.metric_query[1].metric).toMatchObject({
      metric_name: "InvocationServerErrors",
      dimensions: { ModelId: "amazon.nova-lite-v1:0" },
      stat: "Sum",
    });
    expect(errors.metric_query[3]).toMatchObject({
      expression: "IF(inv > 0, 100 * (srv + cli) / inv, 0)",
      return_data: true,
    });
  });

  it("THEN the throttle alarm sums throttled invocations", () => {
    expect(alarm("shop-prod-haiku-throttles")).toMatchObject({
      metric_name: "InvocationThrottles",
      statistic: "Sum",
      threshold: 3,
    });
  });

  it("THEN every alarm notifies the topic on alarm and recovery, and no traffic is not an alarm", () => {
    for (const a of alarms) {
      expect(a).toMatchObject({ alarm_actions: [TOPIC], ok_actions: [TOPIC], treat_missing_data: "notBreaching" });
    }
  });

  it("GIVEN no model THEN there is no alarm", () => {
    const none = synthAlone((scope) => {
      new ModelAlarms(scope, { name: "shop-dev", models: [], thresholds: THRESHOLDS, topicArn: TOPIC });
    });
    expect(resourcesOf(none, "aws_cloudwatch_metric_alarm")).toEqual({});
  });
});
