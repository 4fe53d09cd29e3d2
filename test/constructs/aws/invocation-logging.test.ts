import { BOOTSTRAP_ROLE_PATH, InvocationLogging } from "../../../constructs/aws/invocation-logging";
import { accountProvider } from "../../../constructs/aws/provider";
import { bodiesOf, synthAlone } from "../../helpers/construct-synth";

const KEY = "arn:aws:kms:eu-west-1:123456789012:key/abc";

function synth(logRetentionDays?: number) {
  return synthAlone((scope) => {
    const provider = accountProvider(scope, "aws", { region: "eu-west-1", tags: {} });
    new InvocationLogging(scope, "logging", {
      provider,
      name: "shop-prod",
      region: "eu-west-1",
      accountId: "123456789012",
      logKeyArn: KEY,
      logRetentionDays,
    });
  });
}

describe("InvocationLogging alone", () => {
  const json = synth();
  const documents = bodiesOf(json, "aws_iam_policy_document", "data");

  it("GIVEN an environment THEN its invocations go to a log group encrypted with its data key, kept 30 days", () => {
    expect(bodiesOf(json, "aws_cloudwatch_log_group")[0]).toMatchObject({
      name: "/aws/bedrock/shop-prod/invocations",
      kms_key_id: KEY,
      retention_in_days: 30,
    });
    expect(bodiesOf(synth(7), "aws_cloudwatch_log_group")[0]!.retention_in_days).toBe(7);
  });

  it("THEN only text is logged, through a role only this account's Bedrock in this region can assume", () => {
    const [config] = bodiesOf(json, "aws_bedrock_model_invocation_logging_configuration");
    expect(config!.logging_config[0]).toMatchObject({
      text_data_delivery_enabled: true,
      image_data_delivery_enabled: false,
      embedding_data_delivery_enabled: false,
      video_data_delivery_enabled: false,
      cloudwatch_config: [
        {
          log_group_name: expect.stringMatching(/^\$\{aws_cloudwatch_log_group\./),
          role_arn: expect.stringMatching(/^\$\{aws_iam_role\./),
        },
      ],
    });
    expect(bodiesOf(json, "aws_iam_role")[0]).toMatchObject({
      name: "shop-prod-bedrock-logging",
      path: BOOTSTRAP_ROLE_PATH,
    });
    const trust = documents.find((d) => d.statement[0].actions[0] === "sts:AssumeRole")!;
    expect(trust.statement[0].condition).toEqual([
      { test: "StringEquals", variable: "aws:SourceAccount", values: ["123456789012"] },
      { test: "ArnLike", variable: "aws:SourceArn", values: ["arn:aws:bedrock:eu-west-1:123456789012:*"] },
    ]);
  });

  it("THEN the role may only write log events into that log group", () => {
    const write = documents.find((d) => d.statement[0].actions.includes("logs:PutLogEvents"))!;
    expect(write.statement).toEqual([
      {
        effect: "Allow",
        actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
        resources: [
          expect.stringMatching(
            /^\$\{aws_cloudwatch_log_group\.logging_invocation-logs_[0-9A-F]{8}\.arn\}:log-stream:\*$/,
          ),
        ],
      },
    ]);
  });
});
