import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { evalReportSchema } from "../../src/evals/report-schema";
import { EXAMPLE_ROOT, exampleCatalog, REPO_ROOT, replace } from "../helpers/catalog-fixture";
import { ModelStandIn, standInEnv } from "../helpers/model-stand-ins";
import { runAicAsync } from "../helpers/run-cli";
import { exampleModel } from "../helpers/scripted-answers";

const model = new ModelStandIn((r) => exampleModel(r));
let env: Record<string, string | undefined> = {};
beforeAll(async () => {
  env = standInEnv(await model.start());
});
afterAll(() => model.stop());

/** A part of every support answer the stand-in gives: it must never reach a log. */
const ANSWER_TEXT = "I am sorry for the trouble";

describe("aic eval --env", () => {
  it("GIVEN production and the stand-ins THEN every variation production serves is evaluated and the table printed, and no answer is", async () => {
    const run = await runAicAsync(["eval", "--root", exampleCatalog(), "--env", "production"], env);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    for (const name of [
      "answer-judge/strict-v1",
      "support-assistant/friendly-v1",
      "support-assistant/friendly-v2",
      "ticket-summarizer/bullets-lite",
    ]) {
      expect(run.stdout).toMatch(
        new RegExp(
          `^${name} \\(head\\) on [\\w-]+: \\d+/\\d+ cases pass .*: pass; p50/p95/p99 \\d+/\\d+/\\d+ ms; tokens \\d+ in / \\d+ out; \\$`,
          "m",
        ),
      );
    }
    expect(run.stdout).toMatch(/^ {2}asks for a human \[required\] +pass 1\/1 +- +-$/m);
    expect(run.stdout).toMatch(/^ {2}no invented refund policy +pass 1\/1 +answer-judge 0\.85 +-$/m);
    expect(run.stdout).toMatch(
      /^evals: pass: 4 variation runs, \d+ calls \(0 retried\), \$[\d.]+, [\d.]+ s at concurrency 4$/m,
    );
    expect(run.stdout + run.stderr).not.toContain(ANSWER_TEXT);
    expect(run.stdout + run.stderr).not.toContain("local-secret");
    // No progress bar outside an interactive terminal.
    expect(run.stdout + run.stderr).not.toContain("\r");
  });

  it("GIVEN --format json --out THEN the file holds the answers and the reasoning, stdout only the table; without --out the JSON has no answer", async () => {
    const out = path.join(exampleCatalog(), "out", "evals.json");
    const written = await runAicAsync(
      ["eval", "--root", exampleCatalog(), "--variation", "friendly-v2", "--format", "json", "--out", out],
      env,
    );
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(`wrote ${out}`);
    expect(written.stdout).not.toContain(ANSWER_TEXT);
    const report = evalReportSchema.parse(JSON.parse(fs.readFileSync(out, "utf8")));
    expect(report.variations[0]!.cases[0]!.runs![0]!.response).toContain(ANSWER_TEXT);
    expect(report.variations[0]!.cases.find((c) => c.name === "warm tone requested")!.runs![0]!.judges[0]).toEqual({
      config: "answer-judge",
      score: 0.85,
      reasoning: "scripted",
    });
    const printed = await runAicAsync(
      ["eval", "--root", exampleCatalog(), "--variation", "friendly-v2", "--format", "json"],
      env,
    );
    expect(printed.stdout).not.toContain(ANSWER_TEXT);
    expect(JSON.parse(printed.stdout).variations[0].cases[0].runs).toBeUndefined();
  });

  it("GIVEN a failing required case THEN it exits 1 and says which case of which dataset", async () => {
    const root = exampleCatalog({
      "prompts/support-assistant/friendly-v1.md": replace(
        "hand the conversation to a human colleague",
        "try again later",
      ),
    });
    const run = await runAicAsync(["eval", "--root", root, "--variation", "friendly-v1"], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'fail: support-assistant/friendly-v1: required case "asks for a human" fails (evals/support-assistant.yaml)',
    );
  });
});

describe("aic eval --base", () => {
  /** The example in a git repository, committed, then the change a pull request makes in the working tree. */
  function repositoryWithChange(): string {
    const root = exampleCatalog();
    const git = (...args: string[]) => execFileSync("git", ["-C", root, ...args], { stdio: "pipe" });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("-c", "user.email=test@example.org", "-c", "user.name=test", "commit", "-qm", "base");
    const prompt = path.join(root, "prompts/support-assistant/friendly-v2.md");
    fs.writeFileSync(
      prompt,
      fs.readFileSync(prompt, "utf8").replace(/When you are\nnot sure[\s\S]*$/, "Keep the customer in this chat.\n"),
    );
    return root;
  }

  it("GIVEN a change to the friendly-v2 prompt THEN only friendly-v2 runs, on base and head, the regression is named, and it exits 1", async () => {
    const root = repositoryWithChange();
    const out = path.join(root, "evals.json");
    const run = await runAicAsync(
      ["eval", "--root", root, "--base", "main", "--max-cost", "5", "--format", "json", "--out", out],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("support-assistant/friendly-v2: pass rate 100% (base) -> 86% (head)");
    expect(run.stdout).toContain(
      "  REGRESSION asks for a human [required]: 1/1 -> 0/1: regex /ESCALATE|human colleague|connect you/i: no match",
    );
    expect(run.stdout).toContain(
      'fail: support-assistant/friendly-v2: required case "asks for a human" fails (evals/support-assistant.yaml)',
    );
    const report = evalReportSchema.parse(JSON.parse(fs.readFileSync(out, "utf8")));
    expect(report.variations.map((v) => `${v.side} ${v.config}/${v.variation}`)).toEqual([
      "base support-assistant/friendly-v2",
      "head support-assistant/friendly-v2",
    ]);

    const comment = await runAicAsync(
      ["report", "--root", root, "--plans", path.join(REPO_ROOT, "test/fixtures/plans"), "--evals", out],
      env,
    );
    expect(comment.code).toBe(0);
    const section = comment.stdout.slice(comment.stdout.indexOf("## Evals"), comment.stdout.indexOf("## Plans"));
    expect(section).toContain("## Evals (compared with `main`)");
    expect(section).toContain(
      '- support-assistant/friendly-v2: required case "asks for a human" fails (evals/support-assistant.yaml)',
    );
    expect(section).toContain(
      "| `support-assistant/friendly-v2` | 100% -> 86% | **1** (1 required) | 0 | answer-judge 0.85 -> 0.85 (+0.00) |",
    );
    expect(section).toContain("### Regressions");
    expect(section).toContain(
      "- `support-assistant/friendly-v2` **asks for a human** (required): 1/1 -> 0/1: regex /ESCALATE|human colleague|connect you/i: no match",
    );
    expect(section).not.toContain(ANSWER_TEXT);
  });

  it("GIVEN --evals that is not aic eval's JSON THEN report refuses it as a usage error", async () => {
    const file = path.join(exampleCatalog(), "not-evals.json");
    fs.writeFileSync(file, JSON.stringify({ version: 2 }));
    const run = await runAicAsync(
      ["report", "--root", EXAMPLE_ROOT, "--plans", path.join(REPO_ROOT, "test/fixtures/plans"), "--evals", file],
      env,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`aic: --evals ${file} is not the JSON of \`aic eval --format json\``);
  });

  it("GIVEN no change to what is served THEN nothing runs and it passes", async () => {
    const root = repositoryWithChange();
    execFileSync("git", ["-C", root, "checkout", "-q", "--", "."]);
    const run = await runAicAsync(["eval", "--root", root, "--base", "main", "--format", "markdown"], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No variation's served output changed: nothing to evaluate.");
  });
});

describe("aic eval: credentials and usage", () => {
  it("GIVEN no AWS credentials THEN one line names what is missing, with exit 2 and no stack trace", async () => {
    const run = await runAicAsync(["eval", "--root", exampleCatalog(), "--variation", "bullets-lite"], {
      ...env,
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_SHARED_CREDENTIALS_FILE: "/nonexistent",
      AWS_CONFIG_FILE: "/nonexistent",
      AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
      AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
      AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "aic: no AWS credentials for Bedrock: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or assume the eval role",
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe("");
  });

  it("GIVEN credentials Bedrock refuses THEN the run stops with one line and exit 2", async () => {
    model.setScript(() => ({ status: 403, errorType: "UnrecognizedClientException" }));
    try {
      const run = await runAicAsync(["eval", "--root", exampleCatalog(), "--variation", "bullets-lite"], env);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("aic: Bedrock refused the credentials (UnrecognizedClientException)");
    } finally {
      model.setScript((r) => exampleModel(r));
    }
  });

  it.each([
    [["--variation", "friendly-v2", "--env", "dev"], "aic: --variation and --env are alternatives: give one"],
    [["--env", "qa"], 'aic: unknown environment "qa"; known: dev, staging, production'],
    [["--variation", "friendly-v9"], 'aic: no AI Config has a variation "friendly-v9"'],
    [["--concurrency", "0"], 'aic: --concurrency must be a whole number from 1 to 64, not "0"'],
    [["--max-cost", "free"], 'aic: --max-cost must be a positive amount of USD, not "free"'],
    [
      ["--format", "html"],
      "error: option '--format <format>' argument 'html' is invalid. Allowed choices are text, json, markdown.",
    ],
  ])("GIVEN %j THEN it is a usage error (exit 2)", async (args, message) => {
    const run = await runAicAsync(["eval", "--root", exampleCatalog(), ...args], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it("GIVEN an invalid dataset THEN every problem is printed, nothing runs, and it exits 1", async () => {
    const root = exampleCatalog({
      "evals/support-assistant.yaml": replace(
        '{ type: regex, value: "order number", flags: i }',
        '{ type: regex, value: "(order" }',
      ),
    });
    const before = model.requests.length;
    const run = await runAicAsync(["eval", "--root", root], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^evals\/support-assistant.yaml:\d+:\d+: error: invalid regular expression/m);
    expect(run.stderr).toContain("aic: no eval ran");
    expect(model.requests.length).toBe(before);
  });
});
