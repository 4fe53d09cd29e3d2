import { problemsOf, replace } from "../helpers/catalog-fixture";

describe("YAML reading", () => {
  it("GIVEN a key written twice in one mapping THEN the second one is reported", () => {
    expect(problemsOf({ "configs/models.yaml": replace("    name: Claude Sonnet 4.5\n", "    name: Claude Sonnet 4.5\n    name: Other\n") })).toEqual([
      'configs/models.yaml:9:5: error: duplicate key "name" in the same mapping',
    ]);
  });

  it("GIVEN a syntax error THEN one error is reported at its position, not its consequences", () => {
    expect(problemsOf({ "configs/models.yaml": replace("costPerMillionTokens: { input: 3.30, output: 16.50 }", "costPerMillionTokens: { input: 3.30, output: 16.50") })).toEqual([
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
