import { AlertTopic } from "../../../constructs/aws/alert-topic";
import { bodiesOf, synthAlone } from "../../helpers/construct-synth";

describe("AlertTopic alone", () => {
  const json = synthAlone((scope) => {
    new AlertTopic(scope, {
      name: "shop-prod",
      accountId: "123456789012",
      notify: [{ email: "sre@example.org" }, { https: "https://hooks.example.org/alerts" }],
    });
  });

  it("GIVEN a name THEN the topic is <name>-ai-alerts", () => {
    expect(bodiesOf(json, "aws_sns_topic")).toEqual([{ name: "shop-prod-ai-alerts" }]);
  });

  it("GIVEN an e-mail and an HTTPS target THEN each subscribes to the topic with its protocol", () => {
    expect(bodiesOf(json, "aws_sns_topic_subscription")).toEqual([
      { topic_arn: "${aws_sns_topic.alerts.arn}", protocol: "email", endpoint: "sre@example.org" },
      { topic_arn: "${aws_sns_topic.alerts.arn}", protocol: "https", endpoint: "https://hooks.example.org/alerts" },
    ]);
  });

  it("THEN only CloudWatch and Budgets of the same account may publish to it", () => {
    const [document] = bodiesOf(json, "aws_iam_policy_document", "data");
    expect(document!.statement).toEqual([
      {
        effect: "Allow",
        actions: ["SNS:Publish"],
        resources: ["${aws_sns_topic.alerts.arn}"],
        principals: [{ type: "Service", identifiers: ["budgets.amazonaws.com", "cloudwatch.amazonaws.com"] }],
        condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: ["123456789012"] }],
      },
    ]);
    expect(bodiesOf(json, "aws_sns_topic_policy")).toEqual([
      { arn: "${aws_sns_topic.alerts.arn}", policy: "${data.aws_iam_policy_document.alerts-publishers.json}" },
    ]);
  });

  it("GIVEN nobody to notify THEN there is a topic and no subscription", () => {
    const quiet = synthAlone((scope) => {
      new AlertTopic(scope, { name: "shop-dev", accountId: "123456789012", notify: [] });
    });
    expect(bodiesOf(quiet, "aws_sns_topic")).toHaveLength(1);
    expect(bodiesOf(quiet, "aws_sns_topic_subscription")).toEqual([]);
  });
});
