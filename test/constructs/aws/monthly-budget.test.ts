import { MonthlyBudget } from "../../../constructs/aws/monthly-budget";
import { bodiesOf, synthAlone } from "../../helpers/construct-synth";

const TOPIC = "arn:aws:sns:eu-central-1:123456789012:shop-prod-ai-alerts";

describe("MonthlyBudget alone", () => {
  const [budget] = bodiesOf(
    synthAlone((scope) => {
      new MonthlyBudget(scope, {
        name: "shop-prod",
        limitUsd: 750,
        alertPercents: [50, 90, 100, 120],
        topicArn: TOPIC,
      });
    }),
    "aws_budgets_budget",
  );

  it("GIVEN a limit THEN the account has a monthly cost budget of that many USD", () => {
    expect(budget).toMatchObject({
      name: "shop-prod-monthly",
      budget_type: "COST",
      limit_amount: "750",
      limit_unit: "USD",
      time_unit: "MONTHLY",
    });
    expect(budget!.cost_filter).toBeUndefined();
  });

  it("THEN shares below 100% notify on actual spend, from 100% on the forecast, all to the topic", () => {
    expect(budget!.notification).toEqual(
      [
        [50, "ACTUAL"],
        [90, "ACTUAL"],
        [100, "FORECASTED"],
        [120, "FORECASTED"],
      ].map(([threshold, notification_type]) => ({
        comparison_operator: "GREATER_THAN",
        notification_type,
        threshold,
        threshold_type: "PERCENTAGE",
        subscriber_sns_topic_arns: [TOPIC],
      })),
    );
  });
});
