import { readProject } from "../../src/live/import";
import { planPull, readLive } from "../../src/live/pull";
import { getAiConfig } from "../../src/live/read";
import { LaunchDarklyClient } from "../../src/targeting/rest-client";
import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { catalogAt } from "../helpers/synth";
import { useLaunchDarklyStandIn } from "../helpers/use-launchdarkly-stand-in";

const catalog = catalogAt(EXAMPLE_ROOT);
const HOSTILE_KEYS = ["../x", "a/b", "../../../escaped"];

/** A variation as LaunchDarkly answers it, without a model config (a pull then keeps the files' model). */
const variation = (key: string) => ({ _id: `id-${key}`, key, name: key, messages: [], tools: [] });

describe("keys in LaunchDarkly's answers: checked where the answers are read", () => {
  const ld = useLaunchDarklyStandIn();
  let client: LaunchDarklyClient;
  /** The AI Configs GET /ai-configs lists and GET /ai-configs/{key} answers. */
  let answered: Array<{ key: string; variations: unknown[] }>;

  beforeEach(() => {
    ld.standIn.addConfig("ticket-summarizer", ["bullets-lite", "bullets-pro"], "support-ai");
    answered = [];
    ld.standIn.extraRoutes.push((method, path) => {
      if (method !== "GET") return undefined;
      if (/^\/api\/v2\/projects\/support-ai\/ai-configs(\?.*)?$/.test(path))
        return { status: 200, body: { items: answered } };
      const one = /^\/api\/v2\/projects\/support-ai\/ai-configs\/([^/?]+)$/.exec(path);
      if (one && one[1] !== "model-configs") {
        const config = answered.find((c) => c.key === decodeURIComponent(one[1]!));
        return config ? { status: 200, body: config } : { status: 404, body: { code: "not_found", message: "" } };
      }
      if (path === "/api/v2/projects/support-ai/ai-configs/model-configs") return { status: 200, body: [] };
      if (path === "/api/v2/projects/support-ai?expand=environments")
        return { status: 200, body: { key: "support-ai", name: "Support", environments: { items: [] } } };
      if (/^\/api\/v2\/(projects\/support-ai\/ai-tools|metrics\/support-ai)(\?.*)?$/.test(path))
        return { status: 200, body: { items: [] } };
      return undefined;
    });
    client = new LaunchDarklyClient({ apiHost: ld.host, token: ld.standIn.token });
  });

  it("GIVEN an AI Config answered with variation keys that are paths THEN only its LaunchDarkly keys are read, the rest counted", async () => {
    answered.push({
      key: "ticket-summarizer",
      variations: [variation(""), variation("bullets-lite"), ...HOSTILE_KEYS.map(variation)],
    });
    const config = await getAiConfig(client, "support-ai", "ticket-summarizer");
    expect(config!.variations.map((v) => v.key)).toEqual(["bullets-lite"]);
    expect(config!.refusedVariations).toBe(HOSTILE_KEYS.length);
  });

  it("GIVEN such an answer WHEN pulling THEN each refused variation is listed as before, and none names a file", async () => {
    answered.push({
      key: "ticket-summarizer",
      variations: [variation("bullets-lite"), variation("bullets-pro"), ...HOSTILE_KEYS.map(variation)],
    });
    const plan = planPull(catalog, "dev", await readLive(catalog, client, ["ticket-summarizer"]));
    expect(
      plan.notPulled.filter(
        (line) => line === "ticket-summarizer: a live variation's key is not a LaunchDarkly key; it was not pulled",
      ),
    ).toHaveLength(HOSTILE_KEYS.length);
    const pulled = plan.configs.flatMap((c) => c.variations.map((v) => v.key));
    for (const key of HOSTILE_KEYS) expect(pulled).not.toContain(key);
  });

  it.each(HOSTILE_KEYS)(
    "GIVEN the AI Config list holding a config keyed %s and a variation keyed so THEN import reads neither and counts both",
    async (hostile) => {
      answered.push(
        { key: "ticket-summarizer", variations: [variation("bullets-lite"), variation(hostile)] },
        { key: hostile, variations: [variation("bullets-lite")] },
      );
      const read = await readProject(client, "support-ai");
      expect(read!.aiConfigs.map((c) => c.config.key)).toEqual(["ticket-summarizer"]);
      expect(read!.aiConfigs[0]!.config.variations.map((v) => v.key)).toEqual(["bullets-lite"]);
      expect(read!.refusedKeys).toBe(2);
      // The hostile config's targeting was never asked for: its key is not passed on.
      expect(ld.standIn.requests.some((r) => r.path.includes(encodeURIComponent(hostile)))).toBe(false);
    },
  );
});
