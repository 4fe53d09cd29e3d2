import { problemsOf, replace, rulesOf } from "../../helpers/catalog-fixture";

describe("model-exists", () => {
  it("GIVEN a declared model THEN it stays silent", () => {
    expect(
      rulesOf({ "configs/ai-configs/support-assistant.yaml": replace("model: claude-sonnet-4-5", "model: nova-pro") }),
    ).not.toContain("model-exists");
  });

  it("GIVEN a misspelt model key THEN the variation's model is reported with the known keys", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace("model: claude-sonnet-4-5", "model: claude-sonet-4-5"),
      }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:36:12: error: unknown model "claude-sonet-4-5" (did you mean "claude-sonnet-4-5"?); known: claude-sonnet-4-5, claude-haiku-4-5, nova-pro, nova-lite',
    ]);
  });
});

describe("prompt-exists", () => {
  it("GIVEN no prompt field THEN prompts/<config>/<variation>.md is used", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace("    prompt: support-assistant/expert-v3.md\n", ""),
      }),
    ).toEqual([]);
  });

  it("GIVEN a prompt path that does not exist THEN the prompt field is reported, and the orphaned file is a warning", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace(
          "prompt: support-assistant/expert-v3.md",
          "prompt: support-assistant/expert-v4.md",
        ),
      }),
    ).toEqual([
      "configs/ai-configs/support-assistant.yaml:38:13: error: prompt file prompts/support-assistant/expert-v4.md does not exist",
      "prompts/support-assistant/expert-v3.md:1:1: warning: prompt file is not used by any variation",
    ]);
  });

  it("GIVEN a prompt path that climbs out of prompts/ THEN it is rejected", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace(
          "prompt: support-assistant/expert-v3.md",
          "prompt: ../configs/x.md",
        ),
      }),
    ).toContain(
      'configs/ai-configs/support-assistant.yaml:38:13: error: prompt path "../configs/x.md" must stay inside prompts/',
    );
  });
});

describe("tool-exists", () => {
  const DOCS = "configs/ai-configs/docs-agent.yaml";
  it("GIVEN declared tools THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("tool-exists");
  });

  it("GIVEN an undeclared tool THEN the tool entry is reported", () => {
    expect(
      problemsOf({
        [DOCS]: replace("tools: [search-docs, get-order-status]", "tools: [search-docs, get-order]"),
        "evals/docs-agent.yaml": null,
      }),
    ).toEqual([`${DOCS}:17:26: error: unknown tool "get-order"; known: search-docs, get-order-status`]);
  });
});

describe("judge-reference", () => {
  it("GIVEN a judge-mode config attached as judge THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("judge-reference");
  });

  it("GIVEN a completion-mode config attached as a judge THEN it is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace("- key: answer-judge", "- key: ticket-summarizer"),
      }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:31:14: error: "ticket-summarizer" is a completion-mode AI Config; only judge-mode configs can be attached as judges',
    ]);
  });

  it("GIVEN a judge that does not exist THEN it is reported with the known judges", () => {
    expect(
      problemsOf({ "configs/ai-configs/support-assistant.yaml": replace("- key: answer-judge", "- key: tone-judge") }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:31:14: error: unknown judge AI Config "tone-judge"; known: answer-judge',
    ]);
  });
});

describe("maintainer-exists", () => {
  it("GIVEN a maintainer team from access.yaml THEN it stays silent", () => {
    expect(
      rulesOf({ "configs/ai-configs/support-assistant.yaml": replace("maintainer: ai-ml", "maintainer: sre") }),
    ).not.toContain("maintainer-exists");
  });

  it("GIVEN an unknown maintainer team THEN it is reported", () => {
    expect(
      problemsOf({ "configs/ai-configs/support-assistant.yaml": replace("maintainer: ai-ml", "maintainer: ml-team") }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:5:13: error: unknown team "ml-team"; known: developers, ai-ml, product-managers, qa, sre, admins',
    ]);
  });
});
