import { LaunchDarklyClient } from "../../src/targeting/rest-client";
import { LaunchDarklyStandIn } from "../helpers/launchdarkly-stand-in";
import { checkTargeting, PublishedModelMismatch } from "../helpers/stand-in/published-models";

describe("the stand-in against LaunchDarkly's published models (@launchdarkly/mcp-server)", () => {
  it("GIVEN targeting with rules the reconciler wrote THEN the answer passes AIConfigTargeting, with no drift", async () => {
    const { standIn, host } = await LaunchDarklyStandIn.of({
      aiConfigs: [{ key: "support-assistant", variations: [{ key: "a" }, { key: "b" }] }],
    });
    try {
      const client = new LaunchDarklyClient({ apiHost: host, token: standIn.token });
      const live = await client.getTargeting("support-ai", "support-assistant");
      const id = (key: string) => live.variations.find((v) => v.key === key)!._id;
      const rule = { clauses: [{ attribute: "plan", op: "in", values: ["pro"], negate: false }], variationId: id("b") };
      await client.patchTargeting(
        "support-ai",
        "support-assistant",
        "dev",
        [{ kind: "replaceRules", rules: [rule] }],
        "x",
      );
      expect((await client.getTargeting("support-ai", "support-assistant")).environments.dev!.rules).toHaveLength(1);
      expect(standIn.drift).toEqual([]);
    } finally {
      await standIn.stop();
    }
  });

  it("GIVEN an answer LaunchDarkly's model rejects (a clause without its id) THEN the check refuses it", () => {
    const environment = {
      enabled: true,
      fallthrough: { variation: 0 },
      rules: [{ trackEvents: false, clauses: [{ attribute: "plan", op: "in", values: [], negate: false }] }],
      contextTargets: [],
      targets: [],
      trackEvents: false,
      trackEventsFallthrough: false,
      lastModified: 1,
      _environmentName: "dev",
      _version: 1,
    };
    const answer = {
      key: "c",
      name: "c",
      createdAt: 1,
      tags: [],
      _version: 1,
      experiments: { baselineIdx: 0, items: [] },
      variations: [],
      environments: { dev: environment },
    };
    expect(() => checkTargeting(answer)).toThrow(PublishedModelMismatch);
    environment.rules[0]!.clauses[0] = { ...environment.rules[0]!.clauses[0]!, id: "c1" } as never;
    expect(() => checkTargeting(answer)).not.toThrow();
  });
});
