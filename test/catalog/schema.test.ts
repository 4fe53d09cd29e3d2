import { problemsOf, replace } from "../helpers/catalog-fixture";

describe("schema: every file matches its schema, problems at the offending line", () => {
  it("GIVEN a missing required field THEN the enclosing mapping is reported", () => {
    expect(problemsOf({ "configs/project.yaml": replace("    name: Staging\n", "") })).toEqual([
      'configs/project.yaml:23:5: error: missing required field "environments[1].name"',
    ]);
  });

  it("GIVEN the state bucket without its account, or an unquoted account ID THEN it is reported", () => {
    expect(problemsOf({ "configs/project.yaml": replace('  accountId: "444444444444"\n', "") })).toEqual([
      expect.stringMatching(/^configs\/project\.yaml:\d+:3: error: missing required field "state\.accountId"$/),
    ]);
    expect(
      problemsOf({ "configs/project.yaml": replace('  accountId: "444444444444"', "  accountId: 444444444444") }),
    ).toEqual([expect.stringMatching(/^configs\/project\.yaml:\d+:14: error: "state\.accountId" must be a string$/)]);
  });

  it("GIVEN a misspelt field THEN it is reported as unknown at its key", () => {
    expect(
      problemsOf({
        "configs/models.yaml": replace(
          "parameters: { temperature: 0.3, maxTokens: 2048 }",
          "parameters: { temperature: 0.3, max_tokens: 2048 }",
        ),
      }),
    ).toEqual([
      'configs/models.yaml:15:37: error: unknown field "models[0].parameters.max_tokens" (did you mean "maxTokens"?)',
    ]);
  });

  it("GIVEN a value of the wrong type THEN the value is reported", () => {
    expect(
      problemsOf({ "configs/observability.yaml": replace("monthlyBudgetUsd: 200", "monthlyBudgetUsd: lots") }),
    ).toEqual(['configs/observability.yaml:10:23: error: "environments.dev.monthlyBudgetUsd" must be a number']);
  });

  it("GIVEN a value outside an enumeration THEN the allowed values are listed", () => {
    expect(
      problemsOf({ "configs/ai-configs/support-assistant.yaml": replace("mode: completion", "mode: chat") }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:4:7: error: "mode" must be one of: completion, agent, judge',
    ]);
  });

  it("GIVEN a key that breaks LaunchDarkly's key rules THEN it is reported", () => {
    expect(
      problemsOf({ "configs/ai-configs/support-assistant.yaml": replace("key: friendly-v1", "key: friendly v1") }),
    ).toContain(
      `configs/ai-configs/support-assistant.yaml:20:10: error: "variations[0].key" must be a LaunchDarkly key: letters, numbers, '.', '_' or '-', starting with a letter or number`,
    );
  });

  it("GIVEN an environment key that breaks the key rule THEN the key is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace("  dev:\n    fallthrough", "  dev env:\n    fallthrough"),
      }),
    ).toEqual([
      `configs/ai-configs/support-assistant.yaml:41:3: error: "targeting.dev env": key must be a LaunchDarkly key: letters, numbers, '.', '_' or '-', starting with a letter or number`,
    ]);
  });

  it("GIVEN a project key longer than 20 characters THEN it is reported", () => {
    expect(
      problemsOf({ "configs/project.yaml": replace("key: support-ai", "key: support-ai-configs-eu-prod") }),
    ).toEqual(['configs/project.yaml:6:8: error: "project.key" must be at most 20 characters']);
  });

  it("GIVEN an unknown capability in the access matrix THEN that entry is reported", () => {
    expect(
      problemsOf({
        "configs/access.yaml": replace("dev: [editPrompts, viewMetrics]", "dev: [editPrompts, viewMetric]"),
      }),
    ).toEqual([
      'configs/access.yaml:16:26: error: "teams[2].access.dev[1]" must be one of: editPrompts, changeModel, manageTargeting, manageSegments, runExperiments, reviewApprovals, viewMetrics, manageAlerts (did you mean "viewMetrics"?)',
    ]);
  });

  it("GIVEN an unknown access level THEN the levels and capabilities are explained", () => {
    expect(problemsOf({ "configs/access.yaml": replace("production: read\n", "production: write\n") })).toEqual([
      '"configs/access.yaml:18:19: error: "teams[2].access.production" must be one of none, read, full, or a list of capabilities'.slice(
        1,
      ),
    ]);
  });

  it("GIVEN a clause with neither segments nor attribute THEN the clause is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace("- segments: [beta-users]", "- negate: true"),
      }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:57:13: error: "targeting.production.rules[0].clauses[0]": a clause needs "segments", or "attribute", "op" and "values": "attribute" is missing',
      'configs/ai-configs/support-assistant.yaml:57:13: error: "targeting.production.rules[0].clauses[0]": a clause needs "segments", or "attribute", "op" and "values": "op" is missing',
      'configs/ai-configs/support-assistant.yaml:57:13: error: "targeting.production.rules[0].clauses[0]": a clause needs "segments", or "attribute", "op" and "values": "values" is missing',
    ]);
  });

  it("GIVEN a serve with both a variation and a rollout THEN it is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace(
          "      rollout:\n",
          "      variation: friendly-v1\n      rollout:\n",
        ),
      }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:60:7: error: "targeting.production.fallthrough": serve exactly one of "variation" or "rollout"',
    ]);
  });

  it("GIVEN a variable enum value of the wrong type THEN it is reported", () => {
    expect(
      problemsOf({ "configs/ai-configs/support-assistant.yaml": replace("enum: [warm, neutral]", "enum: [warm, 3]") }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:16:18: error: "variables[2].enum[1]": enum value is not a string',
    ]);
  });

  it("GIVEN several problems in several files THEN all are reported at once, sorted by file and line", () => {
    const problems = problemsOf({
      "configs/models.yaml": replace("contextWindow: 200000", "contextWindow: -1"),
      "configs/ai-configs/support-assistant.yaml": replace("mode: completion", "mode: chat"),
      "configs/access.yaml": replace("name: Admins", "name: ''"),
    });
    expect(problems.map((p) => p.split(": error")[0])).toEqual([
      "configs/access.yaml:29:11",
      "configs/ai-configs/support-assistant.yaml:4:7",
      "configs/models.yaml:13:20",
    ]);
  });
});
