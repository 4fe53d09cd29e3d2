import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { EXAMPLE_ROOT, exampleCatalog, replace } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";

describe("aic preview and export (as processes)", () => {
  it("GIVEN a context and variables THEN it prints the served variation, why, the model and the messages", () => {
    const run = runAic([
      "preview",
      "--root",
      EXAMPLE_ROOT,
      "support-assistant",
      "--env",
      "dev",
      "--context",
      '{"key":"user-1"}',
      "--var",
      "company=Acme",
      "--var",
      "customer_name=Ada",
    ]);
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
    const run = runAic([
      "preview",
      "--root",
      EXAMPLE_ROOT,
      "support-assistant",
      "--env",
      "production",
      "--context",
      '{"key":"user-1"}',
      "--var",
      "company=Acme",
      "--var",
      "customer_name=Ada",
    ]);
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([
      "support-assistant in production: serves friendly-v1, because: fallthrough rollout",
      "in experiment friendly-v2-feedback (running): treatment friendly-v1, the baseline",
    ]);
  });

  it("GIVEN a missing variable or bad context THEN it is a usage error", () => {
    expect(
      runAic([
        "preview",
        "--root",
        EXAMPLE_ROOT,
        "support-assistant",
        "--env",
        "dev",
        "--context",
        '{"key":"u"}',
        "--var",
        "company=Acme",
      ]),
    ).toMatchObject({ code: 2, stderr: "aic: support-assistant requires --var customer_name=...\n" });
    expect(
      runAic(["preview", "--root", EXAMPLE_ROOT, "support-assistant", "--env", "dev", "--context", "user-1"]).stderr,
    ).toBe("aic: --context is not JSON: user-1\n");
  });

  const previewDev = (context: string, ...vars: string[]) =>
    runAic([
      "preview",
      "--root",
      EXAMPLE_ROOT,
      "support-assistant",
      "--env",
      "dev",
      "--context",
      context,
      "--var",
      "company=Acme",
      "--var",
      "customer_name=Ada",
      ...vars.flatMap((v) => ["--var", v]),
    ]);

  it.each([
    ['{"plan":"enterprise"}', "the key for the context was not valid"],
    ['{"key":""}', "the key for the context was not valid"],
    ['{"key":42}', "the key for the context was not valid"],
    ['{"kind":"my user","key":"u"}', "the kind was not valid for the context"],
    ['{"kind":"multi","user":{"plan":"x"}}', "context contained invalid keys"],
  ])(
    "GIVEN the context %s THEN it is a usage mistake (exit 2), not an evaluation LaunchDarkly would refuse",
    (context, why) => {
      const run = previewDev(context);
      expect(run).toMatchObject({ code: 2, stdout: "" });
      expect(run.stderr).toBe(
        `aic: --context: ${why}: a context needs a non-empty string "key" and a "kind" of letters, digits, '.', '_' or '-' (default user), or "kind": "multi" with one such object per kind\n`,
      );
    },
  );

  it("GIVEN a multi-kind context THEN it is evaluated", () => {
    expect(previewDev('{"kind":"multi","user":{"key":"u-1"},"organization":{"key":"o-1"}}').code).toBe(0);
  });

  it("GIVEN a --var outside its enum, or of the wrong type, or undeclared THEN it is a usage mistake with the reason", () => {
    expect(previewDev('{"key":"u"}', "tone=angry")).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "aic: --var tone=angry: tone is one of warm, neutral\n",
    });
    expect(previewDev('{"key":"u"}', "tone=warm").code).toBe(0);
    expect(previewDev('{"key":"u"}', "customer_nmae=Ada")).toMatchObject({
      code: 2,
      stderr:
        'aic: support-assistant declares no variable customer_nmae (did you mean "customer_name"?); it declares company, customer_name, tone\n',
    });
  });

  it("GIVEN a number or boolean variable THEN only such values are accepted", () => {
    const root = exampleCatalog({
      "configs/ai-configs/support-assistant.yaml": replace(
        "variables:\n",
        "variables:\n  - name: order_total\n    type: number\n    required: false\n  - name: vip\n    type: boolean\n    required: false\n",
      ),
    });
    const preview = (...vars: string[]) =>
      runAic([
        "preview",
        "--root",
        root,
        "support-assistant",
        "--env",
        "dev",
        "--context",
        '{"key":"u"}',
        "--var",
        "company=A",
        "--var",
        "customer_name=B",
        ...vars.flatMap((v) => ["--var", v]),
      ]);
    expect(preview("order_total=abc")).toMatchObject({
      code: 2,
      stderr: "aic: --var order_total=abc: order_total is a number\n",
    });
    expect(preview("order_total=")).toMatchObject({
      code: 2,
      stderr: "aic: --var order_total=: order_total is a number\n",
    });
    expect(preview("vip=yes")).toMatchObject({ code: 2, stderr: "aic: --var vip=yes: vip is true or false\n" });
    expect(preview("order_total=12.5", "vip=true").code).toBe(0);
  });

  it("GIVEN export THEN it writes the flag data the SDK's file data source reads", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aic-export-")), "flags.json");
    const fallbacks = path.join(path.dirname(out), "fallbacks.json");
    const run = runAic([
      "export",
      "--root",
      EXAMPLE_ROOT,
      "--env",
      "production",
      "--out",
      out,
      "--fallbacks",
      fallbacks,
    ]);
    expect(run.code).toBe(0);
    const defaults = JSON.parse(fs.readFileSync(fallbacks, "utf8"));
    expect(defaults["docs-agent"]).toEqual({ enabled: false });
    expect(defaults["support-assistant"]).toMatchObject({
      enabled: true,
      model: { name: "eu.anthropic.claude-haiku-4-5-20251001-v1:0" },
      provider: { name: "bedrock" },
    });
    expect(defaults["support-assistant"].messages[0].content).toMatch(
      /^You are the support assistant of \{\{company\}\}\. You help customers/,
    );
    const data = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(Object.keys(data.flags).sort()).toEqual([
      "answer-judge",
      "docs-agent",
      "support-assistant",
      "ticket-summarizer",
    ]);
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
    const client = init("offline", {
      updateProcessor: new FileDataSourceFactory({ paths: [out] }).getFactory(),
      sendEvents: false,
      diagnosticOptOut: true,
      logger: basicLogger({ level: "none" }),
    });
    try {
      await client.waitForInitialization({ timeout: 5 });
      const value = await client.variation(
        "support-assistant",
        { kind: "user", key: "b", betaOptIn: true, plan: "enterprise" },
        null,
      );
      expect(value._ldMeta).toEqual({ variationKey: "friendly-v2", enabled: true, version: 1, mode: "completion" });
    } finally {
      client.close();
    }
  });
});
