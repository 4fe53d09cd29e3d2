import { byKey, launchDarklyStack } from "../../helpers/ld-stack";

describe("the launchdarkly stack of the example catalog: Metrics", () => {
  const metrics = byKey(launchDarklyStack(), "launchdarkly_metric");

  it("GIVEN any catalog THEN the AI SDK's events have metrics for experiments", () => {
    expect(metrics["ai-duration-p95"]).toMatchObject({
      kind: "custom",
      event_key: "$ld:ai:duration:total",
      is_numeric: true,
      unit: "ms",
      success_criteria: "LowerThanBaseline",
      analysis_type: "percentile",
      percentile_value: 95,
    });
    expect(metrics["ai-tokens-total"]).toMatchObject({
      event_key: "$ld:ai:tokens:total",
      analysis_type: "mean",
      unit_aggregation_type: "average",
    });
    expect(metrics["ai-generation-success"]).toMatchObject({
      event_key: "$ld:ai:generation:success",
      is_numeric: false,
      success_criteria: "HigherThanBaseline",
    });
    expect(metrics["ai-generation-error"]).toMatchObject({
      event_key: "$ld:ai:generation:error",
      success_criteria: "LowerThanBaseline",
    });
    expect(metrics["ai-feedback-positive"]!.event_key).toBe("$ld:ai:feedback:user:positive");
    expect(metrics["ai-feedback-negative"]!.event_key).toBe("$ld:ai:feedback:user:negative");
  });

  it("GIVEN configs/metrics.yaml THEN its business metrics are declared too", () => {
    expect(metrics["ticket-resolved"]).toMatchObject({
      event_key: "ticket-resolved",
      is_numeric: false,
      success_criteria: "HigherThanBaseline",
    });
    expect(metrics["handle-time"]).toMatchObject({
      event_key: "conversation-handle-time",
      is_numeric: true,
      unit: "seconds",
    });
  });
});
