import { edit, file, problem, problemsWith, type CatalogChange, type Data } from "../../helpers/catalog-builder";

/**
 * The eval dataset rules on the minimal catalog: its AI Config "assistant" declares a required `question`, an
 * optional `tone` (warm or neutral) and an optional number `count`; dev targets `plan` (text) and `betaOptIn`
 * (a boolean). `dataset` replaces evals/assistant.yaml with one case "one".
 */
const EVALS = "evals/assistant.yaml";
const CONFIG = "configs/ai-configs/assistant.yaml";
const assistant = edit(CONFIG, (d) => {
  d.variables.push(
    { name: "tone", required: false, enum: ["warm", "neutral"] },
    { name: "count", type: "number", required: false },
  );
  d.targeting.dev.rules = [
    { description: "Pro", clauses: [{ attribute: "plan", op: "in", values: ["pro"] }], serve: { variation: "v1" } },
    {
      description: "Beta",
      clauses: [{ attribute: "betaOptIn", op: "in", values: [true] }],
      serve: { variation: "v1" },
    },
  ];
});
const dataset = (oneCase: Record<string, unknown>, defaults: Data = { variables: { question: "Where is it?" } }) =>
  file(EVALS, { defaults, cases: [{ name: "one", assert: [{ type: "is-json" }], ...oneCase }] });
const check = (...changes: CatalogChange[]) => problemsWith(assistant, ...changes);

describe("eval-dataset", () => {
  it("GIVEN a dataset named after no AI Config THEN the file is reported with the known keys", () => {
    expect(check(file("evals/assistant2.yaml", { cases: [{ name: "a", assert: [{ type: "is-json" }] }] }))).toEqual([
      problem(
        "eval-dataset",
        "evals/assistant2.yaml",
        'no AI Config has the key "assistant2": an eval dataset is named evals/<config key>.yaml (known: assistant)',
      ),
    ]);
  });

  it("GIVEN another file under evals/ THEN it is ignored with a warning", () => {
    expect(check(file("evals/notes.txt", "todo"))).toEqual([
      problem(
        "unknown-file",
        "evals/notes.txt",
        "is not an eval dataset (evals/<config key>.yaml) and is ignored",
        "warning",
      ),
    ]);
  });

  it("GIVEN an unknown assertion type and a threshold above 1 THEN both are schema errors", () => {
    const assert = [
      { type: "containz", value: "x" },
      { type: "judge", config: "grader", threshold: 2 },
    ];
    expect(check(dataset({ assert }))).toEqual([
      problem(
        "schema",
        EVALS,
        '"cases[0].assert[0].type" must be one of the assertion types: contains, not-contains, regex, equals, is-json, json-schema, max-output-tokens, max-latency-ms, max-cost, tool-called, judge',
      ),
      problem("schema", EVALS, '"cases[0].assert[1].threshold" must be at most 1'),
    ]);
  });
});

describe("eval-variables", () => {
  it("GIVEN declared, typed variables and every required one THEN it stays silent", () => {
    expect(check(dataset({ variables: { tone: "warm", count: 3 } }))).toEqual([]);
  });

  it("GIVEN a misspelt, a wrongly typed and an out-of-enum variable, and a required one missing THEN each is reported", () => {
    expect(check(dataset({ variables: { questoin: "?", tone: "loud", count: "3" } }, { variables: {} }))).toEqual([
      problem(
        "eval-variables",
        EVALS,
        'case "one" does not give the required variable question of assistant (set it in the case or under defaults.variables)',
      ),
      problem(
        "eval-variables",
        EVALS,
        'variable "questoin" is not declared by assistant (it declares question, tone, count)',
      ),
      problem("eval-variables", EVALS, `variable "tone" must be one of warm, neutral (${CONFIG})`),
      problem("eval-variables", EVALS, `variable "count" is a number in ${CONFIG}, not a string`),
    ]);
  });

  it("GIVEN a required variable that no case gives THEN it is one problem at the defaults, not one per case", () => {
    const changes = [
      edit(CONFIG, (d) => void d.variables.push({ name: "locale" })),
      file("prompts/assistant/v1.md", "{{question}} in {{locale}}\n"),
      file(EVALS, {
        defaults: { variables: { question: "?" } },
        cases: ["a", "b"].map((name) => ({ name, assert: [{ type: "is-json" }] })),
      }),
    ];
    expect(check(...changes)).toEqual([
      problem(
        "eval-variables",
        EVALS,
        'no case gives the required variable "locale" of assistant; set it under defaults.variables or in every case',
      ),
    ]);
  });
});

describe("eval-context", () => {
  it("GIVEN attributes of the types targeting compares them with THEN it stays silent", () => {
    expect(check(dataset({ context: { key: "u1", plan: "pro", betaOptIn: true } }))).toEqual([]);
  });

  it("GIVEN attributes of other types, one nothing reads, and a key that is not text THEN each is reported", () => {
    expect(check(dataset({ context: { plan: 3, betaOptIn: "yes", favourite: "x", key: 4 } }))).toEqual([
      problem(
        "eval-context",
        EVALS,
        'context attribute "plan" is a number, but targeting compares it (in) with string values',
      ),
      problem(
        "eval-context",
        EVALS,
        'context attribute "betaOptIn" is a string, but targeting compares it (in) with boolean values',
      ),
      problem(
        "eval-context",
        EVALS,
        'context attribute "favourite" is read by no prompt, targeting rule or segment of assistant',
        "warning",
      ),
      problem("eval-context", EVALS, 'the context\'s "key" must be a string'),
    ]);
  });
});

describe("eval-assertions", () => {
  const grader: CatalogChange[] = [
    file("configs/ai-configs/grader.yaml", {
      key: "grader",
      name: "Grader",
      mode: "judge",
      evaluationMetricKey: "$ld:ai:judge:accuracy",
      variations: [{ key: "strict", name: "Strict", model: "nova-lite" }],
      targeting: {
        dev: { fallthrough: { variation: "strict" } },
        production: { fallthrough: { variation: "strict" } },
      },
    }),
    file("prompts/grader/strict.md", "Score the answer from 0 to 1.\n"),
  ];

  it("GIVEN a regex, a JSON Schema and a judge that are well formed THEN it stays silent", () => {
    const assert = [
      { type: "regex", value: "order", flags: "i" },
      { type: "json-schema", value: { type: "object" } },
      { type: "judge", config: "grader", threshold: 0.5 },
    ];
    expect(check(...grader, dataset({ assert }))).toEqual([]);
  });

  it("GIVEN a bad regex, an invalid JSON Schema, a judge that is not a judge, an unknown judge and tool-called on a completion THEN each is reported", () => {
    const assert = [
      { type: "regex", value: "(" },
      { type: "json-schema", value: { type: "objet" } },
      { type: "judge", config: "assistant", threshold: 0.5 },
      { type: "tool-called", name: "search-docs" },
      { type: "judge", config: "grade", threshold: 1 },
    ];
    expect(check(...grader, dataset({ assert }))).toEqual([
      problem("eval-assertions", EVALS, "invalid regular expression: /(/: Unterminated group"),
      problem(
        "eval-assertions",
        EVALS,
        "invalid JSON Schema: schema is invalid: data/type must be equal to one of the allowed values, data/type must be array, data/type must match a schema in anyOf",
      ),
      problem(
        "eval-assertions",
        EVALS,
        '"assistant" is a completion-mode AI Config; only judge-mode configs can score answers',
      ),
      problem(
        "eval-assertions",
        EVALS,
        "tool-called is for agent-mode AI Configs, and assistant is in completion mode",
      ),
      problem("eval-assertions", EVALS, 'unknown judge AI Config "grade" (did you mean "grader"?); known: grader'),
    ]);
  });

  it("GIVEN tool-called with a tool the agent's variations do not have THEN it is reported with theirs", () => {
    const agent = [
      edit(CONFIG, (d) =>
        Object.assign(d, { mode: "agent" }, { variations: [{ ...d.variations[0], tools: ["search-docs"] }] }),
      ),
      file("prompts/assistant/v1.md", "Answer {{question}} with the documentation.\n"),
      file("configs/tools.yaml", {
        tools: [
          {
            key: "search-docs",
            description: "Search.",
            parameters: { type: "object", properties: { q: { type: "string" } } },
          },
        ],
      }),
    ];
    expect(check(...agent, dataset({ assert: [{ type: "tool-called", name: "get-weather" }] }))).toEqual([
      problem("eval-assertions", EVALS, 'no variation of assistant has the tool "get-weather" (they have search-docs)'),
    ]);
  });

  it("GIVEN a credential-shaped value in a dataset THEN the credentials rule reports it", () => {
    const found = check(dataset({ input: `my key is ${"AKIA" + "ABCDEFGHIJKLMNOP"}` }));
    expect(found.map((p) => [p.rule, p.file])).toEqual([["credentials", EVALS]]);
  });
});
