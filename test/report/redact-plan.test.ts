import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { EXAMPLE_ROOT, REPO_ROOT } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";

const FIXTURES = path.join(REPO_ROOT, "test/fixtures/plans");
const SECRETS = [
  "sdk-11111111-2222-3333-4444-555555555555",
  "sdk-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
  "sdk-99999999-8888-7777-6666-555555555555",
];
const HEC_TOKEN = "hec-00000000-1111-2222-3333-444444444444";

describe("aic redact-plan", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "aic-redact-"));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  /** Each fixture plan redacted into DIR, as the plan workflow uploads it. */
  function redactFixturesInto(dir: string): void {
    fs.mkdirSync(dir);
    for (const name of fs.readdirSync(FIXTURES)) {
      const run = runAic(["redact-plan", path.join(FIXTURES, name)]);
      expect(run).toMatchObject({ code: 0, stderr: "" });
      fs.writeFileSync(path.join(dir, name), run.stdout);
    }
  }

  it("GIVEN plans that hold SDK keys THEN the redacted plans hold none, and keep every change's non-sensitive values", () => {
    const dir = path.join(work, "redacted");
    redactFixturesInto(dir);
    for (const name of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, name), "utf8");
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      const original = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8"));
      const redacted = JSON.parse(text);
      expect(redacted.resource_changes.map((c: { address: string }) => c.address)).toEqual(
        original.resource_changes.map((c: { address: string }) => c.address),
      );
    }
    const aws = JSON.parse(fs.readFileSync(path.join(dir, "aws-production.json"), "utf8")).resource_changes[0].change;
    expect(aws.before.secret_string).toMatch(/^\(sensitive [0-9a-f]{16}\)$/);
    expect(aws.after.secret_string).toMatch(/^\(sensitive [0-9a-f]{16}\)$/);
    expect(aws.after.secret_string).not.toBe(aws.before.secret_string);
    expect(aws.after.secret_id).toBe(aws.before.secret_id);
  });

  it("THEN aic report writes the same comment from the redacted plans as from the originals", () => {
    const dir = path.join(work, "for-report");
    redactFixturesInto(dir);
    const fromOriginals = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", FIXTURES]);
    const fromRedacted = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", dir]);
    expect(fromRedacted.code).toBe(0);
    expect(fromRedacted.stdout).toBe(fromOriginals.stdout);
    expect(fromRedacted.stdout).toContain("secret_string (sensitive)");
  });

  it("GIVEN a plan whose state, planned values, variables and configuration hold a token THEN only the changes are kept", () => {
    const file = path.join(work, "full-plan.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        format_version: "1.2",
        terraform_version: "1.10.5",
        variables: { splunk_hec_token: { value: HEC_TOKEN } },
        planned_values: {
          root_module: {
            resources: [{ values: { config: { token: HEC_TOKEN } }, sensitive_values: { config: true } }],
          },
        },
        prior_state: { values: { root_module: { resources: [{ values: { config: { token: HEC_TOKEN } } }] } } },
        configuration: { root_module: {} },
        resource_changes: [
          {
            address: "launchdarkly_audit_log_subscription.siem",
            type: "launchdarkly_audit_log_subscription",
            change: {
              actions: ["no-op"],
              before: { name: "SIEM", config: { token: HEC_TOKEN } },
              after: { name: "SIEM", config: { token: HEC_TOKEN } },
              before_sensitive: { config: { token: true } },
              after_sensitive: { config: { token: true } },
            },
          },
        ],
      }),
    );
    const run = runAic(["redact-plan", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(HEC_TOKEN);
    const redacted = JSON.parse(run.stdout);
    expect(Object.keys(redacted).sort()).toEqual(["format_version", "resource_changes"]);
    expect(redacted.resource_changes[0].change.after).toEqual({
      name: "SIEM",
      config: { token: expect.stringMatching(/^\(sensitive [0-9a-f]{16}\)$/) },
    });
    expect(redacted.resource_changes[0].change.after.config.token).toBe(
      redacted.resource_changes[0].change.before.config.token,
    );
  });

  it("GIVEN a file that is missing or not a plan THEN it says which, writes nothing, and exits 1", () => {
    const missing = path.join(work, "missing.json");
    expect(runAic(["redact-plan", missing])).toEqual({
      code: 1,
      stdout: "",
      stderr: `${missing}:1:1: error: no such file\n`,
    });
    const notPlan = path.join(work, "not-plan.json");
    fs.writeFileSync(notPlan, "{}");
    expect(runAic(["redact-plan", notPlan])).toEqual({
      code: 1,
      stdout: "",
      stderr: `${notPlan}:1:1: error: not a Terraform JSON plan (format_version: Invalid input: expected string, received undefined)\n`,
    });
  });
});
