import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { exampleCatalog, replace, REPO_ROOT } from "./helpers/catalog-fixture";

/** main.ts is the cdktf app entry (cdktf.json "app"), for anyone who runs `cdktf synth` instead of `npm run synth`. */
function runMain(root: string, outdir: string) {
  return spawnSync(process.execPath, ["--require", "tsx/cjs", path.join(REPO_ROOT, "main.ts")], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, AIC_ROOT: root, CDKTF_OUTDIR: outdir },
  });
}

describe("main.ts (the cdktf app entry)", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "aic-main-"));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it("GIVEN a valid catalog THEN it synthesizes every stack into CDKTF_OUTDIR", () => {
    const run = runMain(exampleCatalog(), path.join(work, "ok"));
    expect(run.status).toBe(0);
    expect(fs.readdirSync(path.join(work, "ok/stacks")).sort()).toContain("launchdarkly");
  });

  it("GIVEN an invalid catalog THEN it prints the problems and exits 1 without synthesizing", () => {
    const run = runMain(
      exampleCatalog({ "configs/project.yaml": replace("instance: eu", "instance: mars") }),
      path.join(work, "bad"),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('configs/project.yaml:3:11: error: "instance" must be one of eu, us, federal');
    expect(fs.existsSync(path.join(work, "bad"))).toBe(false);
  });
});
