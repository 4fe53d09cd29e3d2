import { AiConfigs, type AiConfigProps } from "../../../constructs/launchdarkly/ai-configs";
import { emptyStack, resourcesOf, synthAlone } from "../../helpers/construct-synth";

const JUDGE: AiConfigProps = {
  key: "judge",
  name: "Judge",
  mode: "judge",
  evaluationMetricKey: "$ld:ai:judge:quality",
  tags: [],
  variations: [
    {
      key: "strict",
      name: "Strict",
      modelConfigKey: "haiku-11111111",
      messages: [{ role: "system", content: "Score the answer." }],
      toolKeys: [],
      judges: [],
    },
  ],
};
const ASSISTANT: AiConfigProps = {
  key: "assistant",
  name: "Assistant",
  description: "Answers ${customers}",
  mode: "completion",
  maintainerTeamKey: "ai-ml",
  tags: ["support"],
  variations: [
    {
      key: "friendly",
      name: "Friendly",
      description: "Warm tone",
      modelConfigKey: "haiku-22222222",
      messages: [
        { role: "system", content: "Be kind to {{name}}, never print ${secret}." },
        { role: "user", content: "Hi" },
      ],
      toolKeys: [],
      judges: [{ key: "judge", samplingRate: 0.25 }],
    },
  ],
};
const AGENT: AiConfigProps = {
  key: "agent",
  name: "Agent",
  mode: "agent",
  tags: [],
  variations: [
    {
      key: "v1",
      name: "V1",
      modelConfigKey: "sonnet-33333333",
      messages: [],
      instructions: "Use the tools.",
      toolKeys: ["search", "order-status"],
      judges: [],
    },
  ],
};

describe("AiConfigs alone", () => {
  const json = synthAlone((scope) => {
    new AiConfigs(scope, "ai-configs", { projectKey: "shop", aiConfigs: [JUDGE, ASSISTANT, AGENT], tags: ["managed"] });
  });
  const config = (key: string) =>
    Object.values(resourcesOf(json, "launchdarkly_ai_config")).find((c) => c.key === key)!;
  const variations = resourcesOf(json, "launchdarkly_ai_config_variation");
  const variation = (key: string) => Object.values(variations).find((v) => v.key === key)!;

  it("GIVEN three AI Configs THEN each is declared with the construct's tags, then its own", () => {
    expect(config("assistant")).toMatchObject({
      project_key: "shop",
      name: "Assistant",
      mode: "completion",
      description: "Answers $${customers}",
      maintainer_team_key: "ai-ml",
      tags: ["managed", "support"],
    });
    expect(config("judge")).toMatchObject({ mode: "judge", evaluation_metric_key: "$ld:ai:judge:quality" });
  });

  it("THEN a completion variation carries its messages as written, Terraform's template syntax escaped", () => {
    expect(variation("friendly")).toMatchObject({
      name: "Friendly",
      description: "Warm tone",
      model_config_key: "haiku-22222222",
      messages: [
        { role: "system", content: "Be kind to {{name}}, never print $${secret}." },
        { role: "user", content: "Hi" },
      ],
    });
    expect(variation("friendly").instructions).toBeUndefined();
    expect(variation("friendly").config_key).toMatch(
      /^\$\{launchdarkly_ai_config\.ai-configs_assistant_[0-9A-F]{8}\.key\}$/,
    );
  });

  it("THEN an agent variation carries instructions and its tools, and no messages", () => {
    expect(variation("v1")).toMatchObject({ instructions: "Use the tools.", tool_keys: ["search", "order-status"] });
    expect(variation("v1").messages).toBeUndefined();
    expect(variation("friendly").tool_keys).toBeUndefined();
  });

  it("THEN a judged variation names its judge with the sampling rate and is created after the judge", () => {
    expect(variation("friendly").judges).toEqual({ judge: { sampling_rate: 0.25 } });
    expect(variation("friendly").depends_on).toEqual([
      expect.stringMatching(/^launchdarkly_ai_config\.ai-configs_judge_[0-9A-F]{8}$/),
    ]);
    expect(variation("strict").depends_on).toBeUndefined();
  });

  it("GIVEN a judge that is not among the AI Configs THEN construction fails naming it", () => {
    expect(
      () => new AiConfigs(emptyStack(), "ai-configs", { projectKey: "shop", aiConfigs: [ASSISTANT], tags: [] }),
    ).toThrow("judge judge of assistant/friendly is not among the AI Configs");
  });
});
