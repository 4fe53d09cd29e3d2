import { problemsOf, replace, rulesOf } from "../../helpers/catalog-fixture";

const DOCS_PROMPT = "prompts/docs-agent/researcher-v1.md";
const JUDGE = "configs/ai-configs/answer-judge.yaml";

describe("mode-rules", () => {
  it("GIVEN agent instructions without role markers and a judge with its metric key THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("mode-rules");
  });

  it("GIVEN an agent prompt with role markers THEN the first marker is reported", () => {
    expect(problemsOf({ [DOCS_PROMPT]: replace("You answer questions", "system:\nYou answer questions") })).toEqual([
      `${DOCS_PROMPT}:4:1: error: docs-agent is an agent: its instructions are one text, so role markers such as "system:" are not allowed`,
    ]);
  });

  it("GIVEN a judge without an evaluationMetricKey THEN its mode is reported", () => {
    expect(problemsOf({ [JUDGE]: replace("evaluationMetricKey: $ld:ai:judge:answer-quality\n", "") })).toEqual([
      `${JUDGE}:4:7: error: a judge-mode AI Config needs an evaluationMetricKey (for example $ld:ai:judge:accuracy)`,
    ]);
  });

  it("GIVEN an evaluationMetricKey on a completion config THEN it is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace(
          "mode: completion\n",
          "mode: completion\nevaluationMetricKey: quality\n",
        ),
      }),
    ).toEqual([
      "configs/ai-configs/support-assistant.yaml:5:22: error: evaluationMetricKey is only for judge mode, and this AI Config is in completion mode",
    ]);
  });
});
