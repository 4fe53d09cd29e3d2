import { spawn } from "node:child_process";
import * as path from "node:path";
import * as os from "node:os";
import { EXAMPLE_ROOT, REPO_ROOT } from "../helpers/catalog-fixture";
import { useLaunchDarklyStandIn } from "../helpers/use-launchdarkly-stand-in";
import { runAicAsync as aic, type CliRun } from "../helpers/run-cli";

describe("aic verify-live (as a process)", () => {
  const ld = useLaunchDarklyStandIn();

  const args = (...extra: string[]) => [
    "verify-live",
    "--root",
    EXAMPLE_ROOT,
    "--project-prefix",
    "aic-verify",
    "--api-host",
    ld.host,
    ...extra,
  ];
  const nothingLeft = () => {
    expect([
      ...ld.standIn.account.projects.keys(),
      ...ld.standIn.account.roles.keys(),
      ...ld.standIn.account.teams.keys(),
    ]).toEqual([]);
  };

  it("GIVEN LaunchDarkly answering as assumed THEN one table with every row confirmed, exit 0, the token never printed", async () => {
    const run = await aic(args(), ld.env());
    expect(run.code).toBe(0);
    const rows = run.stdout.split("\n").filter((l) => /^\| [a-z-]+(:[A-Za-z]+)?: /.test(l));
    expect(rows).toHaveLength(13);
    for (const row of rows) expect(row).toContain(" | confirmed | ");
    expect(run.stdout).toContain("13 confirmed, 0 contradicted, 0 skipped");
    expect(run.stdout).toMatch(
      /clean-up: deleted team aic-verify-[0-9a-f]{6}-team, .*, project aic-verify-[0-9a-f]{6}\n/,
    );
    expect(run.stdout + run.stderr).not.toContain(ld.standIn.token);
    nothingLeft();
  });

  it("GIVEN contradictions and --format json THEN the record names each answer and exit is 1", async () => {
    ld.standIn.live.resourceKinds = new Set(["flag", "segment"]);
    ld.standIn.live.dropRoleActions.add("reviewApprovalRequest");
    const run = await aic(args("--format", "json"), ld.env());
    expect(run.code).toBe(1);
    const record = JSON.parse(run.stdout);
    expect(record.exitCode).toBe(1);
    const byId = Object.fromEntries(record.findings.map((f: any) => [f.id, f]));
    expect(byId["approval-resource-kind"]).toMatchObject({
      result: "contradicted",
      answer: expect.stringContaining("read back: flag, segment; refused: aiconfig (400 Bad Request"),
      reliedOnBy: "the constant AI_CONFIG_RESOURCE_KIND (src/targeting/reconcile.ts)",
    });
    expect(byId["role-actions:reviewApprovals"]).toMatchObject({
      result: "contradicted",
      answer: "dropped reviewApprovalRequest on proj/P:aiconfig/*",
    });
    expect(record.cleanup.left).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain(ld.standIn.token);
    nothingLeft();
  });

  it("GIVEN Ctrl-C midway THEN it stops, deletes what it made, says so, and exits 1", async () => {
    const run = await new Promise<CliRun>((resolve) => {
      const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin/aic.js"), ...args()], {
        cwd: os.tmpdir(),
        env: { ...process.env, GITHUB_ACTIONS: undefined, AIC_DEBUG: undefined, ...ld.env() },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      // Once: the child handles the signal a few requests later, and a second Ctrl-C abandons the clean-up.
      let interrupted = false;
      ld.standIn.onRequest = (method, p) => {
        if (interrupted || method !== "POST" || p !== "/api/v2/roles") return;
        interrupted = true;
        child.kill("SIGINT");
      };
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("aic: interrupted; deleting the scratch project first");
    expect(run.stdout).toContain("interrupted (Ctrl-C): the remaining checks were skipped");
    expect(run.stdout).toMatch(/\| skipped \| not checked: interrupted \(Ctrl-C\) \|/);
    nothingLeft();
  });

  it("GIVEN no token or a prefix LaunchDarkly would refuse THEN it is a usage mistake, and nothing is sent", async () => {
    const noToken = await aic(args(), { LAUNCHDARKLY_ACCESS_TOKEN: undefined });
    expect(noToken).toMatchObject({ code: 2, stderr: "aic: LAUNCHDARKLY_ACCESS_TOKEN is not set\n" });
    const badPrefix = await aic(
      ["verify-live", "--root", EXAMPLE_ROOT, "--project-prefix", "my project", "--api-host", ld.host],
      ld.env(),
    );
    expect(badPrefix.code).toBe(2);
    expect(badPrefix.stderr).toContain("--project-prefix my project: expected up to 40 letters");
    expect(ld.standIn.requests).toEqual([]);
  });
});
