import { Metrics } from "../../../constructs/launchdarkly/metrics";
import { resourcesOf, synthAlone } from "../../helpers/construct-synth";

describe("Metrics alone", () => {
  const json = synthAlone((scope) => {
    new Metrics(scope, "metrics", {
      projectKey: "shop",
      tags: ["managed"],
      metrics: [
        {
          key: "resolved",
          name: "Resolved",
          description: "Costs ${price}",
          eventKey: "ticket-resolved",
          numeric: false,
          successCriterion: "HigherThanBaseline",
        },
        {
          key: "latency-p90",
          name: "Latency p90",
          eventKey: "$ld:ai:duration:total",
          numeric: true,
          unit: "ms",
          successCriterion: "LowerThanBaseline",
          percentile: 90,
        },
        {
          key: "handle-time",
          name: "Handle time",
          eventKey: "handle-time",
          numeric: true,
          successCriterion: "LowerThanBaseline",
          aggregation: "sum",
        },
      ],
    });
  });
  const metric = (key: string) => Object.values(resourcesOf(json, "launchdarkly_metric")).find((m) => m.key === key)!;

  it("GIVEN a counted metric THEN it is a custom, non-numeric metric on its event key, with no analysis settings", () => {
    expect(metric("resolved")).toEqual({
      project_key: "shop",
      key: "resolved",
      name: "Resolved",
      description: "Costs $${price}",
      kind: "custom",
      event_key: "ticket-resolved",
      is_numeric: false,
      success_criteria: "HigherThanBaseline",
      tags: ["managed"],
    });
  });

  it("GIVEN a numeric metric with a percentile THEN it is analysed by that percentile, averaged per context", () => {
    expect(metric("latency-p90")).toMatchObject({
      is_numeric: true,
      unit: "ms",
      analysis_type: "percentile",
      percentile_value: 90,
      unit_aggregation_type: "average",
    });
  });

  it("GIVEN a numeric metric without a percentile THEN its mean is analysed, with the aggregation asked for", () => {
    expect(metric("handle-time")).toMatchObject({ analysis_type: "mean", unit_aggregation_type: "sum" });
    expect(metric("handle-time").percentile_value).toBeUndefined();
  });
});
