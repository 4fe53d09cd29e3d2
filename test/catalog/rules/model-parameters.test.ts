import { problemsOf, replace, rulesOf } from "../../helpers/catalog-fixture";

describe("model-parameters", () => {
  it("GIVEN parameters within the model's limits THEN it stays silent", () => {
    expect(
      rulesOf({
        "configs/ai-configs/support-assistant.yaml": replace(
          "parameters: { maxTokens: 1500 }",
          "parameters: { maxTokens: 64000, temperature: 1 }",
        ),
      }),
    ).not.toContain("model-parameters");
  });

  it("GIVEN maxTokens above the model's maximum output THEN it is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace(
          "parameters: { maxTokens: 1500 }",
          "parameters: { maxTokens: 70000 }",
        ),
      }),
    ).toEqual([
      "configs/ai-configs/support-assistant.yaml:37:30: error: maxTokens 70000 exceeds claude-sonnet-4-5's maximum output of 64000 tokens",
    ]);
  });

  it("GIVEN a temperature outside the model's range THEN it is reported, in models.yaml too", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace(
          "parameters: { temperature: 0.4 }",
          "parameters: { temperature: 1.5 }",
        ),
      }),
    ).toEqual([
      "configs/ai-configs/support-assistant.yaml:28:32: error: temperature 1.5 is outside claude-haiku-4-5's range 0 to 1",
    ]);
    expect(
      problemsOf({
        "configs/models.yaml": replace(
          "parameters: { temperature: 0.2, maxTokens: 512 }",
          "parameters: { temperature: -0.1, maxTokens: 512 }",
        ),
      }),
    ).toEqual(["configs/models.yaml:48:32: error: temperature -0.1 is outside nova-lite's range 0 to 1"]);
  });
});

describe("inference-profile", () => {
  it("GIVEN an eu. profile routing to the model id THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("inference-profile");
  });

  it("GIVEN a profile for another model THEN it is reported", () => {
    expect(
      problemsOf({
        "configs/models.yaml": replace(
          "inferenceProfile: eu.amazon.nova-lite-v1:0",
          "inferenceProfile: eu.amazon.nova-micro-v1:0",
        ),
      }),
    ).toEqual([
      'configs/models.yaml:44:23: error: inferenceProfile "eu.amazon.nova-micro-v1:0" does not route to modelId "amazon.nova-lite-v1:0"',
    ]);
  });
});
