import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { exampleCatalog, replace } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";

const STACKS = [
  "aws-dev",
  "aws-production",
  "aws-staging",
  "bootstrap",
  "launchdarkly",
  "ld-dev",
  "ld-production",
  "ld-staging",
];

describe("aic synth (as a process)", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "aic-synth-"));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it("GIVEN a valid catalog THEN every stack is written to <out>/stacks/<name>/cdk.tf.json", () => {
    const out = path.join(work, "ok.out");
    const run = runAic(["synth", "--root", exampleCatalog(), "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`synthesized 8 stacks into ${out}/stacks: ${STACKS.join(", ")}\n`);
    expect(fs.readdirSync(path.join(out, "stacks")).sort()).toEqual(STACKS);
    for (const stack of STACKS) JSON.parse(fs.readFileSync(path.join(out, "stacks", stack, "cdk.tf.json"), "utf8"));
  });

  it("GIVEN a machine without Terraform THEN synth still writes every stack: only plan and apply need it", () => {
    const out = path.join(work, "no-terraform.out");
    const emptyPath = fs.mkdtempSync(path.join(work, "path-"));
    const run = runAic(["synth", "--root", exampleCatalog(), "--out", out], { PATH: emptyPath });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(fs.readdirSync(path.join(out, "stacks")).sort()).toEqual(STACKS);
  });

  it("GIVEN invalid input THEN it writes nothing and leaves the previous output untouched", () => {
    const out = path.join(work, "kept.out");
    expect(runAic(["synth", "--root", exampleCatalog(), "--out", out]).code).toBe(0);
    const before = fs.readFileSync(path.join(out, "stacks/launchdarkly/cdk.tf.json"), "utf8");
    fs.writeFileSync(path.join(out, "marker"), "mine");

    const root = exampleCatalog({ "configs/project.yaml": replace("instance: eu", "instance: moon") });
    const run = runAic(["synth", "--root", root, "--out", out]);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'configs/project.yaml:3:11: error: "instance" must be one of eu, us, federal, or a mapping of apiHost, sdkBaseUri, streamUri and eventsUri',
    );
    expect(run.stderr).toBe(`nothing was synthesized; ${out} is unchanged\n`);
    expect(fs.readFileSync(path.join(out, "marker"), "utf8")).toBe("mine");
    expect(fs.readFileSync(path.join(out, "stacks/launchdarkly/cdk.tf.json"), "utf8")).toBe(before);
    expect(fs.readdirSync(work).filter((f) => f.includes("aic-tmp") || f.includes("aic-old"))).toEqual([]);
  });

  it("GIVEN prompts holding cdktf's own encodings THEN synth refuses each at its position and writes nothing", () => {
    // Before the token-encoding rule, the first was synthesized as another resource's address and the second stopped
    // synth with an internal error.
    const out = path.join(work, "tokens.out");
    const root = exampleCatalog({
      "prompts/answer-judge/strict-v1.md": replace("You grade", "You grade ${TfToken[TOKEN.5]}"),
      "prompts/ticket-summarizer/bullets-pro.md": (old) => `${old}\n#{TfToken[TOKEN.7]}\n`,
    });
    const run = runAic(["synth", "--root", root, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'prompts/answer-judge/strict-v1.md:2:11: error: "${TfToken[" here is how cdktf writes a reference into text',
    );
    expect(run.stdout).toMatch(/prompts\/ticket-summarizer\/bullets-pro\.md:\d+:1: error: "#\{TfToken\[" here/);
    expect(run.stdout + run.stderr).not.toContain("internal error");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("GIVEN invalid input and no previous output THEN no output directory is created", () => {
    const out = path.join(work, "never.out");
    const run = runAic(["synth", "--root", exampleCatalog({ "configs/models.yaml": null }), "--out", out]);
    expect(run.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("aic synth --format json", () => {
  it("GIVEN a valid catalog THEN it prints one JSON object with the stacks", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "aic-synth-json-"));
    try {
      const run = runAic(["synth", "--root", exampleCatalog(), "--out", path.join(out, "o"), "--format", "json"]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, errors: 0, warnings: 0, problems: [], stacks: STACKS });
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
