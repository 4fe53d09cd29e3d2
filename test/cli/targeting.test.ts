import { spawn } from "node:child_process";
import * as path from "node:path";
import { REPO_ROOT } from "../helpers/catalog-fixture";
import { LaunchDarklyStandIn } from "../helpers/launchdarkly-stand-in";
import { catalogAt } from "../helpers/synth";

/** Runs aic asynchronously: the stand-in answers from this process's event loop. */
function aic(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin/aic.js"), ...args], { cwd: REPO_ROOT, env: { ...process.env, GITHUB_ACTIONS: undefined, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("aic targeting (as a process)", () => {
  let standIn: LaunchDarklyStandIn;
  let host: string;
  beforeAll(async () => {
    standIn = new LaunchDarklyStandIn();
    for (const config of catalogAt(REPO_ROOT).aiConfigs) standIn.addConfig(config.key, config.variations.map((v) => v.key));
    host = await standIn.start();
  });
  afterAll(() => standIn.stop());

  it("GIVEN live targeting that differs THEN diff exits 3, apply fixes it, and diff then exits 0; the token is never printed", async () => {
    const env = { LAUNCHDARKLY_ACCESS_TOKEN: standIn.token };
    const before = await aic(["targeting", "diff", "--env", "staging", "--api-host", host], env);
    expect(before.code).toBe(3);
    expect(before.stdout).toContain("support-assistant in staging: would apply updateFallthroughVariationOrRollout, replaceRules, turnTargetingOn");
    const apply = await aic(["targeting", "apply", "--env", "staging", "--api-host", host, "--comment", "PR 42"], env);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain("support-assistant in staging: applied");
    const after = await aic(["targeting", "diff", "--env", "staging", "--api-host", host], env);
    expect(after).toMatchObject({ code: 0 });
    expect(after.stdout).toContain("support-assistant in staging: up to date");
    expect(after.stdout).toContain("AI Config approval settings in staging: up to date");
    for (const run of [before, apply, after]) expect(run.stdout + run.stderr).not.toContain(standIn.token);
  });

  it("GIVEN no token THEN it is a usage error", async () => {
    const run = await aic(["targeting", "plan", "--env", "dev", "--api-host", host], { LAUNCHDARKLY_ACCESS_TOKEN: undefined });
    expect(run).toMatchObject({ code: 2, stderr: "aic: LAUNCHDARKLY_ACCESS_TOKEN is not set\n" });
  });
});
