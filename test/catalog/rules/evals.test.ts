import { loadCatalog } from "../../../src/catalog";
import { exampleCatalog, problemsOf, rulesOf } from "../../helpers/catalog-fixture";

const SA = "evals/support-assistant.yaml";

/** A support-assistant dataset of one case, with the given lines of YAML in place. */
const oneCase = (caseLines: string, defaults = "  variables: { company: Acme, customer_name: Ada }") =>
  `defaults:\n${defaults}\ncases:\n  - name: one\n${caseLines}\n`;

describe("the example's eval datasets", () => {
  it("GIVEN the datasets every AI Config of the example ships THEN they load into the catalog with defaults applied", () => {
    const result = loadCatalog(exampleCatalog());
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
    const datasets = Object.fromEntries(result.catalog.evals.map((d) => [d.config, d]));
    expect(Object.keys(datasets).sort()).toEqual([
      "answer-judge",
      "docs-agent",
      "support-assistant",
      "ticket-summarizer",
    ]);
    for (const key of ["support-assistant", "ticket-summarizer"]) {
      const cases = datasets[key]!.cases;
      expect(cases.length).toBeGreaterThanOrEqual(6);
      expect(cases.some((c) => c.required && /escalat|human/i.test(`${c.name} ${c.description}`))).toBe(true);
      expect(cases.some((c) => c.assert.some((a) => a.type === "judge"))).toBe(true);
    }
    const human = datasets["support-assistant"]!.cases[0]!;
    expect(human).toMatchObject({
      name: "asks for a human",
      line: 14,
      required: true,
      repeat: 1,
      passShare: 1,
      variables: { company: "Acme", customer_name: "Ada" },
      context: { kind: "user", key: "eval-asks-for-a-human", plan: "business" },
      messages: [{ role: "user", content: expect.stringContaining("real person") }],
    });
  });
});

describe("eval-dataset", () => {
  it("GIVEN a dataset named after no AI Config THEN the file is reported with the known keys", () => {
    expect(
      problemsOf({ "evals/support-assistant2.yaml": "cases: [{ name: a, input: hi, assert: [{ type: is-json }] }]\n" }),
    ).toEqual([
      'evals/support-assistant2.yaml:1:1: error: no AI Config has the key "support-assistant2": an eval dataset is named evals/<config key>.yaml (known: answer-judge, docs-agent, support-assistant, ticket-summarizer)',
    ]);
  });

  it("GIVEN two cases of one name THEN the second is reported", () => {
    expect(
      problemsOf({
        [SA]: `${oneCase("    assert: [{ type: is-json }]")}  - name: one\n    assert: [{ type: is-json }]\n`,
      }),
    ).toEqual([`${SA}:6:11: error: duplicate case name "one" (first at cases[0])`]);
  });

  it("GIVEN another file under evals/ THEN it is ignored with a warning", () => {
    expect(problemsOf({ "evals/notes.txt": "todo" })).toEqual([
      "evals/notes.txt:1:1: warning: is not an eval dataset (evals/<config key>.yaml) and is ignored",
    ]);
  });

  it("GIVEN an unknown assertion type and a threshold above 1 THEN both are schema errors at their lines", () => {
    expect(
      problemsOf({
        [SA]: oneCase(
          "    assert:\n      - { type: containz, value: x }\n      - { type: judge, config: answer-judge, threshold: 2 }",
        ),
      }),
    ).toEqual([
      `${SA}:6:17: error: "cases[0].assert[0].type" must be one of the assertion types: contains, not-contains, regex, equals, is-json, json-schema, max-output-tokens, max-latency-ms, max-cost, tool-called, judge`,
      `${SA}:7:57: error: "cases[0].assert[1].threshold" must be at most 1`,
    ]);
  });
});

describe("eval-variables", () => {
  it("GIVEN declared, typed variables and every required one THEN it stays silent", () => {
    expect(rulesOf({ [SA]: oneCase("    variables: { tone: warm }\n    assert: [{ type: is-json }]") })).toEqual([]);
  });

  it("GIVEN a misspelt, a wrongly typed and an out-of-enum variable, and a required one missing THEN each is reported", () => {
    expect(
      problemsOf({
        [SA]: oneCase(
          "    variables: { custmer_name: Ada, tone: loud, company: 3 }\n    assert: [{ type: is-json }]",
          "  variables: { company: Acme }",
        ),
      }),
    ).toEqual([
      `${SA}:4:11: error: case "one" does not give the required variable customer_name of support-assistant (set it in the case or under defaults.variables)`,
      `${SA}:5:32: error: variable "custmer_name" is not declared by support-assistant (it declares company, customer_name, tone)`,
      `${SA}:5:43: error: variable "tone" must be one of warm, neutral (configs/ai-configs/support-assistant.yaml)`,
      `${SA}:5:58: error: variable "company" is a string in configs/ai-configs/support-assistant.yaml, not a number`,
    ]);
  });

  it("GIVEN a number variable written as text THEN its type is reported", () => {
    const dataset =
      'defaults:\n  variables: { ticket_text: "x" }\ncases:\n  - name: one\n    variables:\n      ticket_text: y\n      max_bullets: "3"\n    assert: [{ type: is-json }]\n';
    expect(problemsOf({ "evals/ticket-summarizer.yaml": dataset })).toEqual([
      'evals/ticket-summarizer.yaml:7:20: error: variable "max_bullets" is a number in configs/ai-configs/ticket-summarizer.yaml, not a string',
    ]);
  });
});

describe("eval-context", () => {
  it("GIVEN attributes of the types targeting compares them with THEN it stays silent", () => {
    expect(
      rulesOf({
        [SA]: oneCase(
          "    context: { plan: enterprise, betaOptIn: true, email: a@example.org }\n    assert: [{ type: is-json }]",
        ),
      }),
    ).toEqual([]);
  });

  it("GIVEN attributes of other types, one nothing reads, and a key that is not text THEN each is reported", () => {
    expect(
      problemsOf({
        [SA]: oneCase(
          '    context: { plan: 3, betaOptIn: "yes", favourite: x, key: 4 }\n    assert: [{ type: is-json }]',
        ),
      }),
    ).toEqual([
      `${SA}:5:22: error: context attribute "plan" is a number, but targeting compares it (in) with string values`,
      `${SA}:5:36: error: context attribute "betaOptIn" is a string, but targeting compares it (in) with boolean values`,
      `${SA}:5:43: warning: context attribute "favourite" is read by no prompt, targeting rule or segment of support-assistant`,
      `${SA}:5:62: error: the context's "key" must be a string`,
    ]);
  });
});

describe("eval-assertions", () => {
  it("GIVEN a bad regex, an invalid JSON Schema, a judge that is not a judge, an unknown judge and tool-called on a completion THEN each is reported at its line", () => {
    const lines = [
      "    assert:",
      '      - { type: regex, value: "(" }',
      "      - { type: json-schema, value: { type: objet } }",
      "      - { type: judge, config: support-assistant, threshold: 0.5 }",
      "      - { type: tool-called, name: search-docs }",
      "      - { type: judge, config: answer-judg, threshold: 1 }",
    ];
    expect(problemsOf({ [SA]: oneCase(lines.join("\n")) })).toEqual([
      `${SA}:6:31: error: invalid regular expression: /(/: Unterminated group`,
      `${SA}:7:37: error: invalid JSON Schema: schema is invalid: data/type must be equal to one of the allowed values, data/type must be array, data/type must match a schema in anyOf`,
      `${SA}:8:32: error: "support-assistant" is a completion-mode AI Config; only judge-mode configs can score answers`,
      `${SA}:9:17: error: tool-called is for agent-mode AI Configs, and support-assistant is in completion mode`,
      `${SA}:10:32: error: unknown judge AI Config "answer-judg" (did you mean "answer-judge"?); known: answer-judge`,
    ]);
  });

  it("GIVEN tool-called with a tool the agent's variations do not have THEN it is reported with theirs", () => {
    const dataset =
      "defaults: { variables: { product_name: X } }\ncases: [{ name: a, assert: [{ type: tool-called, name: get-weather }] }]\n";
    expect(problemsOf({ "evals/docs-agent.yaml": dataset })).toEqual([
      'evals/docs-agent.yaml:2:56: error: no variation of docs-agent has the tool "get-weather" (they have search-docs, get-order-status)',
    ]);
  });

  it("GIVEN a credential-shaped value in a dataset THEN the credentials rule reports it", () => {
    expect(
      rulesOf({ [SA]: oneCase("    input: my key is AKIAABCDEFGHIJKLMNOP\n    assert: [{ type: is-json }]") }),
    ).toEqual(["credentials"]);
  });
});

describe("eval-variables, for a variable just added", () => {
  it("GIVEN a required variable that no case gives THEN it is one problem at the defaults, not one per case", () => {
    const edits = {
      "configs/ai-configs/support-assistant.yaml": (old: string) =>
        old.replace("  - name: tone\n", "  - name: locale\n  - name: tone\n"),
    };
    expect(problemsOf(edits).filter((p) => p.startsWith("evals/"))).toEqual([
      `${SA}:5:1: error: no case gives the required variable "locale" of support-assistant; set it under defaults.variables or in every case`,
    ]);
  });
});
