import { Construct } from "constructs";
import type { DeepReadonly, Metric as CatalogMetric } from "../../src/catalog";
import { Metric } from "./bindings";
import { literal } from "./terraform-text";

export interface MetricsProps {
  projectKey: string;
  metrics: ReadonlyArray<DeepReadonly<CatalogMetric>>;
  tags: readonly string[];
}

/** Custom metrics on event keys: the AI SDK's built-in events and the catalog's business events. */
export class Metrics extends Construct {
  constructor(scope: Construct, id: string, props: MetricsProps) {
    super(scope, id);
    for (const metric of props.metrics) {
      new Metric(this, metric.key, {
        projectKey: props.projectKey,
        key: metric.key,
        name: metric.name,
        description: literal(metric.description),
        kind: "custom",
        eventKey: metric.eventKey,
        isNumeric: metric.numeric,
        unit: metric.unit,
        successCriteria: metric.successCriterion,
        unitAggregationType: metric.numeric ? (metric.aggregation ?? "average") : undefined,
        analysisType: metric.numeric ? (metric.percentile ? "percentile" : "mean") : undefined,
        percentileValue: metric.percentile,
        tags: [...props.tags],
      });
    }
  }
}
