import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "../helpers/catalog-fixture";
import type { CliRun } from "../helpers/run-cli";

/**
 * A repository of the launcher's shape, small enough to rebuild in a moment: bin/aic.js itself, a CLI that prints
 * one line, and a stand-in for an inlined dependency (mustache) installed in its node_modules. esbuild comes from
 * the product's node_modules through NODE_PATH; the bundle and its code caches stay in the temporary repository.
 */
class LauncherRepository {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "aic-launcher-repo-"));

  constructor() {
    fs.mkdirSync(path.join(this.dir, "bin"));
    fs.copyFileSync(path.join(REPO_ROOT, "bin/aic.js"), path.join(this.dir, "bin/aic.js"));
    for (const dir of ["src/cli", "constructs", "stacks", ".gen"])
      fs.mkdirSync(path.join(this.dir, dir), { recursive: true });
    this.write("package.json", JSON.stringify({ name: "launcher-repo", dependencies: { mustache: "1.0.0" } }));
    this.write("tsconfig.json", JSON.stringify({ compilerOptions: { strict: true } }));
    this.write(
      "src/cli/main.ts",
      [
        'import { version } from "mustache";',
        'import { ANSWER } from "./answer";',
        'import { UNIT } from "./unit.js";',
        "console.log(`answer ${ANSWER} ${UNIT}, mustache ${version}`);",
      ].join("\n"),
    );
    this.write("src/cli/answer.ts", "export const ANSWER = 41;\n");
    this.write("src/cli/unit.js", 'exports.UNIT = "apples";\n');
    this.install("1.0.0");
  }

  write(file: string, text: string): void {
    fs.writeFileSync(path.join(this.dir, file), text);
  }

  /** As `npm ci` leaves it: the package's files and npm's record of what it installed, both written anew. */
  install(version: string): void {
    fs.mkdirSync(path.join(this.dir, "node_modules/mustache"), { recursive: true });
    this.write("node_modules/mustache/index.js", `exports.version = ${JSON.stringify(version)};\n`);
    this.write(
      "node_modules/.package-lock.json",
      JSON.stringify({ packages: { "node_modules/mustache": { version } } }),
    );
  }

  /** Sets a file's modification time back, as `cp -p`, rsync or an archive does when it puts an old copy back. */
  backdate(file: string): void {
    const past = new Date(Date.now() - 86_400_000);
    fs.utimesSync(path.join(this.dir, file), past, past);
  }

  /** Runs `node bin/aic.js validate`; "validate" names the code cache the launcher keeps for it. */
  launch(): CliRun {
    const result = spawnSync(process.execPath, [path.join(this.dir, "bin/aic.js"), "validate"], {
      encoding: "utf8",
      env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, "node_modules") },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** What the CLI prints, when the launcher ran it. */
  run(): string {
    const result = this.launch();
    if (result.code !== 0) throw new Error(`the launcher exited ${result.code}: ${result.stderr}`);
    return result.stdout.trim();
  }

  codeCaches(): string[] {
    return fs.readdirSync(path.join(this.dir, "node_modules/.cache/aic")).filter((f) => f.endsWith(".v8-cache"));
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

describe("the aic launcher, when its sources change", () => {
  let repo: LauncherRepository;
  beforeEach(() => {
    repo = new LauncherRepository();
    // Twice: the first run builds the bundle and writes the code cache, the second runs from that cache.
    expect(repo.run()).toBe("answer 41 apples, mustache 1.0.0");
    expect(repo.run()).toBe("answer 41 apples, mustache 1.0.0");
    expect(repo.codeCaches()).toHaveLength(1);
  });
  afterEach(() => repo.remove());

  it("GIVEN a code cache WHEN one character of a source changes, leaving the bundle as long as before THEN the changed code runs", () => {
    // V8 checks a code cache against the source's length only, so this edit once ran the old bundle's bytecode.
    const [before] = repo.codeCaches();
    repo.write("src/cli/answer.ts", "export const ANSWER = 42;\n");
    expect(repo.run()).toBe("answer 42 apples, mustache 1.0.0");
    const after = repo.codeCaches();
    expect(after).toHaveLength(1);
    expect(after).not.toContain(before);
  });

  it("GIVEN a bundle WHEN a source is put back with an older modification time THEN the bundle is rebuilt from it", () => {
    repo.write("src/cli/answer.ts", "export const ANSWER = 7;\n");
    repo.backdate("src/cli/answer.ts");
    expect(repo.run()).toBe("answer 7 apples, mustache 1.0.0");
  });

  it("GIVEN a bundle WHEN a JavaScript source changes THEN the bundle is rebuilt from it, not only for TypeScript", () => {
    repo.write("src/cli/unit.js", 'exports.UNIT = "pears";\n');
    expect(repo.run()).toBe("answer 41 pears, mustache 1.0.0");
  });

  it("GIVEN a bundle holding a dependency WHEN another version is installed THEN the bundle is rebuilt with it", () => {
    repo.install("2.0.0");
    for (const file of ["node_modules/mustache/index.js", "node_modules/.package-lock.json"]) repo.backdate(file);
    expect(repo.run()).toBe("answer 41 apples, mustache 2.0.0");
  });

  it("GIVEN a bundle WHEN nothing changed THEN it is neither rebuilt nor its code cache written again", () => {
    const bundle = path.join(repo.dir, "node_modules/.cache/aic/aic.js");
    const cache = path.join(repo.dir, "node_modules/.cache/aic", repo.codeCaches()[0]!);
    const before = [fs.statSync(bundle).mtimeMs, fs.statSync(cache).mtimeMs];
    expect(repo.run()).toBe("answer 41 apples, mustache 1.0.0");
    expect([fs.statSync(bundle).mtimeMs, fs.statSync(cache).mtimeMs]).toEqual(before);
  });
});

describe("the aic launcher, where it cannot keep or build its bundle", () => {
  let repo: LauncherRepository;
  beforeEach(() => (repo = new LauncherRepository()));
  afterEach(() => repo.remove());

  it("GIVEN a node_modules it cannot write to WHEN a command runs THEN it runs from a bundle built in memory", () => {
    // A file where the cache folder would go: as a read-only install does, it refuses the bundle (even to root).
    repo.write("node_modules/.cache", "");
    expect(repo.run()).toBe("answer 41 apples, mustache 1.0.0");
    repo.write("src/cli/answer.ts", "export const ANSWER = 43;\n");
    expect(repo.run()).toBe("answer 43 apples, mustache 1.0.0");
  });

  it("GIVEN a source that does not build WHEN a command runs THEN it exits 1 with esbuild's error and no stack trace", () => {
    repo.write("src/cli/answer.ts", "export const ANSWER = ;\n");
    const result = repo.launch();
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("src/cli/answer.ts:1:");
    expect(result.stderr).toContain("aic: the sources do not build (see above); nothing was run");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
