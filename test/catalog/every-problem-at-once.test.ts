import { problemsOf, replace } from "../helpers/catalog-fixture";

const FILE = "configs/ai-configs/refund-assistant.yaml";

/** A new AI Config with ten different mistakes: three schema errors, six cross-file ones, and two in its prompt. */
const TEN_MISTAKES = {
  [FILE]: `key: refunds-assistant
name: Refund assistant
descriptoin: Answers refund questions.
mode: agnet
maintainer: ai-mll
variables:
  - name: customer_name
variations:
  - key: short-v1
    model: claude-haiku-4.5
    parameters: { temperature: hot }
  - key: long-v1
    model: claude-haiku-4-5
targeting:
  staging:
    fallthrough:
      rollout:
        weights: { short-v1: 60, long-v1: 50 }
  prodution:
    fallthrough: { variation: short-v1 }
`,
  "prompts/refunds-assistant/short-v1.md": "Hello {{custmer_name}}.\n{{#customer_name}}Thanks for being a customer.\n",
  "prompts/refunds-assistant/long-v1.md": "Hello {{customer_name}}, how can I help with your refund?\n",
};

describe("every problem at once", () => {
  it("GIVEN one AI Config with ten different mistakes THEN one run reports all ten, each at its line", () => {
    expect(problemsOf(TEN_MISTAKES)).toEqual([
      `${FILE}:1:6: error: key "refunds-assistant" does not match the file name; rename the file to refunds-assistant.yaml or change the key`,
      `${FILE}:3:1: error: unknown field "descriptoin" (did you mean "description"?)`,
      `${FILE}:4:7: error: "mode" must be one of: completion, agent, judge (did you mean "agent"?)`,
      `${FILE}:5:13: error: unknown team "ai-mll" (did you mean "ai-ml"?); known: developers, ai-ml, product-managers, qa, sre, admins`,
      `${FILE}:10:12: error: unknown model "claude-haiku-4.5" (did you mean "claude-haiku-4-5"?); known: claude-sonnet-4-5, claude-haiku-4-5, nova-pro, nova-lite`,
      `${FILE}:11:32: error: "variations[0].parameters.temperature" must be a number`,
      `${FILE}:18:18: error: rollout weights sum to 110, not 100`,
      `${FILE}:19:3: error: unknown environment "prodution" (did you mean "production"?); configs/project.yaml declares dev, staging, production`,
      `prompts/refunds-assistant/short-v1.md:1:7: error: variable "custmer_name" is not declared in ${FILE} (did you mean "customer_name"?); declare it under variables, or the SDK renders it as an empty string`,
      `prompts/refunds-assistant/short-v1.md:2:1: error: section "customer_name" is never closed: add {{/customer_name}}`,
    ]);
  });
});

describe("what a schema error removed is not reported again as a problem of its own", () => {
  it("GIVEN a served variation whose entry has a schema error THEN it is not also an unknown variation, nor its prompt unused", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace(
          "    prompt: support-assistant/friendly-v2.md",
          "    prompt: support-assistant/friendly-v2.txt",
        ),
      }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:29:13: error: "variations[1].prompt" must be a .md path under prompts/',
    ]);
  });

  it("GIVEN a model with a schema error THEN the variations that use it do not report it as unknown", () => {
    expect(problemsOf({ "configs/models.yaml": replace("contextWindow: 200000", "contextWindow: lots") })).toEqual([
      'configs/models.yaml:13:20: error: "models[0].contextWindow" must be a number',
    ]);
  });

  it("GIVEN a rollout weight with a schema error THEN the weights are not summed, but the config's other problems are found", () => {
    const problems = problemsOf({
      "configs/ai-configs/support-assistant.yaml": (old) =>
        old.replace("friendly-v2: 10", "friendly-v2: ten").replace("maintainer: ai-ml", "maintainer: nobody"),
    });
    expect(problems).toEqual([
      'configs/ai-configs/support-assistant.yaml:5:13: error: unknown team "nobody"; known: developers, ai-ml, product-managers, qa, sre, admins',
      'configs/ai-configs/support-assistant.yaml:64:24: error: "targeting.production.fallthrough.rollout.weights.friendly-v2" must be a number',
    ]);
  });

  it("GIVEN a team's access level with a schema error THEN that environment is not also reported as missing", () => {
    expect(
      problemsOf({
        "configs/access.yaml": replace(
          "access: { dev: read, staging: read, production: read }",
          "access: { dev: read, staging: reed, production: read }",
        ),
      }),
    ).toEqual([
      'configs/access.yaml:22:35: error: "teams[3].access.staging" must be one of none, read, full, or a list of capabilities',
    ]);
  });

  it("GIVEN an environment with a schema error THEN it is still declared: targeting it is not an unknown environment", () => {
    const problems = problemsOf({ "configs/project.yaml": replace("color: F59E0B", "color: purple") });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^configs\/project\.yaml:\d+:\d+: error: "environments\[1\]\.color" must be six hex digits/,
    );
  });

  it("GIVEN an unknown field in a later list item THEN problems in the items after it still point at their own lines", () => {
    const problems = problemsOf({
      "configs/ai-configs/support-assistant.yaml": (old) =>
        old
          .replace(
            "    name: Friendly v1\n    model: claude-haiku-4-5",
            "    name: Friendly v1\n    temprature: 1\n    model: 7",
          )
          .replace("model: claude-sonnet-4-5", "model: claude-sonet-4-5"),
    });
    expect(problems).toEqual([
      'configs/ai-configs/support-assistant.yaml:22:5: error: unknown field "variations[0].temprature"',
      'configs/ai-configs/support-assistant.yaml:23:12: error: "variations[0].model" must be a string',
      'configs/ai-configs/support-assistant.yaml:37:12: error: unknown model "claude-sonet-4-5" (did you mean "claude-sonnet-4-5"?); known: claude-sonnet-4-5, claude-haiku-4-5, nova-pro, nova-lite',
    ]);
  });
});
