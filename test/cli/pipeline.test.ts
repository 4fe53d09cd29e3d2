import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { EXAMPLE_ROOT, exampleCatalog, renameEnvironment } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";
import { catalogAt, synthAll } from "../helpers/synth";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aic-pipeline-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
};
const showJson = (desired: string, environments: Record<string, unknown> = {}) => ({
  format_version: "1.2",
  resource_changes: [
    {
      address: "terraform_data.t",
      type: "terraform_data",
      change: { actions: ["update"], before: { input: "a" }, after: { input: desired } },
    },
    {
      address: "launchdarkly_project.p",
      type: "launchdarkly_project",
      change: {
        actions: ["update"],
        before: { environments: { production: { critical: true }, ...environments } },
        after: { environments },
      },
    },
  ],
});

describe("aic plan-record", () => {
  it("GIVEN a plan THEN it prints the record; GIVEN the reviewed record and the same plan again THEN it confirms it", () => {
    const plan = write("plan.json", showJson("b"));
    const run = runAic(["plan-record", plan, "--stack", "launchdarkly", "--commit", "abc123"]);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record).toMatchObject({
      stack: "launchdarkly",
      commit: "abc123",
      changes: true,
      removedEnvironments: [{ key: "production", gated: true }],
    });
    const reviewed = write("records/launchdarkly.json", run.stdout);
    const again = runAic([
      "plan-record",
      plan,
      "--stack",
      "launchdarkly",
      "--commit",
      "abc123",
      "--reviewed",
      reviewed,
    ]);
    expect(again).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /^the plan of launchdarkly is the reviewed one \(commit abc123, digest [0-9a-f]{16}\)\n$/,
      ),
    });
  });

  it("GIVEN a plan made after the approval that differs from the reviewed one THEN it exits 1, says nothing was applied and what to do", () => {
    const reviewed = write(
      "records/ld.json",
      runAic(["plan-record", write("p1.json", showJson("b")), "--stack", "ld-dev", "--commit", "abc"]).stdout,
    );
    const run = runAic(
      ["plan-record", write("p2.json", showJson("c")), "--stack", "ld-dev", "--commit", "abc", "--reviewed", reviewed],
      { GITHUB_ACTIONS: "true" },
    );
    expect(run.code).toBe(1);
    const message =
      "the plan of ld-dev changed since it was reviewed (the state or what is live moved in between): nothing was applied; re-run all jobs of this workflow, so that reviewers see and approve the new plan";
    expect(run.stderr).toBe(`aic: ${message}\n`);
    expect(run.stdout).toBe(`::error::${message}\n`);
  });

  it("GIVEN a file that is no plan THEN it is a usage error", () => {
    const run = runAic(["plan-record", write("not-a-plan.json", { hello: 1 }), "--stack", "x", "--commit", "y"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not a Terraform JSON plan \(format_version/);
  });
});

describe("aic gates", () => {
  const record = (stack: string, changes: boolean, removedEnvironments: unknown[] = []) => ({
    stack,
    commit: "abc",
    digest: "0".repeat(64),
    changes,
    removedEnvironments,
  });

  it("GIVEN an impact and reviewed records THEN it prints one $GITHUB_OUTPUT line per apply job and the approvals", () => {
    const stacks = [
      "launchdarkly",
      "ld-dev",
      "aws-dev",
      "ld-staging",
      "aws-staging",
      "ld-production",
      "aws-production",
    ];
    const records = path.join(dir, "gates-records");
    for (const stack of stacks) write(`gates-records/${stack}.json`, record(stack, stack === "ld-staging"));
    const impact = write("gates-impact.json", {
      stacks: Object.fromEntries(stacks.map((s) => [s, s === "ld-staging"])),
      environmentChanges: { added: [], removed: [], renamed: [] },
    });
    const run = runAic(["gates", "--root", EXAMPLE_ROOT, "--impact", impact, "--records", records]);
    expect(run).toMatchObject({
      code: 0,
      stdout: "apply-launchdarkly=false\napply-dev=false\napply-staging=true\napply-production=false\napprovals=[]\n",
    });
  });

  it("GIVEN production renamed and acknowledged, and the launchdarkly plan deleting it THEN production's reviewers must approve; unacknowledged, it exits 1", () => {
    write("rename-records/launchdarkly.json", record("launchdarkly", true, [{ key: "production", gated: true }]));
    const impact = write("rename-impact.json", {
      stacks: {},
      environmentChanges: {
        removed: [],
        renamed: [{ key: "production", gated: true, to: "prod", acknowledged: true }],
      },
    });
    const acknowledged = exampleCatalog(renameEnvironment(EXAMPLE_ROOT, "production", "prod", { acknowledged: true }));
    const run = runAic([
      "gates",
      "--root",
      acknowledged,
      "--impact",
      impact,
      "--records",
      path.join(dir, "rename-records"),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('approvals=["production"]\n');

    const forced = exampleCatalog(renameEnvironment(EXAMPLE_ROOT, "production", "prod"));
    const refused = runAic([
      "gates",
      "--root",
      forced,
      "--impact",
      impact,
      "--records",
      path.join(dir, "rename-records"),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "aic: cannot be applied as it is: the plan of launchdarkly deletes the gated environment production, and configs/project.yaml does not acknowledge it",
    );
    expect(refused.stdout).not.toContain("apply-");
  });
});

describe("aic vet-stack", () => {
  const stacks = synthAll(catalogAt(EXAMPLE_ROOT));

  it("GIVEN the stack main synthesizes THEN it may be planned; GIVEN one that reads a secret's value THEN it exits 1 and is not planned", () => {
    const ok = runAic([
      "vet-stack",
      "--root",
      EXAMPLE_ROOT,
      "--stack",
      "aws-production",
      write("aws-production.json", stacks["aws-production"]),
    ]);
    expect(ok.code).toBe(0);
    const tampered = {
      ...stacks["aws-production"],
      data: { ...stacks["aws-production"]!.data, aws_secretsmanager_secret_version: { x: { secret_id: "s" } } },
    };
    const run = runAic([
      "vet-stack",
      "--root",
      EXAMPLE_ROOT,
      "--stack",
      "aws-production",
      write("tampered.json", tampered),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "reads data source aws_secretsmanager_secret_version, which main's stack does not read",
    );
    expect(run.stderr).toContain("aic: aws-production is not planned here; it is planned on merge, from main");
  });

  it("GIVEN a stack main does not have THEN it exits 1", () => {
    const run = runAic([
      "vet-stack",
      "--root",
      EXAMPLE_ROOT,
      "--stack",
      "ld-prod",
      write("ld-prod.json", stacks["ld-production"]),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("ld-prod is not a stack of the catalog");
  });
});
