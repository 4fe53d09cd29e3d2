import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { renderVariableTypes } from "../../src/codegen/variables";
import { runLocalExample } from "../../examples/support-service/src/local";
import { sdkOptions } from "../../examples/support-service/src/main";
import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";
import { catalogAt } from "../helpers/synth";

describe("the support service example", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aic-example-"));
  const flagsFile = path.join(dir, "flags.json");
  const fallbacksFile = path.join(dir, "fallbacks.json");
  beforeAll(() =>
    expect(
      runAic(["export", "--root", EXAMPLE_ROOT, "--env", "dev", "--out", flagsFile, "--fallbacks", fallbacksFile]).code,
    ).toBe(0),
  );
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("GIVEN dev's flag data THEN it answers with the served variation and reports duration, tokens, success and feedback", async () => {
    const run = await runLocalExample({ flagsFile, fallbacksFile, question: "Where is my order?" });
    expect(run).toMatchObject({ status: 200, variation: "expert-v3" });
    expect(run.answer).toContain('You asked: "Where is my order?"');
    const reported = { configKey: "support-assistant", variationKey: "expert-v3" };
    expect(run.metrics).toEqual(
      expect.arrayContaining([
        { key: "$ld:ai:generation:success", value: 1, ...reported },
        { key: "$ld:ai:duration:total", value: 42, ...reported },
        { key: "$ld:ai:tokens:total", value: 150, ...reported },
        { key: "$ld:ai:tokens:input", value: 120, ...reported },
        { key: "$ld:ai:tokens:output", value: 30, ...reported },
        { key: "$ld:ai:feedback:user:positive", value: 1, ...reported },
      ]),
    );
  });

  it("GIVEN Bedrock throttles THEN the error is tracked, not a success", async () => {
    const run = await runLocalExample({
      flagsFile,
      fallbacksFile,
      question: "Hello?",
      bedrockFailsWith: "ThrottlingException",
    });
    expect(run.status).toBe(502);
    expect(run.answer).toBe("the model could not answer: ThrottlingException");
    expect(run.metrics.map((m) => m.key)).toContain("$ld:ai:generation:error");
    expect(run.metrics.map((m) => m.key)).not.toContain("$ld:ai:generation:success");
  });

  it("GIVEN LaunchDarkly cannot be reached THEN the fallback generated from the same prompts answers", async () => {
    const run = await runLocalExample({ flagsFile, fallbacksFile, question: "Hi", launchDarklyUnreachable: true });
    expect(run).toMatchObject({ status: 200, variation: "" });
    expect(run.answer).toContain('You asked: "Hi"');
  });

  it("GIVEN production's flag data THEN a beta user gets friendly-v2 and a regular user the rollout's friendly-v1", async () => {
    const production = path.join(dir, "production.json");
    expect(runAic(["export", "--root", EXAMPLE_ROOT, "--env", "production", "--out", production]).code).toBe(0);
    const beta = await runLocalExample({
      flagsFile: production,
      fallbacksFile,
      question: "Hi",
      customer: { key: "beta-7", name: "Bo", plan: "enterprise", betaOptIn: true },
    });
    expect(beta.variation).toBe("friendly-v2");
    // user-0 falls in the 90 % side of the rollout (preview's tests measure the split with the same SDK).
    const regular = await runLocalExample({
      flagsFile: production,
      fallbacksFile,
      question: "Hi",
      customer: { key: "user-0", name: "Cy" },
    });
    expect(regular.variation).toBe("friendly-v1");
  });

  it("uses LaunchDarkly's EU hosts unless told otherwise", () => {
    expect(sdkOptions({})).toEqual({
      baseUri: "https://sdk.eu.launchdarkly.com",
      streamUri: "https://stream.eu.launchdarkly.com",
      eventsUri: "https://events.eu.launchdarkly.com",
    });
  });

  it("its variables are typed by config key, and any catalog without that config still compiles", () => {
    const types = renderVariableTypes(catalogAt(EXAMPLE_ROOT));
    expect(types).toContain('  "support-assistant": SupportAssistantVariables;');
    expect(types).toContain(
      "export type VariablesOf<K extends string> = K extends keyof AiConfigVariables ? AiConfigVariables[K] : Record<string, string | number | boolean>;",
    );
  });
});
