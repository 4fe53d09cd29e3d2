import * as fs from "node:fs";
import * as path from "node:path";
import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { catalogAt } from "../helpers/synth";
import { preview, PreviewError } from "../../src/targeting/preview";

const catalog = catalogAt(EXAMPLE_ROOT);
const VARS = { company: "Acme", customer_name: "Ada" };
const user = (key: string, attributes: Record<string, unknown> = {}) => ({ kind: "user", key, ...attributes });

/** The prompt file's messages with the variables filled in, as the SDK renders them. */
function expectedSystemMessage(file: string, substitutions: Record<string, string>): string {
  const body = fs
    .readFileSync(path.join(EXAMPLE_ROOT, file), "utf8")
    .split("---\n")[2]!
    .replace(/^system:\n/, "")
    .trim();
  return Object.entries(substitutions).reduce((text, [from, to]) => text.split(from).join(to), body);
}

describe("preview with the real LaunchDarkly SDKs", () => {
  it("GIVEN a beta user in production THEN the rule serves friendly-v2, rendered with the variables and the context, outside the experiment", async () => {
    const result = await preview(
      catalog,
      "support-assistant",
      "production",
      user("beta-1", { betaOptIn: true, plan: "business" }),
      { ...VARS, tone: "warm" },
    );
    expect(result).toMatchObject({
      enabled: true,
      variation: "friendly-v2",
      reason: "rule 1 (in segment beta-users)",
      provider: "bedrock",
    });
    expect(result.experiment).toBeUndefined();
    expect(result.model).toEqual({
      name: "eu.anthropic.claude-haiku-4-5-20251001-v1:0",
      parameters: { temperature: 0.4, maxTokens: 1024 },
    });
    expect(result.messages).toEqual([
      {
        role: "system",
        content: expectedSystemMessage("prompts/support-assistant/friendly-v2.md", {
          "{{company}}": "Acme",
          "{{customer_name}}": "Ada",
          "{{#tone}} Keep a {{tone}} tone.{{/tone}}": " Keep a warm tone.",
          "{{ldctx.plan}}": "business",
        }),
      },
    ]);
  });

  it("GIVEN the 90/10 production rollout THEN the SDK buckets contexts into both sides, about one in ten into friendly-v2, each a treatment of the running experiment", async () => {
    const served: Record<string, string[]> = { "friendly-v1": [], "friendly-v2": [] };
    for (let i = 0; i < 400; i++) {
      const result = await preview(catalog, "support-assistant", "production", user(`user-${i}`), VARS);
      expect(result.reason).toBe("fallthrough rollout");
      served[result.variation]!.push(`user-${i}`);
    }
    const share = served["friendly-v2"]!.length / 400;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.15);
    // Bucketing is deterministic: the same key always lands on the same side.
    const [oneV2] = served["friendly-v2"]!;
    const again = await preview(catalog, "support-assistant", "production", user(oneV2!), VARS);
    expect(again.variation).toBe("friendly-v2");
    expect(again.experiment).toEqual({ key: "friendly-v2-feedback", treatment: "friendly-v2", baseline: false });
    const v1 = await preview(catalog, "support-assistant", "production", user(served["friendly-v1"]![0]!), VARS);
    expect(v1.messages![0]!.content).toBe(
      expectedSystemMessage("prompts/support-assistant/friendly-v1.md", {
        "{{company}}": "Acme",
        "{{customer_name}}": "Ada",
      }),
    );
  });

  it("GIVEN internal staff in staging THEN the rule serves expert-v3 with its three messages; others get the fallthrough", async () => {
    const staff = await preview(
      catalog,
      "support-assistant",
      "staging",
      user("s-1", { email: "ana@example.org" }),
      VARS,
    );
    expect(staff).toMatchObject({ variation: "expert-v3", reason: "rule 1 (in segment internal-staff)" });
    expect(staff.messages!.map((m) => m.role)).toEqual(["system", "user", "assistant"]);
    const customer = await preview(
      catalog,
      "support-assistant",
      "staging",
      user("c-1", { email: "bob@customer.test" }),
      VARS,
    );
    expect(customer).toMatchObject({ variation: "friendly-v2", reason: "fallthrough" });
  });

  it("GIVEN an agent not targeted in production THEN it is disabled there and serves instructions in dev", async () => {
    expect(await preview(catalog, "docs-agent", "production", user("u"), { product_name: "Widget" })).toMatchObject({
      enabled: false,
      variation: "",
      reason: "targeting off",
    });
    const dev = await preview(catalog, "docs-agent", "dev", user("u"), { product_name: "Widget" });
    expect(dev.instructions).toMatch(/^You answer questions about Widget using only its documentation\./);
  });

  it("GIVEN a missing required variable THEN it is an error, not an empty string", async () => {
    await expect(preview(catalog, "support-assistant", "dev", user("u"), { company: "Acme" })).rejects.toThrow(
      new PreviewError("support-assistant requires --var customer_name=..."),
    );
  });
});
