import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { EXAMPLE_ROOT, exampleCatalogInGit, renameEnvironment } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";

const gitRepoWithCatalog = () => exampleCatalogInGit();

describe("aic impact (as a process)", () => {
  it("GIVEN an edited prompt in a git working tree THEN JSON says which environments are reached, and the tree is untouched", () => {
    const root = gitRepoWithCatalog();
    const file = path.join(root, "prompts/support-assistant/friendly-v2.md");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace("Keep a {{tone}} tone.", "Keep a {{tone}}, patient tone."),
    );
    const before = execFileSync("git", ["-C", root, "status", "--porcelain"], { encoding: "utf8" });

    const run = runAic(["impact", "--base", "HEAD", "--root", root, "--format", "json"]);

    // friendly-v2 is a treatment of production's running experiment: the edit is refused (test/experiments/guard.test.ts).
    expect(run.code).toBe(1);
    const impact = JSON.parse(run.stdout);
    expect(
      Object.fromEntries(Object.entries(impact.environments).map(([k, e]) => [k, (e as { reached: boolean }).reached])),
    ).toEqual({ dev: false, staging: true, production: true });
    expect(execFileSync("git", ["-C", root, "status", "--porcelain"], { encoding: "utf8" })).toBe(before);
    expect(execFileSync("git", ["-C", root, "worktree", "list"], { encoding: "utf8" }).trim().split("\n")).toHaveLength(
      1,
    );
  });

  it("GIVEN Markdown THEN it names the reached environments first", () => {
    const root = gitRepoWithCatalog();
    const run = runAic(["impact", "--base", "HEAD", "--root", root]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Reaches no environment.");
  });

  it("GIVEN the experiment stopped in a pull request THEN the Markdown for the comment says so under production, with treatments and metrics", () => {
    const root = gitRepoWithCatalog();
    const file = path.join(root, "configs/ai-configs/support-assistant.yaml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("state: running", "state: stopped"));
    const run = runAic(["impact", "--base", "HEAD", "--root", root]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Reaches **production**; not dev, staging.");
    expect(run.stdout).toContain(
      [
        "Experiments on `support-assistant`:",
        "",
        "- `friendly-v2-feedback` stops",
        "  - on the fallthrough: friendly-v1 90% (baseline), friendly-v2 10%",
        "  - primary metric: ai-feedback-positive; secondary: ai-duration-p95, ai-tokens-total, ticket-resolved",
      ].join("\n"),
    );
  });

  it("GIVEN a variation deleted while production serves it THEN it exits 1, says why on stderr and at the top of the Markdown", () => {
    const root = gitRepoWithCatalog();
    const file = path.join(root, "configs/ai-configs/support-assistant.yaml");
    const edited = fs
      .readFileSync(file, "utf8")
      .replace(/ {2}- key: friendly-v1\n[\s\S]*?prompt: support-assistant\/friendly-v1.md\n\n/, "")
      .replace("offVariation: friendly-v1", "offVariation: friendly-v2")
      .replace(
        /fallthrough:\n {6}rollout:\n {8}bucketBy: key\n {8}weights:\n {10}friendly-v1: 90\n {10}friendly-v2: 10/,
        "fallthrough: { variation: friendly-v2 }",
      )
      .replace(/\nexperiments:[\s\S]*$/, "\n");
    fs.writeFileSync(file, edited);
    fs.rmSync(path.join(root, "prompts/support-assistant/friendly-v1.md"));
    const run = runAic(["impact", "--base", "HEAD", "--root", root]);
    const blocker =
      "support-assistant/friendly-v1 is deleted while production still serves it: stop serving it in one pull request, and delete it in the next";
    expect(run).toMatchObject({ code: 1, stderr: `aic: cannot be applied as it is: ${blocker}\n` });
    expect(run.stdout).toContain(`### Cannot be applied as it is\n\n- ${blocker}\n`);
  });

  it("GIVEN production renamed to prod in the files THEN it exits 1 saying why, and JSON still says production is reached", () => {
    const root = gitRepoWithCatalog();
    for (const [file, edit] of Object.entries(renameEnvironment(EXAMPLE_ROOT, "production", "prod"))) {
      fs.writeFileSync(
        path.join(root, file),
        (edit as (old: string) => string)(fs.readFileSync(path.join(root, file), "utf8")),
      );
    }
    const run = runAic(["impact", "--base", "HEAD", "--root", root, "--format", "json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^aic: cannot be applied as it is: environment production is renamed to prod: LaunchDarkly keys environments by key, so this deletes production/,
    );
    const impact = JSON.parse(run.stdout);
    expect(impact.environments.production).toMatchObject({ reached: true, removed: true });
    expect(impact.environmentChanges.renamed).toEqual([
      { key: "production", to: "prod", gated: true, acknowledged: false },
    ]);
  });

  it("GIVEN a revision that does not exist THEN it is a usage error", () => {
    const run = runAic(["impact", "--base", "no-such-ref", "--root", gitRepoWithCatalog()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^aic: cannot read git revision "no-such-ref"/);
  });
});
