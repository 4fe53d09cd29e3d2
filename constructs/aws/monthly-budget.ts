import { BudgetsBudget } from "@cdktf/provider-aws/lib/budgets-budget";
import type { Construct } from "constructs";

export interface MonthlyBudgetProps {
  /** Prefix of the budget's name, e.g. support-ai-production: the budget is <name>-monthly. */
  readonly name: string;
  /** The monthly limit, in USD. */
  readonly limitUsd: number;
  /** Shares of the limit, in percent, that notify: below 100 on actual spend, from 100 on the forecast. */
  readonly alertPercents: readonly number[];
  /** The topic the notifications go to. */
  readonly topicArn: string;
}

/**
 * A monthly cost budget over the whole account, notifying the alert topic. Each environment has an account of
 * its own, so an account-wide budget also covers models billed through AWS Marketplace (Claude "Amazon Bedrock
 * Edition"), which a Service = Amazon Bedrock filter would miss. Adds its resource straight to `scope`, under the
 * id it had before BedrockObservability was split (see AlertTopic).
 */
export class MonthlyBudget {
  readonly budget: BudgetsBudget;

  constructor(scope: Construct, props: MonthlyBudgetProps) {
    this.budget = new BudgetsBudget(scope, "budget", {
      name: `${props.name}-monthly`,
      budgetType: "COST",
      limitAmount: String(props.limitUsd),
      limitUnit: "USD",
      timeUnit: "MONTHLY",
      notification: props.alertPercents.map((percent) => ({
        comparisonOperator: "GREATER_THAN",
        notificationType: percent >= 100 ? "FORECASTED" : "ACTUAL",
        threshold: percent,
        thresholdType: "PERCENTAGE",
        subscriberSnsTopicArns: [props.topicArn],
      })),
    });
  }
}
