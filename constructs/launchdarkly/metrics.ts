import { Construct } from "constructs";
import { Metric } from "./bindings";
import { literal } from "./terraform-text";

/** One custom metric on an event key. */
export interface MetricProps {
  /** The metric's key, as experiments name it. */
  readonly key: string;
  /** The metric's name in LaunchDarkly. */
  readonly name: string;
  /** What it measures; written as text, never read as a Terraform template. */
  readonly description?: string;
  /** The event the application tracks. */
  readonly eventKey: string;
  /** Whether the event carries a value (else it is counted). */
  readonly numeric: boolean;
  /** Numeric only: the value's unit. */
  readonly unit?: string;
  /** Which direction is better. */
  readonly successCriterion: "HigherThanBaseline" | "LowerThanBaseline";
  /** Numeric only: how values of one context combine (average unless said). */
  readonly aggregation?: "average" | "sum";
  /** Numeric only: measure this percentile instead of the mean. */
  readonly percentile?: number;
}

export interface MetricsProps {
  /** The project's key, or a Terraform reference to it that orders the metrics after the project. */
  readonly projectKey: string;
  /** The metrics, each a resource named by its key. */
  readonly metrics: readonly MetricProps[];
  /** Tags on every metric. */
  readonly tags: readonly string[];
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
