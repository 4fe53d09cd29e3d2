import type { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { Construct } from "constructs";
import { AlertTopic, type AlertTarget } from "./alert-topic";
import { BedrockDashboard, type DashboardModel } from "./bedrock-dashboard";
import { ModelAlarms, type AlarmedModel, type AlarmThresholds } from "./model-alarms";
import { MonthlyBudget } from "./monthly-budget";

/** A served model, as the alarms and the dashboard see it. */
export interface ObservedModel extends AlarmedModel, DashboardModel {}

export interface BedrockObservabilityProps {
  /** Prefix for names, e.g. support-ai-production. */
  readonly name: string;
  /** The environment's region, whose Bedrock metrics the dashboard shows. */
  readonly region: string;
  /** The environment's account, whose alarms and budget alone may publish to the alert topic. */
  readonly accountId: string;
  /** The models the environment serves through Bedrock. */
  readonly models: readonly ObservedModel[];
  /** When the models' alarms fire. */
  readonly thresholds: AlarmThresholds;
  /** Who the alarms and the budget notify. */
  readonly notify: readonly AlertTarget[];
  /** The account's monthly budget, in USD. */
  readonly monthlyBudgetUsd: number;
  /** Shares of the budget, in percent, that notify. */
  readonly budgetAlertPercents: readonly number[];
}

/**
 * What SRE watches in one environment's account: an alert topic with its subscribers (AlertTopic); per served
 * model, p95 and p99 latency, error-rate and throttle alarms (ModelAlarms); a dashboard with latency,
 * invocations, errors, tokens and an estimated cost from the models' prices (BedrockDashboard); and a monthly
 * budget (MonthlyBudget). Model invocation logging is an account-wide setting, which bootstrap owns
 * (InvocationLogging). The parts add their resources to this construct directly, so their addresses are
 * observability_<id>, as they were before the split.
 */
export class BedrockObservability extends Construct {
  readonly topic: SnsTopic;

  constructor(scope: Construct, id: string, props: BedrockObservabilityProps) {
    super(scope, id);
    this.topic = new AlertTopic(this, { name: props.name, accountId: props.accountId, notify: props.notify }).topic;
    new ModelAlarms(this, {
      name: props.name,
      models: props.models,
      thresholds: props.thresholds,
      topicArn: this.topic.arn,
    });
    new BedrockDashboard(this, { name: props.name, region: props.region, models: props.models });
    new MonthlyBudget(this, {
      name: props.name,
      limitUsd: props.monthlyBudgetUsd,
      alertPercents: props.budgetAlertPercents,
      topicArn: this.topic.arn,
    });
  }
}
