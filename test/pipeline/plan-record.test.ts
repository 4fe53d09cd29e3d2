import {
  differenceFromReviewed,
  planRecord,
  terraformPlanSchema,
  type TerraformPlan,
} from "../../src/pipeline/plan-record";

/** A plan as `terraform show -json` writes it, reduced to what matters here, with the noise a second plan changes. */
function plan(
  overrides: { secret?: string; input?: string; timestamp?: string; actions?: string[] } = {},
): TerraformPlan {
  return terraformPlanSchema.parse({
    format_version: "1.2",
    timestamp: overrides.timestamp ?? "2026-11-30T10:00:00Z",
    prior_state: { serial: overrides.timestamp ? 9 : 8 },
    resource_changes: [
      {
        address: "terraform_data.targeting",
        type: "terraform_data",
        change: {
          actions: overrides.actions ?? ["delete", "create"],
          before: { input: { desired: "friendly-v1" } },
          after: { input: { desired: overrides.input ?? "friendly-v2" } },
          after_unknown: { id: true },
        },
      },
      {
        address: "aws_secretsmanager_secret_version.sdk_key",
        type: "aws_secretsmanager_secret_version",
        change: {
          actions: ["update"],
          before: { secret_string: "sdk-old" },
          after: { secret_string: overrides.secret ?? "sdk-1" },
          before_sensitive: { secret_string: true },
          after_sensitive: { secret_string: true },
        },
      },
    ],
  });
}

describe("plan records: what the apply job checks its own plan against", () => {
  it("GIVEN the same changes planned twice, at other times and serials THEN the digests are equal", () => {
    expect(planRecord("ld-dev", "abc", plan()).digest).toBe(
      planRecord("ld-dev", "abc", plan({ timestamp: "2026-11-30T12:00:00Z" })).digest,
    );
  });

  it("GIVEN a different planned value THEN the digest differs and the apply is refused, telling the reviewer to re-run", () => {
    const reviewed = planRecord("ld-dev", "abc", plan());
    const now = planRecord("ld-dev", "abc", plan({ input: "expert-v3" }));
    expect(now.digest).not.toBe(reviewed.digest);
    expect(differenceFromReviewed(reviewed, now)).toBe(
      "the plan of ld-dev changed since it was reviewed (the state or what is live moved in between)",
    );
  });

  it("GIVEN only a sensitive value differs THEN the digest is equal: reviewers never see it, and the record holds none", () => {
    const record = planRecord("aws-dev", "abc", plan({ secret: "sdk-2" }));
    expect(record.digest).toBe(planRecord("aws-dev", "abc", plan()).digest);
    expect(JSON.stringify(record)).not.toContain("sdk-");
  });

  it("GIVEN a record of another commit or stack THEN the apply is refused, naming it", () => {
    const now = planRecord("ld-dev", "abc", plan());
    expect(differenceFromReviewed({ ...now, commit: "def" }, now)).toBe(
      "the reviewed plan of ld-dev was made from commit def, not abc",
    );
    expect(differenceFromReviewed({ ...now, stack: "ld-production" }, now)).toBe(
      "the reviewed record is of stack ld-production, not ld-dev",
    );
    expect(differenceFromReviewed(now, now)).toBeUndefined();
  });

  it("GIVEN only no-op and read actions THEN the record says the plan changes nothing", () => {
    const quiet = terraformPlanSchema.parse({
      format_version: "1.2",
      resource_changes: [
        { address: "a.b", type: "a", change: { actions: ["no-op"] } },
        { address: "data.c.d", type: "c", change: { actions: ["read"] } },
      ],
    });
    expect(planRecord("ld-dev", "abc", quiet).changes).toBe(false);
    expect(planRecord("ld-dev", "abc", plan()).changes).toBe(true);
  });

  it("GIVEN a launchdarkly plan that drops environments from the project THEN the record names them, gated from what is live", () => {
    const environments = {
      dev: { key: "dev", critical: false, approval_settings: { required: false } },
      sandbox: { key: "sandbox", critical: false, approval_settings: { required: false } },
      prod: { key: "prod", critical: false, approval_settings: { required: true } },
      production: { key: "production", critical: true },
    };
    const update = terraformPlanSchema.parse({
      format_version: "1.2",
      resource_changes: [
        {
          address: "launchdarkly_project.p",
          type: "launchdarkly_project",
          change: {
            actions: ["update"],
            before: { environments },
            after: { environments: { dev: environments.dev, eu: { key: "eu" } } },
          },
        },
      ],
    });
    expect(planRecord("launchdarkly", "abc", update).removedEnvironments).toEqual([
      { key: "sandbox", gated: false },
      { key: "prod", gated: true },
      { key: "production", gated: true },
    ]);
    const replace = terraformPlanSchema.parse({
      format_version: "1.2",
      resource_changes: [
        {
          address: "launchdarkly_project.p",
          type: "launchdarkly_project",
          change: {
            actions: ["delete", "create"],
            before: { environments: { dev: environments.dev } },
            after: { environments: { dev: environments.dev } },
          },
        },
      ],
    });
    expect(planRecord("launchdarkly", "abc", replace).removedEnvironments).toEqual([{ key: "dev", gated: false }]);
  });
});
