import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";

describe("aic preview and export (as processes)", () => {
  it("GIVEN a context and variables THEN it prints the served variation, why, the model and the messages", () => {
    const run = runAic(["preview", "--root", EXAMPLE_ROOT, "support-assistant", "--env", "dev", "--context", '{"key":"user-1"}', "--var", "company=Acme", "--var", "customer_name=Ada"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").slice(0, 4)).toEqual([
      "support-assistant in dev: serves expert-v3, because: fallthrough",
      'model: eu.anthropic.claude-sonnet-4-5-20250929-v1:0 (bedrock) {"temperature":0.3,"maxTokens":1500}',
      "",
      "[system]",
    ]);
    expect(run.stdout).toContain("You are a senior support engineer at Acme, speaking with Ada.");
  });

  it("GIVEN a production user in the experiment's traffic THEN it also says which treatment they get", () => {
    const run = runAic(["preview", "--root", EXAMPLE_ROOT, "support-assistant", "--env", "production", "--context", '{"key":"user-1"}', "--var", "company=Acme", "--var", "customer_name=Ada"]);
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([
      "support-assistant in production: serves friendly-v1, because: fallthrough rollout",
      "in experiment friendly-v2-feedback (running): treatment friendly-v1, the baseline",
    ]);
  });

  it("GIVEN a missing variable or bad context THEN it is a usage error", () => {
    expect(runAic(["preview", "--root", EXAMPLE_ROOT, "support-assistant", "--env", "dev", "--context", '{"key":"u"}', "--var", "company=Acme"])).toMatchObject({ code: 2, stderr: "aic: support-assistant requires --var customer_name=...\n" });
    expect(runAic(["preview", "--root", EXAMPLE_ROOT, "support-assistant", "--env", "dev", "--context", "user-1"]).stderr).toBe("aic: --context is not JSON: user-1\n");
  });

  it("GIVEN export THEN it writes the flag data the SDK's file data source reads", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aic-export-")), "flags.json");
    const fallbacks = path.join(path.dirname(out), "fallbacks.json");
    const run = runAic(["export", "--root", EXAMPLE_ROOT, "--env", "production", "--out", out, "--fallbacks", fallbacks]);
    expect(run.code).toBe(0);
    const defaults = JSON.parse(fs.readFileSync(fallbacks, "utf8"));
    expect(defaults["docs-agent"]).toEqual({ enabled: false });
    expect(defaults["support-assistant"]).toMatchObject({ enabled: true, model: { name: "eu.anthropic.claude-haiku-4-5-20251001-v1:0" }, provider: { name: "bedrock" } });
    expect(defaults["support-assistant"].messages[0].content).toMatch(/^You are the support assistant of \{\{company\}\}\. You help customers/);
    const data = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(Object.keys(data.flags).sort()).toEqual(["answer-judge", "docs-agent", "support-assistant", "ticket-summarizer"]);
    expect(data.flags["support-assistant"].fallthrough.rollout.variations).toEqual([
      { variation: 1, weight: 90000 },
      { variation: 2, weight: 10000 },
    ]);
    expect(Object.keys(data.segments).sort()).toEqual(["beta-users", "internal-staff"]);
  });

  it("GIVEN the exported file THEN the real SDK's file data source serves from it, offline", async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aic-export-")), "flags.json");
    expect(runAic(["export", "--root", EXAMPLE_ROOT, "--env", "production", "--out", out]).code).toBe(0);
    const { basicLogger, init } = await import("@launchdarkly/node-server-sdk");
    const { FileDataSourceFactory } = await import("@launchdarkly/node-server-sdk/integrations");
    const client = init("offline", { updateProcessor: new FileDataSourceFactory({ paths: [out] }).getFactory(), sendEvents: false, diagnosticOptOut: true, logger: basicLogger({ level: "none" }) });
    try {
      await client.waitForInitialization({ timeout: 5 });
      const value = await client.variation("support-assistant", { kind: "user", key: "b", betaOptIn: true, plan: "enterprise" }, null);
      expect(value._ldMeta).toEqual({ variationKey: "friendly-v2", enabled: true, version: 1, mode: "completion" });
    } finally {
      client.close();
    }
  });
});
