import { replace } from "../../helpers/catalog-fixture";
import { byKey, launchDarklyStack } from "../../helpers/ld-stack";

const SA = "configs/ai-configs/support-assistant.yaml";

describe("the launchdarkly stack of the example catalog: ModelConfigs", () => {
  const stack = launchDarklyStack();
  const configs = byKey(stack, "launchdarkly_model_config");
  const variations = byKey(stack, "launchdarkly_ai_config_variation");

  it("GIVEN variations with and without parameter overrides THEN one model config per model and parameter set", () => {
    const keys = Object.keys(configs);
    expect(keys).toHaveLength(7);
    expect(keys.filter((k) => k.startsWith("claude-haiku-4-5-"))).toHaveLength(2);
    for (const key of keys)
      expect(key).toMatch(/^(claude-sonnet-4-5|claude-haiku-4-5|nova-pro|nova-lite)-[0-9a-f]{8}$/);
  });

  it("THEN each carries the inference profile as model id, per-token prices and the merged parameters", () => {
    const haiku = Object.values(configs).find((c) => c.name === "Claude Haiku 4.5 (maxTokens 1024, temperature 0.4)")!;
    expect(haiku).toMatchObject({
      model_id: "eu.anthropic.claude-haiku-4-5-20251001-v1:0",
      model_provider: "bedrock",
      params: '{"maxTokens":1024,"temperature":0.4}',
      cost_per_input_token: 0.0000011,
      cost_per_output_token: 0.0000055,
      lifecycle: { create_before_destroy: true },
    });
  });

  it("THEN variations reference their model config through Terraform, never by a literal key", () => {
    const friendlyV2 = Object.values(variations).find((v) => v.key === "friendly-v2")!;
    const target = Object.values(configs).find((c) => c.params === '{"maxTokens":1024,"temperature":0.4}')!;
    expect(friendlyV2.model_config_key).toBe(`\${${target.address}.key}`);
  });

  it("GIVEN a price change THEN the model config gets a new key and its variations follow it", () => {
    const repriced = launchDarklyStack({
      "configs/models.yaml": replace(
        "costPerMillionTokens: { input: 1.10, output: 5.50 }",
        "costPerMillionTokens: { input: 1.00, output: 5.00 }",
      ),
    });
    const before = Object.keys(configs).filter((k) => k.startsWith("claude-haiku"));
    const after = Object.keys(byKey(repriced, "launchdarkly_model_config")).filter((k) => k.startsWith("claude-haiku"));
    expect(after).toHaveLength(2);
    expect(after.filter((k) => before.includes(k))).toEqual([]);
    const sonnet = (s: typeof stack) =>
      Object.keys(byKey(s, "launchdarkly_model_config")).filter((k) => k.startsWith("claude-sonnet"));
    expect(sonnet(repriced)).toEqual(sonnet(stack));
  });

  it("GIVEN a variation override equal to the model default THEN it shares the default model config", () => {
    const same = launchDarklyStack({
      [SA]: replace("parameters: { temperature: 0.4 }", "parameters: { temperature: 0.3 }"),
    });
    expect(Object.keys(byKey(same, "launchdarkly_model_config"))).toHaveLength(6);
  });
});
