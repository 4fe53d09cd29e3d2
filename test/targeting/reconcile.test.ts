import { chain, exampleCatalog, replace, STOP_EXPERIMENT, EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { useLaunchDarklyStandIn } from "../helpers/use-launchdarkly-stand-in";
import { catalogAt } from "../helpers/synth";
import { reconcileApprovalSettings, reconcileTargeting } from "../../src/targeting/reconcile";
import { LaunchDarklyClient } from "../../src/targeting/rest-client";

const SA = "configs/ai-configs/support-assistant.yaml";
const catalog = catalogAt(EXAMPLE_ROOT);

describe("the targeting reconciler against a LaunchDarkly stand-in", () => {
  const ld = useLaunchDarklyStandIn({ holding: catalog });
  let client: LaunchDarklyClient;
  const patches = () => ld.standIn.requests.filter((r) => r.method === "PATCH");

  beforeEach(() => {
    client = new LaunchDarklyClient({ apiHost: ld.host, token: ld.standIn.token, backoffMs: 5, timeoutMs: 2000 });
  });

  it("GIVEN nothing targeted yet THEN apply sets production's rules, rollout and off variation, with a comment", async () => {
    const outcomes = await reconcileTargeting(catalog, "production", client, {
      apply: true,
      comment: "aic targeting apply of abc123",
    });
    expect(outcomes.map((o) => [o.config, o.applied])).toEqual([
      ["answer-judge", true],
      ["support-assistant", true],
      ["ticket-summarizer", true],
    ]);
    const env = ld.standIn.environment("support-assistant", "production")!;
    expect(env.enabled).toBe(true);
    expect(env.offVariation).toBe(1);
    expect(env.fallthrough.rollout!.variations).toEqual([
      { variation: 1, weight: 90000 },
      { variation: 2, weight: 10000 },
    ]);
    expect(env.rules).toHaveLength(1);
    expect(env.rules[0]).toMatchObject({
      variation: 2,
      clauses: [{ attribute: "segmentMatch", op: "segmentMatch", values: ["beta-users"], negate: false }],
    });
    expect(patches()[0]!.body).toMatchObject({
      environmentKey: "production",
      comment: "aic targeting apply of abc123",
    });
    expect(ld.standIn.environment("docs-agent", "production")).toBeUndefined();
  });

  it("GIVEN targeting already applied THEN a second apply sends nothing", async () => {
    await reconcileTargeting(catalog, "production", client, { apply: true, comment: "first" });
    const sent = patches().length;
    const outcomes = await reconcileTargeting(catalog, "production", client, { apply: true, comment: "second" });
    expect(patches()).toHaveLength(sent);
    expect(outcomes.every((o) => o.instructions.length === 0)).toBe(true);
  });

  it("GIVEN a rollout change THEN only the fallthrough is updated", async () => {
    await reconcileTargeting(catalog, "production", client, { apply: true, comment: "first" });
    const changed = catalogAt(
      exampleCatalog({
        [SA]: chain(
          replace("friendly-v1: 90\n          friendly-v2: 10", "friendly-v1: 50\n          friendly-v2: 50"),
          STOP_EXPERIMENT,
        ),
      }),
    );
    const [outcome] = await reconcileTargeting(changed, "production", client, {
      apply: true,
      comment: "rollout",
      configs: ["support-assistant"],
    });
    expect(outcome!.instructions.map((i) => i.kind)).toEqual(["updateFallthroughVariationOrRollout"]);
    expect(ld.standIn.environment("support-assistant", "production")!.fallthrough.rollout!.variations).toEqual([
      { variation: 1, weight: 50000 },
      { variation: 2, weight: 50000 },
    ]);
  });

  it("GIVEN rules reordered THEN the rules are replaced in the new order", async () => {
    const twoRules = (first: string, second: string) =>
      catalogAt(
        exampleCatalog({
          [SA]: replace(
            "      - description: Beta users get the newer prompt\n        clauses:\n          - segments: [beta-users]\n        serve: { variation: friendly-v2 }",
            `${first}\n${second}`,
          ),
        }),
      );
    const beta =
      "      - description: beta\n        clauses:\n          - segments: [beta-users]\n        serve: { variation: friendly-v2 }";
    const staff =
      "      - description: staff\n        clauses:\n          - segments: [internal-staff]\n        serve: { variation: expert-v3 }";
    await reconcileTargeting(twoRules(beta, staff), "production", client, {
      apply: true,
      comment: "a",
      configs: ["support-assistant"],
    });
    const [outcome] = await reconcileTargeting(twoRules(staff, beta), "production", client, {
      apply: true,
      comment: "b",
      configs: ["support-assistant"],
    });
    expect(outcome!.instructions.map((i) => i.kind)).toEqual(["replaceRules"]);
    expect(ld.standIn.environment("support-assistant", "production")!.rules.map((r) => r.description)).toEqual([
      "staff",
      "beta",
    ]);
  });

  it("GIVEN variation IDs that changed since the last apply THEN keys are resolved to the new IDs", async () => {
    await reconcileTargeting(catalog, "production", client, { apply: true, comment: "a" });
    ld.standIn.renewVariationIds("support-assistant");
    const changed = catalogAt(
      exampleCatalog({ [SA]: replace("offVariation: friendly-v1", "offVariation: friendly-v2") }),
    );
    const [outcome] = await reconcileTargeting(changed, "production", client, {
      apply: true,
      comment: "b",
      configs: ["support-assistant"],
    });
    expect(outcome!.instructions.map((i) => i.kind)).toEqual(["updateOffVariation"]);
    expect(ld.standIn.environment("support-assistant", "production")!.offVariation).toBe(2);
  });

  it("GIVEN staging's targeting switched off in the files THEN everyone is served the off variation, without turnTargetingOff", async () => {
    const off = catalogAt(
      exampleCatalog({
        [SA]: replace(
          "  staging:\n    rules:",
          "  staging:\n    enabled: false\n    offVariation: friendly-v1\n    rules:",
        ),
      }),
    );
    await reconcileTargeting(catalog, "staging", client, { apply: true, comment: "on" });
    const [outcome] = (await reconcileTargeting(off, "staging", client, { apply: true, comment: "off" })).filter(
      (o) => o.config === "support-assistant",
    );
    expect(outcome!.instructions.map((i) => i.kind)).toEqual([
      "updateOffVariation",
      "updateFallthroughVariationOrRollout",
      "replaceRules",
    ]);
    const env = ld.standIn.environment("support-assistant", "staging")!;
    expect(env).toMatchObject({ enabled: true, offVariation: 1, fallthrough: { variation: 1 }, rules: [] });
    expect(
      (await reconcileTargeting(off, "staging", client, { apply: false, comment: "again" })).every(
        (o) => o.instructions.length === 0,
      ),
    ).toBe(true);
    const [back] = (await reconcileTargeting(catalog, "staging", client, { apply: true, comment: "on again" })).filter(
      (o) => o.config === "support-assistant",
    );
    expect(back!.instructions.map((i) => i.kind)).toEqual(["updateFallthroughVariationOrRollout", "replaceRules"]);
    expect(ld.standIn.environment("support-assistant", "staging")!.rules).toHaveLength(1);
  });

  it("GIVEN targeting off in the files without an off variation THEN LaunchDarkly's own off variation is served", async () => {
    const off = catalogAt(
      exampleCatalog({ [SA]: replace("  staging:\n    rules:", "  staging:\n    enabled: false\n    rules:") }),
    );
    await reconcileTargeting(catalog, "staging", client, { apply: true, comment: "on" });
    await reconcileTargeting(off, "staging", client, { apply: true, comment: "off" });
    expect(ld.standIn.environment("support-assistant", "staging")).toMatchObject({
      offVariation: 0,
      fallthrough: { variation: 0 },
      rules: [],
    });
  });

  it("GIVEN targeting switched off in LaunchDarkly by hand THEN apply says to switch it on there, since the API cannot", async () => {
    await reconcileTargeting(catalog, "staging", client, { apply: true, comment: "on" });
    ld.standIn.environment("support-assistant", "staging")!.enabled = false;
    await expect(reconcileTargeting(catalog, "staging", client, { apply: true, comment: "again" })).rejects.toThrow(
      "support-assistant in staging: targeting is switched off in LaunchDarkly, and its API cannot switch an AI Config's targeting on: switch it on in LaunchDarkly, then apply again",
    );
  });

  it("GIVEN a 429 mid-run THEN it waits for X-RateLimit-Reset and carries on", async () => {
    ld.standIn.failNext(429, { "X-RateLimit-Reset": String(Date.now() + 150) }, /support-assistant/);
    const started = Date.now();
    const outcomes = await reconcileTargeting(catalog, "production", client, { apply: true, comment: "a" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(outcomes.every((o) => o.applied)).toBe(true);
    expect(ld.standIn.environment("support-assistant", "production")!.enabled).toBe(true);
  });

  it("GIVEN a config that keeps failing THEN the error names it and the environment, and what was already applied", async () => {
    for (let i = 0; i < 5; i++) ld.standIn.failNext(500, undefined, /support-assistant/);
    await expect(reconcileTargeting(catalog, "production", client, { apply: true, comment: "a" })).rejects.toThrow(
      /^support-assistant in production: GET \/api\/v2\/projects\/support-ai\/ai-configs\/support-assistant\/targeting on 127\.0\.0\.1:\d+ failed \(after 5 attempts\): 500 Internal Server Error: internal_server_error: injected\. Already applied: answer-judge$/,
    );
    expect(ld.standIn.environment("answer-judge", "production")!.enabled).toBe(true);
  });

  it("GIVEN a 4xx answer THEN it is reported at once, without retrying", async () => {
    ld.standIn.failNext(400, undefined, /answer-judge/);
    await expect(reconcileTargeting(catalog, "production", client, { apply: true, comment: "a" })).rejects.toThrow(
      /^answer-judge in production: GET .* failed: 400 Bad Request: invalid_request: injected\. Already applied: nothing$/,
    );
    expect(ld.standIn.requests.filter((r) => r.path.includes("answer-judge"))).toHaveLength(1);
  });

  it("GIVEN production's approval rules THEN AI Config approval settings are set once, then left alone", async () => {
    expect(await reconcileApprovalSettings(catalog, "production", client, true)).toEqual({
      differs: true,
      applied: true,
    });
    expect(ld.standIn.approvalSettings.aiconfig!.environments.production).toEqual({
      required: true,
      minNumApprovals: 2,
      canReviewOwnRequest: false,
      canApplyDeclinedChanges: false,
    });
    const sent = patches().length;
    expect(await reconcileApprovalSettings(catalog, "production", client, true)).toEqual({
      differs: false,
      applied: false,
    });
    expect(patches()).toHaveLength(sent);
  });

  it("GIVEN the project's fallback (`_default`) already holds production's approval rules THEN nothing is sent", async () => {
    ld.standIn.approvalSettings.aiconfig = {
      _default: { required: true, minNumApprovals: 2, canReviewOwnRequest: false, canApplyDeclinedChanges: false },
      environments: {},
    };
    expect(await reconcileApprovalSettings(catalog, "production", client, true)).toEqual({
      differs: false,
      applied: false,
    });
    expect(patches()).toHaveLength(0);
    expect(ld.standIn.requests.map((r) => r.path)).toEqual([
      "/api/v2/approval-requests/projects/support-ai/settings?expand=default",
    ]);
  });

  it("GIVEN a fallback that differs and no environment override THEN the environment's settings are written", async () => {
    ld.standIn.approvalSettings.aiconfig = {
      _default: { required: false, minNumApprovals: 1, canReviewOwnRequest: true, canApplyDeclinedChanges: true },
      environments: {},
    };
    expect(await reconcileApprovalSettings(catalog, "production", client, true)).toEqual({
      differs: true,
      applied: true,
    });
    expect(ld.standIn.approvalSettings.aiconfig.environments.production).toMatchObject({ minNumApprovals: 2 });
  });

  it("THEN only the beta approval-settings endpoint is called with LD-API-Version beta; targeting takes the dated version", async () => {
    await reconcileTargeting(catalog, "production", client, { apply: true, comment: "versions" });
    await reconcileApprovalSettings(catalog, "production", client, false);
    const versions = new Set(
      ld.standIn.requests.map(
        (r) =>
          `${r.path.startsWith("/api/v2/approval-requests/") ? "approval settings" : "targeting"}: ${r.apiVersion}`,
      ),
    );
    expect([...versions].sort()).toEqual(["approval settings: beta", "targeting: 20240415"]);
  });

  it("GIVEN a malformed instruction THEN the stand-in answers with LaunchDarkly's error shape and the client reports it", async () => {
    await expect(
      client.patchTargeting("support-ai", "support-assistant", "dev", [{ kind: "frobnicate" }], "x"),
    ).rejects.toThrow(
      /^PATCH \/api\/v2\/projects\/support-ai\/ai-configs\/support-assistant\/targeting on 127\.0\.0\.1:\d+ failed: 400 Bad Request: invalid_request: unknown instruction kind frobnicate$/,
    );
  });
});
