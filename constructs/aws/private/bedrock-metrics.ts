/** The CloudWatch namespace Bedrock publishes its runtime metrics in, per ModelId. */
export const BEDROCK_NAMESPACE = "AWS/Bedrock";

/** The period, in seconds, of every alarm and dashboard widget: Bedrock's metrics are summed per 5 minutes. */
export const PERIOD_SECONDS = 300;
