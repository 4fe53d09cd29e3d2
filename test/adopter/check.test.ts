import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { catalogCopy, EXAMPLE_ROOT, REPO_ROOT } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";

describe("aic check: what a catalog's repository must hold true", () => {
  it("GIVEN this repository's own catalog THEN it validates, synthesizes and its generated files are current", () => {
    // The one test that reads configs/ and prompts/: it asserts nothing about what they hold, only that the
    // organisation's catalog and the files generated from it agree.
    const run = runAic(["check", "--root", REPO_ROOT]);
    expect(run.stdout + run.stderr).toContain("generated files current");
    expect(run.code).toBe(0);
  });

  it("GIVEN a catalog whose generated pages are missing or stale THEN it names each file and the command that fixes it", () => {
    const root = catalogCopy(EXAMPLE_ROOT);
    expect(runAic(["docs", "--root", root]).code).toBe(0);
    expect(runAic(["workflows", "--root", root]).code).toBe(0);
    fs.appendFileSync(path.join(root, "docs/access.md"), "edited by hand\n");
    fs.rmSync(path.join(root, "docs/catalog.md"));

    const run = runAic(["check", "--root", root]);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "docs/access.md:1:1: error: is stale: run `npm run aic -- docs` and commit the result",
    );
    expect(run.stdout).toContain("docs/catalog.md:1:1: error: is missing: run `npm run aic -- docs` and commit it");
  });

  it("GIVEN a catalog whose workflows were never generated THEN check names each workflow and the README, and the command that writes them", () => {
    const root = catalogCopy(EXAMPLE_ROOT);
    expect(runAic(["docs", "--root", root]).code).toBe(0);
    const run = runAic(["check", "--root", root]);
    expect(run.code).toBe(1);
    for (const file of [
      ".github/workflows/plan.yml",
      ".github/workflows/plan-stacks.yml",
      ".github/workflows/apply.yml",
      ".github/workflows/drift.yml",
      "README.md",
    ]) {
      expect(run.stdout).toContain(`${file}:1:1: error: is missing: run \`npm run aic -- workflows\` and commit it`);
    }
  });

  it("GIVEN variable types declared under generated: THEN a stale types file fails the check", () => {
    const root = catalogCopy(EXAMPLE_ROOT, {
      "configs/project.yaml": (old) => `${old}\ngenerated:\n  variableTypes: [app/src/variables.ts]\n`,
    });
    expect(runAic(["docs", "--root", root]).code).toBe(0);
    expect(runAic(["workflows", "--root", root]).code).toBe(0);
    expect(runAic(["types", "--root", root, "--out", path.join(root, "app/src/variables.ts")]).code).toBe(0);
    expect(runAic(["check", "--root", root]).code).toBe(0);

    const file = path.join(root, "configs/ai-configs/support-assistant.yaml");
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, "utf8")
        .replace("  - name: tone\n", "  - name: mood\n    required: false\n  - name: tone\n"),
    );

    const run = runAic(["check", "--root", root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "app/src/variables.ts:1:1: error: is stale: run `npm run aic -- types --out app/src/variables.ts` and commit the result",
    );
  });

  it("GIVEN a generated file the catalog names that links outside the root THEN check refuses it, whatever it holds", () => {
    const root = catalogCopy(EXAMPLE_ROOT, {
      "configs/project.yaml": (old) => `${old}\ngenerated:\n  variableTypes: [app/src/variables.ts]\n`,
    });
    expect(runAic(["docs", "--root", root]).code).toBe(0);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "aic-outside-"));
    expect(runAic(["types", "--root", root, "--out", path.join(outside, "variables.ts")]).code).toBe(0);
    fs.mkdirSync(path.join(root, "app/src"), { recursive: true });
    fs.symlinkSync(path.join(outside, "variables.ts"), path.join(root, "app/src/variables.ts"));

    const run = runAic(["check", "--root", root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "app/src/variables.ts:1:1: error: is a symbolic link to a path outside the catalog root",
    );
  });

  it("GIVEN an invalid catalog THEN it prints every problem and exits 1", () => {
    const root = catalogCopy(EXAMPLE_ROOT, {
      "configs/models.yaml": (old) => old.replace("contextWindow: 200000", "contextWindow: lots"),
    });
    const run = runAic(["check", "--root", root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/configs\/models\.yaml:\d+:\d+: error: "models\[0\]\.contextWindow" must be a number/);
  });
});
