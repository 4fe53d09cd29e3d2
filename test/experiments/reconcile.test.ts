import { chain, exampleCatalog, replace, STOP_EXPERIMENT, EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { useLaunchDarklyStandIn } from "../helpers/use-launchdarkly-stand-in";
import { catalogAt } from "../helpers/synth";
import { reconcileExperiments } from "../../src/experiments/reconcile";
import { reconcileTargeting } from "../../src/targeting/reconcile";
import { LaunchDarklyClient } from "../../src/targeting/rest-client";
import type { Catalog } from "../../src/catalog";

const SA = "configs/ai-configs/support-assistant.yaml";
const catalog = catalogAt(EXAMPLE_ROOT);
const edited = (...edits: Array<(old: string) => string>) => catalogAt(exampleCatalog({ [SA]: chain(...edits) }));
const WINNER = replace(
  "state: running",
  "state: stopped\n      winner: { variation: friendly-v2, reason: More positive feedback at the same p95 }",
);

describe("the experiment reconciler against a LaunchDarkly stand-in", () => {
  const ld = useLaunchDarklyStandIn({ holding: catalog });
  let client: LaunchDarklyClient;
  const writes = () => ld.standIn.requests.filter((r) => r.method !== "GET" && r.path.includes("/experiments"));
  const apply = (c: Catalog, comment = "aic experiments apply of abc123") =>
    reconcileExperiments(c, "production", client, { apply: true, comment });
  const live = () => ld.standIn.experiments.get("production/friendly-v2-feedback");

  beforeEach(async () => {
    client = new LaunchDarklyClient({ apiHost: ld.host, token: ld.standIn.token, backoffMs: 5, timeoutMs: 2000 });
    await reconcileTargeting(catalog, "production", client, { apply: true, comment: "targeting first" });
  });

  it("GIVEN the example's running experiment THEN apply creates it on production's fallthrough with its iteration, and starts it", async () => {
    const [outcome] = await apply(catalog);
    expect(outcome).toMatchObject({
      config: "support-assistant",
      experiment: "friendly-v2-feedback",
      applied: true,
      steps: [{ kind: "create" }, { kind: "start" }],
    });
    const [create, start] = writes();
    const variations = (await client.getTargeting("support-ai", "support-assistant")).variations;
    const id = (key: string) => variations.find((v) => v.key === key)!._id;
    expect(create!.body).toMatchObject({
      key: "friendly-v2-feedback",
      name: "Friendly v2 against v1",
      methodology: "bayesian",
      iteration: {
        primarySingleMetricKey: "ai-feedback-positive",
        metrics: [
          { key: "ai-feedback-positive" },
          { key: "ai-duration-p95" },
          { key: "ai-tokens-total" },
          { key: "ticket-resolved" },
        ],
        randomizationUnit: "user",
        treatments: [
          {
            name: "friendly-v1",
            baseline: true,
            allocationPercent: "90",
            parameters: [{ flagKey: "support-assistant", variationId: id("friendly-v1") }],
          },
          {
            name: "friendly-v2",
            baseline: false,
            allocationPercent: "10",
            parameters: [{ flagKey: "support-assistant", variationId: id("friendly-v2") }],
          },
        ],
        flags: { "support-assistant": { ruleId: "fallthrough" } },
      },
    });
    expect(start!.body).toEqual({
      comment: "aic experiments apply of abc123",
      instructions: [{ kind: "startIteration", changeJustification: "aic experiments apply of abc123" }],
    });
    expect(live()!.iterations.map((i) => i.status)).toEqual(["running"]);
    expect(create!.apiVersion).toBe("20240415");
    expect(start!.apiVersion).toBe("20240415");
  });

  it("GIVEN the experiment already running THEN a second apply sends nothing", async () => {
    await apply(catalog);
    const sent = writes().length;
    const outcomes = await apply(catalog, "again");
    expect(outcomes.map((o) => o.steps)).toEqual([[]]);
    expect(writes()).toHaveLength(sent);
  });

  it("GIVEN an unrelated change (a new prompt version, another environment's targeting) THEN the running iteration is left alone", async () => {
    await apply(catalog);
    const sent = writes().length;
    ld.standIn.renewVariationIds("support-assistant");
    const changed = edited(
      replace("fallthrough: { variation: friendly-v2 }", "fallthrough: { variation: friendly-v1 }"),
    );
    expect((await apply(changed)).map((o) => o.steps)).toEqual([[]]);
    expect(writes()).toHaveLength(sent);
    expect(live()!.iterations.map((i) => i.status)).toEqual(["running"]);
  });

  it("GIVEN the experiment set to stopped with a winner THEN apply stops the iteration and records the winner", async () => {
    await apply(catalog);
    const [outcome] = await apply(edited(WINNER));
    expect(outcome!.steps).toEqual([{ kind: "stop", winner: "friendly-v2" }]);
    const iteration = live()!.iterations[0]!;
    expect(iteration).toMatchObject({ status: "stopped", winningReason: "More positive feedback at the same p95" });
    expect(iteration.winningTreatmentId).toBe(iteration.treatments.find((t) => t.name === "friendly-v2")!._id);
    expect((await apply(edited(WINNER))).map((o) => o.steps)).toEqual([[]]);
  });

  it("GIVEN a draft THEN it is created but not started; a changed hypothesis replaces the draft; running then starts it", async () => {
    const draft = (hypothesis?: string) =>
      edited(
        replace("state: running", "state: draft"),
        ...(hypothesis ? [replace("hypothesis: Plan-aware", `hypothesis: ${hypothesis}`)] : []),
      );
    expect((await apply(draft())).map((o) => o.steps)).toEqual([[{ kind: "create" }]]);
    expect(live()!.iterations.map((i) => i.status)).toEqual(["not_started"]);
    expect((await apply(draft("Sharper plan-aware"))).map((o) => o.steps)).toEqual([
      [{ kind: "replaceDraftIteration", changed: ["hypothesis"] }],
    ]);
    expect((await apply(catalog)).map((o) => o.steps)).toEqual([
      [{ kind: "replaceDraftIteration", changed: ["hypothesis"] }, { kind: "start" }],
    ]);
    expect(live()!.iterations.map((i) => [i.status, i.hypothesis.slice(0, 10)])).toEqual([["running", "Plan-aware"]]);
  });

  it("GIVEN a running experiment whose treatments changed THEN it refuses to restart it, says what to do, and sends nothing", async () => {
    await apply(catalog);
    const sent = writes().length;
    const changed = edited(replace("[ai-duration-p95, ai-tokens-total, ticket-resolved]", "[ai-duration-p95]"));
    await expect(apply(changed)).rejects.toThrow(
      "support-assistant/friendly-v2-feedback in production is running, and its secondaryMetrics changed; a running iteration is never restarted: set its state to stopped, and declare a new experiment for the new design. Already applied: nothing",
    );
    expect(writes()).toHaveLength(sent);
  });

  it("GIVEN an experiment stopped in LaunchDarkly but running in the files THEN it refuses to restart it", async () => {
    await apply(catalog);
    await apply(edited(STOP_EXPERIMENT));
    await expect(apply(catalog)).rejects.toThrow(
      "support-assistant/friendly-v2-feedback in production was stopped in LaunchDarkly; aic never restarts an experiment: declare a new experiment key to run it again",
    );
  });

  it("GIVEN an experiment on the beta rule THEN its iteration names that rule's live ID", async () => {
    const onRule = edited(
      STOP_EXPERIMENT,
      replace(
        "serve: { variation: friendly-v2 }\n    fallthrough:\n      rollout:",
        "serve: { rollout: { weights: { friendly-v2: 50, expert-v3: 50 } } }\n    fallthrough:\n      rollout:",
      ),
      (old) =>
        `${old}    - key: beta-expert\n      name: Expert for beta users\n      hypothesis: Beta users prefer expert answers\n      state: running\n      rule: Beta users get the newer prompt\n      treatments:\n        - { variation: friendly-v2, baseline: true, allocation: 50 }\n        - { variation: expert-v3, allocation: 50 }\n      primaryMetric: ai-feedback-positive\n`,
    );
    await reconcileTargeting(onRule, "production", client, { apply: true, comment: "rule rollout" });
    const outcomes = await reconcileExperiments(onRule, "production", client, {
      apply: true,
      comment: "c",
      experiment: "beta-expert",
    });
    expect(outcomes.map((o) => o.steps.map((s) => s.kind))).toEqual([["create", "start"]]);
    const ruleId = ld.standIn.environment("support-assistant", "production")!.rules[0]!._id;
    expect(
      ld.standIn.experiments.get("production/beta-expert")!.iterations[0]!.flags["support-assistant"],
    ).toMatchObject({
      targetingRule: ruleId,
      targetingRuleDescription: "Beta users get the newer prompt",
    });
  });

  it("GIVEN targeting switched off in LaunchDarkly's UI THEN starting fails, naming the experiment and what was applied; the next apply only starts it", async () => {
    ld.standIn.environment("support-assistant", "production")!.enabled = false;
    await expect(apply(catalog)).rejects.toThrow(
      /^support-assistant\/friendly-v2-feedback in production: PATCH .* failed: 400 Bad Request: invalid_request: support-assistant must be on in production to start an iteration\. Already applied: support-assistant\/friendly-v2-feedback \(create\)$/,
    );
    ld.standIn.environment("support-assistant", "production")!.enabled = true;
    expect((await apply(catalog)).map((o) => o.steps)).toEqual([[{ kind: "start" }]]);
  });
});
