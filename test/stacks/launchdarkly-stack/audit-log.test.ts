import { byKey, launchDarklyStack } from "../../helpers/ld-stack";

describe("the launchdarkly stack of the example catalog: AuditLogExport", () => {
  const stack = launchDarklyStack();

  it("GIVEN an audit-log export in project.yaml THEN the subscription takes its secret from a sensitive variable", () => {
    const subscription = byKey(stack, "launchdarkly_audit_log_subscription", "integration_key").splunk!;
    expect(subscription).toMatchObject({
      name: "Audit log to Splunk",
      on: true,
      config: {
        base_url: "https://splunk.example.org:8088",
        skip_ca_verification: "false",
        token: "${var.splunk_hec_token}",
      },
    });
    expect(subscription.statements[0].resources).toContain("proj/support-ai:env/*:aiconfig/*");
    expect(stack.variable.splunk_hec_token).toMatchObject({ type: "string", sensitive: true });
  });

  it("THEN Terraform ignores changes to the secret once the subscription exists, so plans, which never receive it, show none", () => {
    const subscription = byKey(stack, "launchdarkly_audit_log_subscription", "integration_key").splunk!;
    expect(subscription.lifecycle).toEqual({ ignore_changes: ['config["token"]'] });
  });

  it("GIVEN no audit-log export THEN there is no subscription and no variable", () => {
    const without = launchDarklyStack({
      "configs/project.yaml": (old) => old.slice(0, old.indexOf("# LaunchDarkly audit log export")),
    });
    expect(without.resource.launchdarkly_audit_log_subscription).toBeUndefined();
    expect(without.variable).toBeUndefined();
  });
});
