import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { EXAMPLE_ROOT, FOUR_ENVIRONMENTS_ROOT, REPO_ROOT } from "../helpers/catalog-fixture";
import { catalogAt, synthAll } from "../helpers/synth";
import { plannedStacks } from "../../src/report/stacks";
import { runAic } from "../helpers/run-cli";
import { COMMENT_LIMIT } from "../../src/report/comment";

const FIXTURES = path.join(REPO_ROOT, "test/fixtures/plans");
const SECRETS = [
  "sdk-11111111-2222-3333-4444-555555555555",
  "sdk-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
  "sdk-99999999-8888-7777-6666-555555555555",
];

describe("aic report", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "aic-report-"));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it("GIVEN plans of two stacks THEN one comment counts each stack's changes and lists them in words", () => {
    const run = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", FIXTURES]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("### `launchdarkly`: 1 to add, 1 to change, 1 to replace, 1 to destroy");
    expect(run.stdout).toContain("### `aws-production`: 0 to add, 1 to change, 0 to replace, 0 to destroy");
    expect(run.stdout).toContain("- update `launchdarkly_project.project_22F52B9F`: environments (sensitive), name");
    expect(run.stdout).toContain("- create `launchdarkly_model_config.models_nova-lite-0a1b2c3d_11111111`");
    expect(run.stdout).not.toContain("launchdarkly_metric");
  });

  it("GIVEN the eval job stopped before writing results THEN the comment's Evals section says that nothing is known, and why", () => {
    const run = runAic([
      "report",
      "--root",
      EXAMPLE_ROOT,
      "--plans",
      FIXTURES,
      "--evals-missing",
      "the eval job ended: failure",
    ]);
    expect(run.code).toBe(0);
    const section = run.stdout.slice(run.stdout.indexOf("## Evals"), run.stdout.indexOf("## Plans"));
    expect(section).toContain(
      "> No eval results (the eval job ended: failure): whether this change answers better or worse is unknown.",
    );
    expect(
      runAic(["report", "--root", EXAMPLE_ROOT, "--plans", FIXTURES, "--evals-missing", "x", "--evals", "y.json"]),
    ).toMatchObject({ code: 2, stderr: "aic: --evals and --evals-missing are alternatives: give one\n" });
  });

  it("THEN a replaced terraform_data of an ld-<env> stack says which experiment or targeting it reconciles", () => {
    const run = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", FIXTURES]);
    expect(run.stdout).toContain(
      "- REPLACE `terraform_data.experiment-support-assistant-friendly-v2-feedback_targeting_5A3C9E21`: runs the reconciler for support-assistant/friendly-v2-feedback in production",
    );
  });

  it("THEN replacing a variation is flagged loudly, and an expected model-config swap is not", () => {
    const run = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", FIXTURES]);
    expect(run.stdout).toContain(
      "> REPLACE `launchdarkly_ai_config_variation.ai-configs_support-assistant-friendly-v2_832B6841`: what LaunchDarkly serves",
    );
    expect(run.stdout).not.toMatch(/> DESTROY `launchdarkly_model_config/);
  });

  it("THEN no sensitive value reaches the comment or the full report", () => {
    const full = path.join(work, "full.md");
    const run = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", FIXTURES, "--full", full]);
    for (const secret of SECRETS) {
      expect(run.stdout).not.toContain(secret);
      expect(fs.readFileSync(full, "utf8")).not.toContain(secret);
    }
    expect(run.stdout).toContain(
      "- update `aws_secretsmanager_secret_version.secrets_sdk-key-value_C83D8912`: secret_string (sensitive)",
    );
  });

  it("GIVEN secrets withheld from the plans THEN the comment says, above the plans, what they could not refresh", () => {
    const run = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", FIXTURES, "--withheld", "splunk_hec_token"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "\n\n> [!NOTE]\n> Not refreshed in these plans: `splunk_hec_token`. Secrets that a plan does not need never reach pull-request jobs",
    );
    expect(runAic(["report", "--root", EXAMPLE_ROOT, "--plans", FIXTURES]).stdout).not.toContain("Not refreshed");
  });

  it("GIVEN the impact Markdown THEN it comes first", () => {
    const impact = path.join(work, "impact.md");
    fs.writeFileSync(impact, "## What this change reaches\n\nReaches **production**.\n");
    const run = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", FIXTURES, "--impact", impact]);
    expect(run.stdout.indexOf("## What this change reaches")).toBeLessThan(run.stdout.indexOf("## Plans"));
  });

  it("GIVEN thousands of changes THEN the comment stays under GitHub's limit and the full report keeps everything", () => {
    const plans = path.join(work, "big");
    fs.mkdirSync(plans);
    const changes = Array.from({ length: 3000 }, (_, i) => ({
      address: `launchdarkly_ai_config_variation.generated_${i}_ABCDEF12`,
      type: "launchdarkly_ai_config_variation",
      change: { actions: ["update"], before: { name: `v${i}` }, after: { name: `v${i}!` } },
    }));
    fs.writeFileSync(
      path.join(plans, "launchdarkly.json"),
      JSON.stringify({ format_version: "1.2", resource_changes: changes }),
    );
    const full = path.join(work, "big.md");
    const run = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", plans, "--full", full]);
    expect(run.stdout.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(run.stdout).toContain("### `launchdarkly`: 0 to add, 3000 to change, 0 to replace, 0 to destroy");
    expect(run.stdout).toContain("the full report is in the workflow's artifacts");
    expect(fs.readFileSync(full, "utf8")).toContain("generated_2999_ABCDEF12");
  });

  it("GIVEN a file that is not a plan THEN it says which, and exits 1", () => {
    const plans = path.join(work, "bad");
    fs.mkdirSync(plans);
    fs.writeFileSync(path.join(plans, "ld-dev.json"), JSON.stringify({ format_version: "0.1" }));
    const run = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", plans]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${path.join(plans, "ld-dev.json")}:1:1: error: not a Terraform JSON plan (format_version: must be a Terraform JSON plan, format_version 1.x)\n`,
    );
  });

  it("GIVEN plans missing for some stacks THEN the comment and stderr name them", () => {
    const run = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", FIXTURES]);
    expect(run.code).toBe(0);
    const missing = "`ld-dev`, `aws-dev`, `ld-staging`, `aws-staging`";
    expect(run.stdout).toContain(
      `> [!WARNING]\n> No plan for ${missing}: their plan jobs failed or did not run, so this comment does not show what those stacks would change.`,
    );
    expect(run.stderr).toBe("aic: no plan for ld-dev, aws-dev, ld-staging, aws-staging: the comment says so\n");
  });

  it("GIVEN every planned stack's plan THEN no warning", () => {
    const plans = path.join(work, "all");
    fs.mkdirSync(plans);
    for (const stack of plannedStacks(catalogAt(EXAMPLE_ROOT)))
      fs.writeFileSync(
        path.join(plans, `${stack}.json`),
        JSON.stringify({ format_version: "1.2", resource_changes: [] }),
      );
    const run = runAic(["report", "--root", EXAMPLE_ROOT, "--plans", plans]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).not.toContain("No plan for");
  });
});

describe("the stacks the pipeline plans", () => {
  it("GIVEN any catalog THEN they are the synthesized stacks but bootstrap", () => {
    const catalog = catalogAt(FOUR_ENVIRONMENTS_ROOT);
    expect([...plannedStacks(catalog)].sort()).toEqual(
      Object.keys(synthAll(catalog))
        .filter((s) => s !== "bootstrap")
        .sort(),
    );
  });
});
