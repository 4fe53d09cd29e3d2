import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { FOUR_ENVIRONMENTS_ROOT, REPO_ROOT } from "../helpers/catalog-fixture";

/**
 * A copy of this repository's committed files, with node_modules linked entry by entry (its own .cache, so that
 * the CLI bundle the copy builds never replaces this checkout's).
 */
function copyOfRepository(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aic-adopter-"));
  const files = execFileSync("git", ["-C", REPO_ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    encoding: "utf8",
  })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    const from = path.join(REPO_ROOT, file);
    if (!fs.existsSync(from)) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, file));
  }
  fs.mkdirSync(path.join(dir, "node_modules"));
  for (const entry of fs.readdirSync(path.join(REPO_ROOT, "node_modules"))) {
    if (entry !== ".cache")
      fs.symlinkSync(path.join(REPO_ROOT, "node_modules", entry), path.join(dir, "node_modules", entry));
  }
  return dir;
}

describe("an organisation's repository with its own catalog", () => {
  let dir: string;
  beforeAll(() => {
    dir = copyOfRepository();
    // What an adopting team does (README, "Your own catalog"): replace the example's files with its own, then
    // regenerate what is generated from them.
    for (const data of ["configs", "prompts", "evals"]) {
      fs.rmSync(path.join(dir, data), { recursive: true, force: true });
      if (fs.existsSync(path.join(FOUR_ENVIRONMENTS_ROOT, data)))
        fs.cpSync(path.join(FOUR_ENVIRONMENTS_ROOT, data), path.join(dir, data), { recursive: true });
    }
    const aic = (...args: string[]) =>
      execFileSync(process.execPath, ["bin/aic.js", ...args], { cwd: dir, encoding: "utf8" });
    aic("docs");
    aic("workflows");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(
    "GIVEN another catalog in configs/ and prompts/ THEN the product's whole test suite passes there",
    () => {
      // Every suite but this one, which would copy the copy.
      const run = spawnSync(
        "npm",
        ["test", "--", "--ci", "--silent", "--testPathIgnorePatterns", "test/adopter/replaced-catalog"],
        {
          cwd: dir,
          encoding: "utf8",
          env: { ...process.env, CI: "true" },
          maxBuffer: 1 << 28,
        },
      );
      if (run.status !== 0)
        throw new Error(`npm test failed in the adopter's copy (${dir}):\n${(run.stdout + run.stderr).slice(-8000)}`);
      expect(run.stderr).toMatch(/Tests:\s+\d+ passed/);
    },
    30 * 60_000,
  );
});
