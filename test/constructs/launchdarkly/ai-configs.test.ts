import { Construct } from "constructs";
import { AiConfig, AiConfigVariation } from "../../../constructs/launchdarkly/bindings";
import { literal } from "../../../constructs/launchdarkly/terraform-text";
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

describe("AiConfigs against the provider bindings", () => {
  it("GIVEN every kind of AI Config THEN each resource is what the generated bindings write for the same input", () => {
    const bySet = synthAlone((scope) => {
      new AiConfigs(scope, "ai-configs", {
        projectKey: "shop",
        aiConfigs: [JUDGE, ASSISTANT, AGENT],
        tags: ["managed"],
      });
    });
    const byBindings = synthAlone((scope) => {
      const parent = new Construct(scope, "ai-configs");
      const configs = new Map<string, AiConfig>();
      for (const c of [JUDGE, ASSISTANT, AGENT]) {
        configs.set(
          c.key,
          new AiConfig(parent, c.key, {
            projectKey: "shop",
            key: c.key,
            name: c.name,
            description: literal(c.description),
            mode: c.mode,
            evaluationMetricKey: c.evaluationMetricKey,
            maintainerTeamKey: c.maintainerTeamKey,
            tags: ["managed", ...c.tags],
          }),
        );
      }
      for (const c of [JUDGE, ASSISTANT, AGENT]) {
        for (const v of c.variations) {
          new AiConfigVariation(parent, `${c.key}-${v.key}`, {
            projectKey: "shop",
            configKey: configs.get(c.key)!.key,
            key: v.key,
            name: v.name,
            description: literal(v.description),
            modelConfigKey: v.modelConfigKey,
            ...(c.mode === "agent"
              ? { instructions: literal(v.instructions) }
              : { messages: v.messages.map((m) => ({ role: m.role, content: literal(m.content) })) }),
            toolKeys: v.toolKeys.length > 0 ? [...v.toolKeys] : undefined,
            judges:
              v.judges.length > 0
                ? Object.fromEntries(v.judges.map((j) => [j.key, { samplingRate: j.samplingRate }]))
                : undefined,
            dependsOn: v.judges.length > 0 ? v.judges.map((j) => configs.get(j.key)!) : undefined,
          });
        }
      }
    });
    expect(bySet.resource).toEqual(byBindings.resource);
  });
});
