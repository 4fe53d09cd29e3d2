import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type { Construct } from "constructs";
import { BEDROCK_NAMESPACE, PERIOD_SECONDS } from "./private/bedrock-metrics";

/** A model as its alarms name and measure it. */
export interface AlarmedModel {
  /** The model's key in the catalog; names the alarms. */
  readonly key: string;
  /** The model's name, in the alarms' descriptions. */
  readonly name: string;
  /** The id the application passes to Converse (the inference profile for `eu.` models): the ModelId dimension. */
  readonly invokedId: string;
}

/** When an alarm fires. */
export interface AlarmThresholds {
  /** p95 invocation latency above which the latency alarm fires, in milliseconds. */
  readonly latencyP95Ms: number;
  /** p99 invocation latency above which the latency alarm fires, in milliseconds. */
  readonly latencyP99Ms: number;
  /** Share of failed invocations (server and client errors), in percent, above which the error alarm fires. */
  readonly errorRatePercent: number;
  /** Throttled invocations per period above which the throttle alarm fires. */
  readonly throttles: number;
}

export interface ModelAlarmsProps {
  /** Prefix of the alarms' names, e.g. support-ai-production: alarms are <name>-<model>-<kind>. */
  readonly name: string;
  /** The models served; each gets p95 and p99 latency, error-rate and throttle alarms. */
  readonly models: readonly AlarmedModel[];
  /** When the alarms fire, the same for every model. */
  readonly thresholds: AlarmThresholds;
  /** The topic the alarms notify when they fire and when they recover. */
  readonly topicArn: string;
}

/**
 * Per served model: p95 and p99 latency alarms, an error-rate alarm (server plus client errors over invocations)
 * and a throttle alarm. Missing data (no traffic) is not breaching. Adds its resources straight to `scope`, under
 * the ids they had before BedrockObservability was split (see AlertTopic).
 */
export class ModelAlarms {
  constructor(scope: Construct, props: ModelAlarmsProps) {
    const { thresholds } = props;
    const actions = {
      alarmActions: [props.topicArn],
      okActions: [props.topicArn],
      treatMissingData: "notBreaching",
    };
    for (const model of props.models) {
      const dimensions = { ModelId: model.invokedId };
      for (const [percentile, threshold] of [
        ["p95", thresholds.latencyP95Ms],
        ["p99", thresholds.latencyP99Ms],
      ] as const) {
        new CloudwatchMetricAlarm(scope, `${model.key}-latency-${percentile}`, {
          alarmName: `${props.name}-${model.key}-latency-${percentile}`,
          alarmDescription: `${model.name}: ${percentile} invocation latency above ${threshold} ms`,
          namespace: BEDROCK_NAMESPACE,
          metricName: "InvocationLatency",
          dimensions,
          extendedStatistic: percentile,
          period: PERIOD_SECONDS,
          evaluationPeriods: 3,
          datapointsToAlarm: 2,
          threshold,
          comparisonOperator: "GreaterThanThreshold",
          ...actions,
        });
      }
      const sum = (metricName: string) => ({
        metric: { namespace: BEDROCK_NAMESPACE, metricName, dimensions, period: PERIOD_SECONDS, stat: "Sum" },
      });
      new CloudwatchMetricAlarm(scope, `${model.key}-error-rate`, {
        alarmName: `${props.name}-${model.key}-error-rate`,
        alarmDescription: `${model.name}: more than ${thresholds.errorRatePercent}% of invocations fail`,
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
        threshold: thresholds.errorRatePercent,
        comparisonOperator: "GreaterThanThreshold",
        ...actions,
      });
      new CloudwatchMetricAlarm(scope, `${model.key}-throttles`, {
        alarmName: `${props.name}-${model.key}-throttles`,
        alarmDescription: `${model.name}: more than ${thresholds.throttles} throttled invocations in 5 minutes`,
        namespace: BEDROCK_NAMESPACE,
        metricName: "InvocationThrottles",
        dimensions,
        statistic: "Sum",
        period: PERIOD_SECONDS,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        threshold: thresholds.throttles,
        comparisonOperator: "GreaterThanThreshold",
        ...actions,
      });
    }
  }
}
