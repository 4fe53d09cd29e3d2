import { ModelConfigs, type ModelProps } from "../../../constructs/launchdarkly/model-configs";
import { bodiesOf, emptyStack, synthAlone } from "../../helpers/construct-synth";

const HAIKU: ModelProps = {
  key: "haiku",
  name: "Claude Haiku",
  provider: "bedrock",
  modelId: "anthropic.claude-haiku-v1:0",
  inferenceProfile: "eu.anthropic.claude-haiku-v1:0",
  costPerMillionTokens: { input: 1, output: 5 },
  parameters: { temperature: 0.2 },
};
const GPT: ModelProps = {
  key: "gpt",
  name: "GPT",
  provider: "openai",
  modelId: "gpt-5-mini",
  costPerMillionTokens: { input: 0.25, output: 2 },
  parameters: {},
};

function modelConfigs(models: readonly ModelProps[], uses: ModelProps["parameters"][][]) {
  return bodiesOf(
    synthAlone((scope) => {
      new ModelConfigs(scope, "models", {
        projectKey: "shop",
        models,
        uses: uses.flatMap((list, i) => list.map((parameters) => ({ model: models[i]!.key, parameters }))),
        tags: ["managed"],
      });
    }),
    "launchdarkly_model_config",
  );
}

describe("ModelConfigs alone", () => {
  it("GIVEN a model served with its defaults and with an override THEN there are two model configs, the default named after the model", () => {
    const configs = modelConfigs([HAIKU], [[{ temperature: 0.2 }, { temperature: 0.7, maxTokens: 512 }]]);
    expect(configs.map((c) => c.name).sort()).toEqual([
      "Claude Haiku",
      "Claude Haiku (maxTokens 512, temperature 0.7)",
    ]);
    for (const config of configs) expect(config.key).toMatch(/^haiku-[0-9a-f]{8}$/);
  });

  it("GIVEN the same parameters in another key order THEN the uses share one model config", () => {
    expect(
      modelConfigs(
        [HAIKU],
        [
          [
            { temperature: 0.7, maxTokens: 512 },
            { maxTokens: 512, temperature: 0.7 },
          ],
        ],
      ),
    ).toHaveLength(1);
  });

  it("THEN a Bedrock model config serves the inference profile, with per-token prices, and is replaced before it is destroyed", () => {
    const [config] = modelConfigs([HAIKU], [[{ temperature: 0.2 }]]);
    expect(config).toMatchObject({
      project_key: "shop",
      model_id: "eu.anthropic.claude-haiku-v1:0",
      model_provider: "bedrock",
      params: '{"temperature":0.2}',
      cost_per_input_token: 0.000001,
      cost_per_output_token: 0.000005,
      tags: ["managed"],
      lifecycle: { create_before_destroy: true },
    });
  });

  it("GIVEN a model without a profile THEN its model id is served", () => {
    expect(modelConfigs([GPT], [[{}]])[0]).toMatchObject({ model_id: "gpt-5-mini", model_provider: "openai" });
  });

  it("GIVEN a price change THEN the model config's key changes, so a new one is created first", () => {
    const [before] = modelConfigs([HAIKU], [[{ temperature: 0.2 }]]);
    const [after] = modelConfigs(
      [{ ...HAIKU, costPerMillionTokens: { input: 2, output: 5 } }],
      [[{ temperature: 0.2 }]],
    );
    expect(after!.key).not.toBe(before!.key);
  });

  it("THEN keyFor finds a use's model config whatever the key order, and refuses one nobody declared", () => {
    const models = new ModelConfigs(emptyStack(), "models", {
      projectKey: "shop",
      models: [HAIKU],
      uses: [{ model: "haiku", parameters: { temperature: 0.7, maxTokens: 512 } }],
      tags: [],
    });
    expect(models.keyFor("haiku", { maxTokens: 512, temperature: 0.7 })).toMatch(/TfToken/);
    expect(() => models.keyFor("haiku", { temperature: 0.1 })).toThrow("no model config for haiku");
  });

  it("GIVEN a use of an unknown model THEN construction fails", () => {
    expect(
      () =>
        new ModelConfigs(emptyStack(), "models", {
          projectKey: "shop",
          models: [HAIKU],
          uses: [{ model: "sonnet", parameters: {} }],
          tags: [],
        }),
    ).toThrow("model sonnet is not among the models");
  });
});
