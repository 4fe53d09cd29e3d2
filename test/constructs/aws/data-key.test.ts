import { DataKey, dataKeyAlias, invocationLogGroupName } from "../../../constructs/aws/data-key";
import { accountProvider } from "../../../constructs/aws/provider";
import { bodiesOf, synthAlone } from "../../helpers/construct-synth";

describe("DataKey alone", () => {
  const json = synthAlone((scope) => {
    const provider = accountProvider(scope, "aws", { region: "eu-west-1", tags: {} });
    new DataKey(scope, "data-key", {
      provider,
      projectKey: "shop",
      environment: "prod",
      region: "eu-west-1",
      accountId: "123456789012",
    });
  });
  const [key] = bodiesOf(json, "aws_kms_key");
  const [policy] = bodiesOf(json, "aws_iam_policy_document", "data");

  it("GIVEN an environment THEN its key rotates, waits 30 days before deletion and is found by alias/<project>-<env>-data", () => {
    expect(key).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 30 });
    expect(bodiesOf(json, "aws_kms_alias")[0]!.name).toBe("alias/shop-prod-data");
    expect(dataKeyAlias("shop", "prod")).toBe("alias/shop-prod-data");
  });

  it("THEN the account administers it and CloudWatch Logs may use it only for the environment's invocation logs", () => {
    const [admin, logs] = policy!.statement;
    expect(admin).toMatchObject({
      sid: "AccountAdministers",
      principals: [{ identifiers: ["arn:aws:iam::123456789012:root"] }],
    });
    expect(logs).toMatchObject({
      sid: "InvocationLogsOnly",
      principals: [{ type: "Service", identifiers: ["logs.eu-west-1.amazonaws.com"] }],
      condition: [
        {
          test: "ArnEquals",
          variable: "kms:EncryptionContext:aws:logs:arn",
          values: [`arn:aws:logs:eu-west-1:123456789012:log-group:${invocationLogGroupName("shop-prod")}`],
        },
      ],
    });
    expect(invocationLogGroupName("shop-prod")).toBe("/aws/bedrock/shop-prod/invocations");
  });
});
