import { exampleCatalog, replace, EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";

const SA = "configs/ai-configs/support-assistant.yaml";
const broken = () =>
  exampleCatalog({
    [SA]: replace("model: claude-sonnet-4-5", "model: claude-sonet-4-5"),
    "prompts/support-assistant/friendly-v1.md": replace("as {{customer_name}}", "as {{customer_nmae}}"),
    "prompts/support-assistant/friendly-v4.md": "unused\n",
  });

describe("aic validate (as a process)", () => {
  it("GIVEN the example catalog THEN it prints no problem and exits 0", () => {
    const run = runAic(["validate", "--root", EXAMPLE_ROOT]);
    expect(run).toEqual({ code: 0, stdout: "0 errors, 0 warnings\n", stderr: "" });
  });

  it("GIVEN problems THEN each is a path:line:col line relative to --root, sorted, with a count, and exit 1", () => {
    const run = runAic(["validate", "--root", broken()]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")).toEqual([
      `${SA}:36:12: error: unknown model "claude-sonet-4-5" (did you mean "claude-sonnet-4-5"?); known: claude-sonnet-4-5, claude-haiku-4-5, nova-pro, nova-lite`,
      `prompts/support-assistant/friendly-v1.md:8:25: error: variable "customer_nmae" is not declared in ${SA} (did you mean "customer_name"?); declare it under variables, or the SDK renders it as an empty string`,
      "prompts/support-assistant/friendly-v4.md:1:1: warning: prompt file is not used by any variation",
      "2 errors, 1 warning",
      "",
    ]);
    expect(run.stderr).toBe("");
  });

  it("GIVEN warnings only THEN it exits 0", () => {
    const run = runAic(["validate", "--root", exampleCatalog({ "prompts/extra.md": "hello\n" })]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 errors, 1 warning");
  });

  it("GIVEN --format json THEN problems and prompt token estimates are machine-readable", () => {
    const run = runAic(["validate", "--root", broken(), "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ ok: false, errors: 2, warnings: 1 });
    expect(report.problems[0]).toEqual({
      file: SA,
      line: 36,
      col: 12,
      severity: "error",
      rule: "model-exists",
      message:
        'unknown model "claude-sonet-4-5" (did you mean "claude-sonnet-4-5"?); known: claude-sonnet-4-5, claude-haiku-4-5, nova-pro, nova-lite',
    });
    expect(report.prompts).toContainEqual({
      file: "prompts/answer-judge/strict-v1.md",
      estimatedTokens: expect.any(Number),
    });
  });

  it("GIVEN --tokens THEN each prompt's estimated tokens are printed", () => {
    const run = runAic(["validate", "--root", EXAMPLE_ROOT, "--tokens"]);
    expect(run.stdout).toMatch(/^prompts\/support-assistant\/friendly-v1\.md: about \d+ tokens$/m);
  });

  it("GIVEN GITHUB_ACTIONS=true THEN problems are also written as annotations with workspace-relative paths", () => {
    const root = broken();
    const run = runAic(["validate", "--root", root], { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: root });
    expect(run.stdout).toContain(
      `::error file=${SA},line=36,col=12,title=aic model-exists::unknown model "claude-sonet-4-5" (did you mean "claude-sonnet-4-5"?); known: claude-sonnet-4-5, claude-haiku-4-5, nova-pro, nova-lite`,
    );
    expect(run.stdout).toContain(
      "::warning file=prompts/support-assistant/friendly-v4.md,line=1,col=1,title=aic unused-prompt::",
    );
  });

  it("GIVEN a YAML syntax error, a directory for a file and an unreadable link THEN it reports them without a stack trace", () => {
    const root = exampleCatalog({ "configs/tools.yaml": "tools: [\n" });
    require("node:fs").mkdirSync(`${root}/configs/ai-configs/extra.yaml`);
    require("node:fs").symlinkSync(`${root}/missing.md`, `${root}/prompts/dangling.md`);
    const run = runAic(["validate", "--root", root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "configs/ai-configs/extra.yaml:1:1: error: is a directory, but a file is expected here",
    );
    expect(run.stdout).toContain("prompts/dangling.md:1:1: error: is a link to a file that does not exist");
    expect(run.stdout).toMatch(/configs\/tools\.yaml:\d+:\d+: error: YAML syntax/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [["validate", "--root", "/does/not/exist"], "aic: catalog root /does/not/exist is not a directory"],
    [
      ["validate", "--format", "xml"],
      "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json.",
    ],
    [["frobnicate"], "error: unknown command 'frobnicate'"],
    [["validate", "--colour"], "error: unknown option '--colour'"],
  ])("GIVEN a usage mistake %j THEN it exits 2 with one line on stderr", (args, message) => {
    const run = runAic(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(message);
    expect(run.stdout).toBe("");
  });
});
