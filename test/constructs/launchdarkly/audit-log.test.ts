import { AuditLogExport, type AuditLogExportProps } from "../../../constructs/launchdarkly/audit-log";
import { bodiesOf, synthAlone } from "../../helpers/construct-synth";

const EXPORT: AuditLogExportProps = {
  projectKey: "shop",
  integrationKey: "datadog",
  name: "Audit log to Datadog",
  enabled: true,
  config: { host_url: "https://api.datadoghq.eu", send_events: true, retries: 3 },
  tags: ["managed"],
};

describe("AuditLogExport alone", () => {
  it("GIVEN settings of several types THEN the subscription carries them as strings, and covers the project's AI resources", () => {
    const json = synthAlone((scope) => {
      new AuditLogExport(scope, "audit-log", EXPORT);
    });
    const [subscription] = bodiesOf(json, "launchdarkly_audit_log_subscription");
    expect(subscription).toMatchObject({
      integration_key: "datadog",
      name: "Audit log to Datadog",
      on: true,
      config: { host_url: "https://api.datadoghq.eu", send_events: "true", retries: "3" },
      tags: ["managed"],
    });
    expect(subscription!.statements[0].resources).toEqual(
      expect.arrayContaining(["proj/shop", "proj/shop:env/*:aiconfig/*", "proj/shop:ai-model-config/*"]),
    );
    expect(subscription!.lifecycle).toBeUndefined();
    expect(json.variable).toBeUndefined();
  });

  it("GIVEN a secret setting THEN it comes from a sensitive variable, and Terraform ignores its changes once created", () => {
    const json = synthAlone((scope) => {
      new AuditLogExport(scope, "audit-log", { ...EXPORT, secret: { field: "api_key", variable: "datadog_api_key" } });
    });
    const [subscription] = bodiesOf(json, "launchdarkly_audit_log_subscription");
    expect(subscription!.config.api_key).toBe("${var.datadog_api_key}");
    expect(subscription!.lifecycle).toEqual({ ignore_changes: ['config["api_key"]'] });
    expect(json.variable.datadog_api_key).toMatchObject({ type: "string", sensitive: true });
    expect(json.variable.datadog_api_key.description).toContain("TF_VAR_datadog_api_key");
  });
});
