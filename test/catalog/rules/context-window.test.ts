import { problemsOf, replace, rulesOf } from "../../helpers/catalog-fixture";

describe("context-window", () => {
  it("GIVEN a prompt that fits THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("context-window");
  });

  it("GIVEN a prompt plus maximum output larger than the context window THEN the prompt file gets a warning", () => {
    const edits = {
      "configs/models.yaml": replace(
        "contextWindow: 300000\n    maxOutputTokens: 5000\n    parameters: { temperature: 0.2, maxTokens: 512 }",
        "contextWindow: 550\n    maxOutputTokens: 512\n    parameters: { temperature: 0.2, maxTokens: 512 }",
      ),
    };
    expect(problemsOf(edits)).toEqual([
      "prompts/ticket-summarizer/bullets-lite.md:1:1: warning: about 50 prompt tokens plus 512 output tokens exceed nova-lite's context window of 550 (variation ticket-summarizer/bullets-lite)",
    ]);
  });
});

describe("context-window: a prompt that alone exceeds the window", () => {
  it("GIVEN a prompt larger than the model's whole context window THEN it is an error, not a warning", () => {
    const edits = {
      "configs/models.yaml": replace(
        "contextWindow: 300000\n    maxOutputTokens: 5000\n    parameters: { temperature: 0.2, maxTokens: 512 }",
        "contextWindow: 40\n    maxOutputTokens: 10\n    parameters: { temperature: 0.2, maxTokens: 10 }",
      ),
    };
    expect(problemsOf(edits)).toEqual([
      "prompts/ticket-summarizer/bullets-lite.md:1:1: error: the prompt alone, about 50 tokens, exceeds nova-lite's context window of 40: every request would fail (variation ticket-summarizer/bullets-lite)",
    ]);
  });
});
