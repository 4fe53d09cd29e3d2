import { chain, exampleCatalog, replace, STOP_EXPERIMENT, EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { catalogAt } from "../helpers/synth";
import { servedModels, servedVariations } from "../../src/catalog/served";

const SA = "configs/ai-configs/support-assistant.yaml";

describe("what an environment serves", () => {
  const catalog = catalogAt(EXAMPLE_ROOT);
  const assistant = catalog.aiConfigs.find((c) => c.key === "support-assistant")!;

  it("GIVEN a rule, a 90/10 rollout and an off variation THEN all three count", () => {
    expect([...servedVariations(assistant, "production")].sort()).toEqual(["friendly-v1", "friendly-v2"]);
    expect([...servedVariations(assistant, "staging")].sort()).toEqual(["expert-v3", "friendly-v2"]);
  });

  it("GIVEN no targeting in an environment THEN nothing is served", () => {
    const agent = catalog.aiConfigs.find((c) => c.key === "docs-agent")!;
    expect(servedVariations(agent, "production").size).toBe(0);
  });

  it("GIVEN the example THEN production calls Haiku (support), Nova Lite (summaries) and Nova Pro (the judge on friendly-v2)", () => {
    expect(servedModels(catalog, "production")).toEqual(["claude-haiku-4-5", "nova-lite", "nova-pro"]);
    expect(servedModels(catalog, "staging")).toEqual(["claude-haiku-4-5", "claude-sonnet-4-5", "nova-pro"]);
  });

  it("GIVEN a rollout share of zero THEN that variation is served only if a rule serves it", () => {
    const edited = catalogAt(
      exampleCatalog({
        [SA]: chain(
          replace("friendly-v1: 90\n          friendly-v2: 10", "friendly-v1: 100\n          friendly-v2: 0"),
          STOP_EXPERIMENT,
        ),
      }),
    );
    const config = edited.aiConfigs.find((c) => c.key === "support-assistant")!;
    expect([...servedVariations(config, "production")].sort()).toEqual(["friendly-v1", "friendly-v2"]);
    const withoutRule = catalogAt(
      exampleCatalog({
        [SA]: (old) =>
          old
            .replace("friendly-v1: 90\n          friendly-v2: 10", "friendly-v1: 100\n          friendly-v2: 0")
            .replace(
              / {2}production:\n {4}offVariation: friendly-v1\n {4}rules:[\s\S]*?serve: \{ variation: friendly-v2 \}\n/,
              "  production:\n    offVariation: friendly-v1\n",
            )
            .replace("state: running", "state: stopped"),
      }),
    );
    expect([
      ...servedVariations(
        withoutRule.aiConfigs.find((c) => c.key === "support-assistant")!,
        "production",
      ),
    ]).toEqual(["friendly-v1"]);
  });
});
