import * as path from "node:path";
import { loadCatalog, type Catalog } from "../../src/catalog";
import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";

describe("the shipped example catalog", () => {
  const result = loadCatalog(EXAMPLE_ROOT);
  const catalog = (result.ok ? result.catalog : undefined) as Catalog;

  it("validates with no error and no warning", () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("targets LaunchDarkly's EU instance", () => {
    expect(catalog.instance).toEqual({
      name: "eu",
      apiHost: "https://app.eu.launchdarkly.com",
      sdkBaseUri: "https://sdk.eu.launchdarkly.com",
      streamUri: "https://stream.eu.launchdarkly.com",
      eventsUri: "https://events.eu.launchdarkly.com",
    });
  });

  it("requires two approvers and no self-review in production only", () => {
    const approvals = Object.fromEntries(catalog.environments.map((e) => [e.key, e.approvals]));
    expect(approvals.production).toEqual({
      required: true,
      minApprovals: 2,
      canReviewOwnRequest: false,
      canApplyDeclinedChanges: false,
    });
    expect(approvals.dev?.required).toBe(false);
    expect(catalog.environments.find((e) => e.key === "production")?.critical).toBe(true);
  });

  it("merges model defaults with variation overrides", () => {
    const expert = catalog.aiConfigs
      .find((c) => c.key === "support-assistant")!
      .variations.find((v) => v.key === "expert-v3")!;
    expect(expert.parameters).toEqual({ temperature: 0.3, maxTokens: 1500 });
    expect(expert.parameterOverrides).toEqual({ maxTokens: 1500 });
  });

  it("reads prompts as messages, and agent prompts as instructions", () => {
    const configs = Object.fromEntries(catalog.aiConfigs.map((c) => [c.key, c]));
    const expert = configs["support-assistant"]!.variations[2]!;
    expect(expert.prompt.messages.map((m) => m.role)).toEqual(["system", "user", "assistant"]);
    expect(expert.prompt.description).toBe("Longer, step-by-step answers for complex product questions.");
    const agent = configs["docs-agent"]!.variations[0]!;
    expect(agent.prompt.instructions).toMatch(/^You answer questions about \{\{product_name\}\}/);
    expect(configs["support-assistant"]!.variations[1]!.prompt.contextAttributes).toEqual(["plan"]);
  });

  it("gives every environment its segments and merged alert thresholds", () => {
    expect(Object.keys(catalog.segments)).toEqual(["dev", "staging", "production"]);
    expect(catalog.observability.production!.alerts).toEqual({
      latencyP95Ms: 6000,
      latencyP99Ms: 12000,
      errorRatePercent: 2,
      throttles: 5,
    });
    expect(catalog.observability.staging!.alerts.latencyP95Ms).toBe(8000);
  });

  it("is immutable", () => {
    expect(() => {
      (catalog.models[0] as { name: string }).name = "changed";
    }).toThrow(TypeError);
    expect(Object.isFrozen(catalog.aiConfigs[0]!.variations[0]!.prompt.messages)).toBe(true);
  });

  it("keeps the root it was loaded from", () => {
    expect(catalog.root).toBe(path.resolve(EXAMPLE_ROOT));
  });
});
