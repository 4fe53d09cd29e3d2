import { chain, exampleCatalog, replace, STOP_EXPERIMENT, type Edit, EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { catalogAt } from "../helpers/synth";
import { analyseImpact } from "../../src/impact/analyse";

const SA = "configs/ai-configs/support-assistant.yaml";
const base = catalogAt(EXAMPLE_ROOT);
const impactOf = (edits: Record<string, Edit>) => analyseImpact(base, catalogAt(exampleCatalog(edits)));
const reached = (impact: ReturnType<typeof analyseImpact>) =>
  Object.entries(impact.environments)
    .filter(([, e]) => e.reached)
    .map(([k]) => k);

describe("impact analysis", () => {
  it("GIVEN no change THEN no environment is reached", () => {
    expect(reached(analyseImpact(base, base))).toEqual([]);
  });

  it("GIVEN a prompt edit THEN the environments serving that variation are reached, with the served prompt's diff", () => {
    const impact = impactOf({
      "prompts/support-assistant/friendly-v2.md": replace("Keep a {{tone}} tone.", "Keep a {{tone}}, patient tone."),
    });
    expect(reached(impact)).toEqual(["staging", "production"]);
    const production = impact.environments.production!;
    expect(production.reasons).toEqual([
      "prompt of support-assistant/friendly-v2 changed, and it is served here",
      "experiment support-assistant/friendly-v2-feedback: treatment friendly-v2 changes while it runs (refused)",
      "launchdarkly stack: variation support-assistant/friendly-v2 changes (prompt)",
    ]);
    expect(production.prompts[0]!.diff).toContain(
      "-Address the customer as {{customer_name}}.{{#tone}} Keep a {{tone}} tone.{{/tone}} The customer is",
    );
    expect(production.prompts[0]!.diff).toContain(
      "+Address the customer as {{customer_name}}.{{#tone}} Keep a {{tone}}, patient tone.{{/tone}} The customer is",
    );
  });

  it("GIVEN a rollout change THEN only production is reached, and the change is said in words with its cost", () => {
    const impact = impactOf({
      [SA]: chain(
        replace("friendly-v1: 90\n          friendly-v2: 10", "friendly-v1: 50\n          friendly-v2: 50"),
        STOP_EXPERIMENT,
      ),
    });
    expect(reached(impact)).toEqual(["production"]);
    expect(impact.environments.production!.targeting).toEqual([
      {
        config: "support-assistant",
        changes: ["fallthrough: friendly-v1 90%, friendly-v2 10% -> friendly-v1 50%, friendly-v2 50%"],
      },
    ]);
    const [cost] = impact.environments.production!.cost;
    expect(cost!.config).toBe("support-assistant");
    expect(cost!.after!).toBeGreaterThan(cost!.before!);
  });

  it("GIVEN the running experiment stopped with a winner THEN production is reached and the stop is said with its treatments and metrics", () => {
    const impact = impactOf({
      [SA]: replace(
        "state: running",
        "state: stopped\n      winner: { variation: friendly-v2, reason: more positive feedback }",
      ),
    });
    expect(reached(impact)).toEqual(["production"]);
    expect(impact.environments.production!.reasons).toEqual([
      "experiment support-assistant/friendly-v2-feedback: stops (winner friendly-v2: more positive feedback)",
    ]);
    expect(impact.environments.production!.experiments).toEqual([
      {
        config: "support-assistant",
        changes: [
          {
            experiment: "friendly-v2-feedback",
            change: "stops (winner friendly-v2: more positive feedback)",
            details: [
              "on the fallthrough: friendly-v1 90% (baseline), friendly-v2 10%",
              "primary metric: ai-feedback-positive; secondary: ai-duration-p95, ai-tokens-total, ticket-resolved",
              expect.stringMatching(/^hypothesis: Plan-aware answers/),
            ],
          },
        ],
      },
    ]);
  });

  it("GIVEN a new experiment declared running THEN it starts; a changed design of a running one is flagged as refused", () => {
    const started = analyseImpact(
      catalogAt(exampleCatalog({ [SA]: (old) => old.replace(/\nexperiments:[\s\S]*$/, "\n") })),
      base,
    );
    expect(started.environments.production!.experiments[0]!.changes.map((c) => c.change)).toEqual(["starts"]);
    const redesigned = impactOf({ [SA]: replace("primaryMetric: ai-feedback-positive", "primaryMetric: handle-time") });
    expect(redesigned.environments.production!.experiments[0]!.changes[0]!.change).toBe(
      "primaryMetric changed: will be refused while it runs (stop it and declare a new experiment)",
    );
  });

  it("GIVEN a variation deleted while production still serves it THEN the change is blocked, naming it and what to do", () => {
    const impact = impactOf({
      [SA]: (old) =>
        old
          .replace(/ {2}- key: friendly-v1\n[\s\S]*?prompt: support-assistant\/friendly-v1.md\n\n/, "")
          .replace("offVariation: friendly-v1", "offVariation: friendly-v2")
          .replace(
            /fallthrough:\n {6}rollout:\n {8}bucketBy: key\n {8}weights:\n {10}friendly-v1: 90\n {10}friendly-v2: 10/,
            "fallthrough: { variation: friendly-v2 }",
          )
          .replace(/\nexperiments:[\s\S]*$/, "\n"),
      "prompts/support-assistant/friendly-v1.md": null,
    });
    expect(impact.blockers).toEqual([
      "support-assistant/friendly-v1 is deleted while production still serves it: stop serving it in one pull request, and delete it in the next",
    ]);
  });

  it("GIVEN a variation deleted that no environment served THEN nothing blocks", () => {
    const withSpare = catalogAt(
      exampleCatalog({
        [SA]: replace(
          "variations:\n",
          "variations:\n  - key: spare\n    model: claude-haiku-4-5\n    prompt: support-assistant/friendly-v1.md\n\n",
        ),
      }),
    );
    expect(analyseImpact(withSpare, base).blockers).toEqual([]);
  });

  it("GIVEN a model swap THEN the environments serving the variation are reached, with the model change, and production through the launchdarkly stack", () => {
    const impact = impactOf({ [SA]: replace("model: claude-sonnet-4-5", "model: nova-pro") });
    expect(reached(impact)).toEqual(["dev", "staging", "production"]);
    expect(impact.environments.production!.reasons).toEqual([
      "launchdarkly stack: variation support-assistant/expert-v3 changes (model, parameters)",
    ]);
    expect(impact.environments.dev!.models).toEqual([
      {
        config: "support-assistant",
        variation: "expert-v3",
        before: "claude-sonnet-4-5 (temperature 0.3, maxTokens 1500)",
        after: "nova-pro (temperature 0.5, maxTokens 1500)",
      },
    ]);
  });

  it("GIVEN a role change in production THEN only production is reached", () => {
    const impact = impactOf({
      "configs/access.yaml": replace("      production: read\n", "      production: [viewMetrics]\n"),
    });
    expect(reached(impact)).toEqual(["production"]);
    expect(impact.environments.production!.reasons).toEqual([
      "access of team product-managers changed",
      "launchdarkly stack: the role of team product-managers changes (access)",
    ]);
  });

  it("GIVEN a price change THEN the environments serving that model are reached (Nova Lite serves production only), and dev, whose dashboard prices every model", () => {
    const impact = impactOf({
      "configs/models.yaml": replace(
        "costPerMillionTokens: { input: 0.06, output: 0.24 }",
        "costPerMillionTokens: { input: 0.07, output: 0.28 }",
      ),
    });
    expect(reached(impact)).toEqual(["dev", "production"]);
    expect(impact.environments.production!.reasons).toEqual([
      "model nova-lite changed (prices, limits or defaults), and ticket-summarizer/bullets-lite is served here",
      "launchdarkly stack: model nova-lite changes (costPerMillionTokens)",
    ]);
    expect(impact.environments.dev!.reasons).toEqual(["aws-dev stack: its configuration changes"]);
  });

  it("GIVEN no base catalog THEN everything is new everywhere", () => {
    const impact = analyseImpact(undefined, base);
    expect(reached(impact)).toEqual(["dev", "staging", "production"]);
    expect(impact.environments.production!.prompts.map((p) => `${p.config}/${p.variation}`)).toContain(
      "support-assistant/friendly-v1",
    );
  });
});
