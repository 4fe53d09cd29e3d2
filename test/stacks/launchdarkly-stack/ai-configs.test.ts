import { replace } from "../../helpers/catalog-fixture";
import { byKey, launchDarklyStack } from "../../helpers/ld-stack";

describe("the launchdarkly stack of the example catalog: AiConfigs", () => {
  const stack = launchDarklyStack();
  const configs = byKey(stack, "launchdarkly_ai_config");
  const variations = Object.fromEntries(
    Object.values(byKey(stack, "launchdarkly_ai_config_variation", "address")).map((v) => [
      `${String(v.config_key).match(/ai-configs_([a-z-]+?)_[0-9A-F]{8}/)![1]}/${v.key}`,
      v,
    ]),
  );

  it("GIVEN four AI Configs THEN each is declared with its mode, maintainer team and tags", () => {
    expect(Object.keys(configs).sort()).toEqual([
      "answer-judge",
      "docs-agent",
      "support-assistant",
      "ticket-summarizer",
    ]);
    expect(configs["support-assistant"]).toMatchObject({
      project_key: expect.stringMatching(/^\$\{launchdarkly_project\.project_[0-9A-F]{8}\.key\}$/),
      name: "Support assistant",
      mode: "completion",
      maintainer_team_key: expect.stringMatching(/^\$\{launchdarkly_team\.access_team-ai-ml_[0-9A-F]{8}\.key\}$/),
      tags: ["managed-by-terraform", "ai-configs", "support", "customer-facing"],
    });
  });

  it("THEN the judge config carries its evaluation metric key", () => {
    expect(configs["answer-judge"]).toMatchObject({
      mode: "judge",
      evaluation_metric_key: "$ld:ai:judge:answer-quality",
    });
  });

  it("THEN completion variations carry the prompt file's messages", () => {
    expect(variations["support-assistant/expert-v3"]!.messages.map((m: { role: string }) => m.role)).toEqual([
      "system",
      "user",
      "assistant",
    ]);
    expect(variations["support-assistant/friendly-v1"]!.messages[0].content).toMatch(
      /^You are the support assistant of \{\{company\}\}\./,
    );
    expect(variations["support-assistant/friendly-v1"]!.description).toBe(
      "The first production prompt; warm and short.",
    );
  });

  it("THEN agent variations carry instructions and their tools, by reference", () => {
    const agent = variations["docs-agent/researcher-v1"]!;
    expect(agent.messages).toBeUndefined();
    expect(agent.instructions).toMatch(/^You answer questions about \{\{product_name\}\}/);
    expect(agent.tool_keys).toEqual([
      expect.stringMatching(/^\$\{launchdarkly_ai_tool\.tools_search-docs_[0-9A-F]{8}\.key\}$/),
      expect.stringMatching(/^\$\{launchdarkly_ai_tool\.tools_get-order-status_[0-9A-F]{8}\.key\}$/),
    ]);
  });

  it("THEN a judge is attached with its sampling rate, after the judge config exists", () => {
    const v2 = variations["support-assistant/friendly-v2"]!;
    expect(v2.judges).toEqual({ "answer-judge": { sampling_rate: 0.2 } });
    expect(v2.depends_on).toEqual([configs["answer-judge"]!.address]);
    expect(variations["support-assistant/friendly-v1"]!.judges).toBeUndefined();
  });

  it("GIVEN a prompt containing ${...} THEN Terraform receives it escaped, so LaunchDarkly gets it verbatim", () => {
    const edited = launchDarklyStack({
      "prompts/support-assistant/friendly-v1.md": replace(
        "never invent order details",
        "never quote ${price} or %{discount} codes",
      ),
    });
    const v1 = Object.values(byKey(edited, "launchdarkly_ai_config_variation")).find(
      (v) => v.key === "friendly-v1" && String(v.config_key).includes("support-assistant"),
    )!;
    expect(v1.messages[0].content).toContain("never quote $${price} or %%{discount} codes");
  });

  it("GIVEN the tools resource THEN each tool has its JSON Schema", () => {
    const tools = byKey(stack, "launchdarkly_ai_tool");
    expect(JSON.parse(tools["get-order-status"]!.schema_json)).toEqual({
      type: "object",
      properties: { orderNumber: { type: "string", pattern: "^[A-Z]{2}-[0-9]{6}$" } },
      required: ["orderNumber"],
    });
  });
});
