import * as path from "node:path";
import { chain, exampleCatalog, problemsOf, replace } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";

describe("YAML reading", () => {
  it("GIVEN a key written twice in one mapping THEN the second one is reported", () => {
    expect(
      problemsOf({
        "configs/models.yaml": replace(
          "    name: Claude Sonnet 4.5\n",
          "    name: Claude Sonnet 4.5\n    name: Other\n",
        ),
      }),
    ).toEqual(['configs/models.yaml:9:5: error: duplicate key "name" in the same mapping']);
  });

  it("GIVEN a syntax error THEN one error is reported at its position, not its consequences", () => {
    expect(
      problemsOf({
        "configs/models.yaml": replace(
          "costPerMillionTokens: { input: 3.30, output: 16.50 }",
          "costPerMillionTokens: { input: 3.30, output: 16.50",
        ),
      }),
    ).toEqual([
      "configs/models.yaml:13:5: error: YAML syntax: flow map in block collection must be sufficiently indented and end with a }",
    ]);
  });

  it("GIVEN a syntax error in one file THEN the other files are still checked", () => {
    const problems = problemsOf({
      "configs/tools.yaml": "tools: [\n",
      "configs/ai-configs/support-assistant.yaml": replace("model: claude-sonnet-4-5", "model: gpt-9"),
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^configs\/ai-configs\/support-assistant.yaml:36:12: error: unknown model "gpt-9"/);
    expect(problems[1]).toMatch(/^configs\/tools.yaml:\d+:\d+: error: YAML syntax: /);
  });
});

describe("YAML 1.2 core schema", () => {
  it("GIVEN a YAML 1.1 boolean such as yes THEN it is a string, so a boolean field rejects it", () => {
    expect(problemsOf({ "configs/project.yaml": replace("critical: true", "critical: yes") })).toEqual([
      'configs/project.yaml:35:15: error: "environments[2].critical" must be true or false',
    ]);
  });

  it("GIVEN a date-like value THEN it stays text", () => {
    expect(problemsOf({ "configs/models.yaml": replace("name: Amazon Nova Lite", "name: 2025-01-01") })).toEqual([]);
  });

  it("GIVEN two YAML documents in one file THEN it is reported", () => {
    const problems = problemsOf({ "configs/tools.yaml": (old) => `${old}---\ntools: []\n` });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^configs\/tools\.yaml:\d+:\d+: error: YAML syntax: /);
  });
});

/** The "billion laughs": nine levels of nine aliases each, 387 420 489 values once expanded. */
const BOMB = [
  "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
  ..."bcdefghi".split("").map((name, i) => `${name}: &${name} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(", ")}]`),
].join("\n");

describe("YAML aliases", () => {
  it("GIVEN a tool schema with an alias to itself THEN it is an error at the alias, and synth writes nothing instead of failing inside", () => {
    const edits = {
      "configs/tools.yaml": replace(
        "      required: [query]\n",
        "      required: [query]\n      items: &loop\n        anyOf: [*loop]\n",
      ),
    };
    expect(problemsOf(edits)).toEqual([
      "configs/tools.yaml:12:17: error: YAML alias *loop refers to a value that contains it, so the value would be infinite: write the value out",
    ]);
    const root = exampleCatalog(edits);
    const run = runAic(["synth", "--root", root, "--out", path.join(root, "out")]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain("internal error");
  });

  it.each([
    [
      "a tool's parameter schema",
      "configs/tools.yaml",
      (old: string) => old.replace("      type: object\n", `      type: object\n      x-laughs:\n${indent(BOMB, 8)}\n`),
    ],
    [
      "an AI Config",
      "configs/ai-configs/support-assistant.yaml",
      (old: string) => `${old}\nx-laughs:\n${indent(BOMB, 2)}\n`,
    ],
    [
      "a prompt's front matter",
      "prompts/support-assistant/friendly-v2.md",
      (old: string) => old.replace("---\n", `---\n${BOMB}\n`),
    ],
  ])("GIVEN an alias bomb in %s THEN it is one error at the first alias, well under a second", (_where, file, edit) => {
    const started = Date.now();
    const problems = problemsOf({ [file]: edit });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file.replace(/[.]/g, "\\.")}:\\d+:\\d+: error: YAML aliases here repeat more than 10000 values or 1000000 characters beyond what the file holds \\(an alias bomb\\?\\): write the values out$`,
        ),
      ),
    ]);
  });

  it("GIVEN an alias that repeats a long text many times THEN it counts the characters, not just the values", () => {
    const long = "x".repeat(20_000);
    const edit = (old: string) =>
      old.replace(
        "      required: [query]\n",
        `      required: [query]\n      description: &long ${long}\n      examples: [${Array(60).fill("*long").join(", ")}]\n`,
      );
    expect(problemsOf({ "configs/tools.yaml": edit })).toEqual([
      expect.stringContaining("error: YAML aliases here repeat more than"),
    ]);
  });

  it("GIVEN anchors and aliases used to repeat a block a few times THEN they are fine", () => {
    const edits = {
      "configs/ai-configs/support-assistant.yaml": replace(
        "    rules:\n      - description: Internal staff try the newest variation first\n        clauses:\n          - segments: [internal-staff]\n        serve: { variation: expert-v3 }\n",
        "    rules: &staff\n      - description: Internal staff try the newest variation first\n        clauses:\n          - segments: [internal-staff]\n        serve: { variation: expert-v3 }\n",
      ),
    };
    edits["configs/ai-configs/support-assistant.yaml"] = chain(
      edits["configs/ai-configs/support-assistant.yaml"],
      replace(
        "    rules:\n      - description: Beta users get the newer prompt\n        clauses:\n          - segments: [beta-users]\n        serve: { variation: friendly-v2 }\n",
        "    rules: *staff\n",
      ),
    );
    // The eval dataset's beta users are read by no rule any more: a warning about the edit, not about the aliases.
    expect(problemsOf(edits).filter((p) => !p.includes('warning: context attribute "betaOptIn"'))).toEqual([]);
  });

  it("GIVEN nesting deeper than any catalog needs THEN it is an error, not a crash of the parser", () => {
    expect(problemsOf({ "configs/tools.yaml": (old) => `${old}\nx: ${"[".repeat(100)}${"]".repeat(100)}\n` })).toEqual([
      "configs/tools.yaml:1:1: error: YAML nests more than 64 levels deep; no catalog file needs that",
    ]);
    expect(problemsOf({ "configs/tools.yaml": (old) => `${old}\nx: ${"[".repeat(20_000)}\n` })).toEqual([
      "configs/tools.yaml:1:1: error: YAML nests more than 64 levels deep; no catalog file needs that",
    ]);
    const mappings = (levels: number) => Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}k:`).join("\n");
    expect(problemsOf({ "configs/tools.yaml": (old) => `${old}\nx:\n${indent(mappings(70), 2)} 1\n` })).toEqual([
      "configs/tools.yaml:1:1: error: YAML nests more than 64 levels deep; no catalog file needs that",
    ]);
  });
});

function indent(text: string, by: number): string {
  return text
    .split("\n")
    .map((l) => `${" ".repeat(by)}${l}`)
    .join("\n");
}
