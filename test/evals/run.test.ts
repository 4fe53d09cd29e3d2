import type { Catalog } from "../../src/catalog";
import { openBedrock } from "../../src/evals/providers/bedrock";
import { openOpenAi } from "../../src/evals/providers/openai";
import { MissingCredentialsError } from "../../src/evals/providers/types";
import { runEvals, type ProviderOpener, type RunOptions } from "../../src/evals/run";
import { selectTargets, type Selection } from "../../src/evals/select";
import { buildReport } from "../../src/evals/summary";
import { exampleCatalog, replace, type Edit } from "../helpers/catalog-fixture";
import { judgeAnswer, ModelStandIn, question, type ModelRequest } from "../helpers/model-stand-ins";
import { exampleModel } from "../helpers/scripted-answers";
import { catalogAt } from "../helpers/synth";

const model = new ModelStandIn((r) => exampleModel(r));
let url = "";
const saved = { ...process.env };
beforeAll(async () => {
  url = await model.start();
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: "AKIDLOCALSTANDIN",
    AWS_SECRET_ACCESS_KEY: "local-secret",
    AWS_EC2_METADATA_DISABLED: "true",
  });
  delete process.env.AWS_PROFILE;
});
afterAll(async () => {
  process.env = saved;
  await model.stop();
});
beforeEach(() => {
  model.requests.length = 0;
  model.maxInFlight = 0;
  model.setScript((r) => exampleModel(r));
});

const opener: ProviderOpener = async (provider, region) =>
  provider === "openai"
    ? openOpenAi({ apiKey: "sk-local", baseURL: `${url}/v1` })
    : openBedrock({ region, endpoint: url, maxSockets: 16 });

async function evaluate(edits: Record<string, Edit>, selection: Selection, options: Partial<RunOptions> = {}) {
  const catalog: Catalog = catalogAt(exampleCatalog(edits));
  const selected = selectTargets(catalog, selection);
  const outcome = await runEvals(selected.targets, {
    concurrency: 4,
    keepResponses: false,
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    openProvider: opener,
    ...options,
  });
  return buildReport(catalog, { env: selection.env }, selected, outcome, options.concurrency ?? 4);
}

const byQuestion = (text: string) => (r: ModelRequest) => question(r).includes(text);
const ONE_CASE = (c: string) => `defaults:\n  variables: { company: Acme, customer_name: Ada }\ncases:\n${c}`;

describe("running the example's datasets", () => {
  it("GIVEN production THEN every variation it serves runs its dataset, rendered by the AI SDK and sent through Converse with the catalog's profile and parameters", async () => {
    const report = await evaluate({}, { env: "production" });
    expect(report.variations.map((v) => `${v.config}/${v.variation}`)).toEqual([
      "answer-judge/strict-v1",
      "support-assistant/friendly-v1",
      "support-assistant/friendly-v2",
      "ticket-summarizer/bullets-lite",
    ]);
    expect(report.verdict).toBe("pass");
    const v2 = model.requests.find((r) => r.system.includes('"ESCALATE"') && !r.wantsJson)!;
    expect(v2.modelId).toBe("eu.anthropic.claude-haiku-4-5-20251001-v1:0");
    expect(v2.inference).toEqual({ temperature: 0.4, maxTokens: 1024 });
    expect(v2.system).toContain("support assistant of Acme");
    expect(v2.system).toContain("on the business plan");
    expect(v2.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDLOCALSTANDIN\/\d{8}\/eu-central-1\/bedrock\/aws4_request/,
    );
    const support = report.variations.find((v) => v.variation === "friendly-v2")!;
    expect(support).toMatchObject({
      model: "claude-haiku-4-5",
      casesPassed: 7,
      pass: true,
      tokens: { input: 7 * 400, output: 7 * 60 },
    });
    expect(support.latencyMs!.p50).toBeLessThanOrEqual(support.latencyMs!.p95);
    expect(support.latencyMs!.p95).toBeLessThanOrEqual(support.latencyMs!.p99);
    // 7 answers at $1.10/$5.50 per million tokens, and 3 judge calls on Nova Pro at its EU $0.92/$3.68, each call's
    // cost rounded to a millionth of a dollar.
    const perCall = (input: number, output: number) => Math.round(input + output) / 1e6;
    expect(support.costUsd).toBeCloseTo(7 * perCall(400 * 1.1, 60 * 5.5) + 3 * perCall(300 * 0.92, 20 * 3.68), 9);
  });

  it("GIVEN a judge case THEN the AI SDK's Judge asks the judge's own model, with the judge's prompt holding the conversation and the answer, and scores it", async () => {
    const report = await evaluate({}, { env: "production", config: "support-assistant" });
    const judged = model.requests.filter((r) => r.wantsJson);
    expect(judged).toHaveLength(6);
    expect(judged[0]!.modelId).toBe("eu.amazon.nova-pro-v1:0");
    expect(judged[0]!.system).toContain("You grade a support assistant's answer");
    expect(
      judged.some(
        (r) =>
          r.messages[0]!.text.includes("Can I get a refund after 90 days") &&
          r.messages[0]!.text.includes("Answer to grade:\nHello Ada"),
      ),
    ).toBe(true);
    expect(report.variations[0]!.cases.find((c) => c.name === "no invented refund policy")!.judgeScores).toEqual({
      "answer-judge": 0.85,
    });
  });

  it("GIVEN the judge scores below the case's threshold THEN the judge assertion fails, and a missing score fails too", async () => {
    model.setScript((r) =>
      r.wantsJson ? (byQuestion("single sign-on")(r) ? { text: "no idea" } : judgeAnswer(0.5)) : exampleModel(r),
    );
    const report = await evaluate({}, { variation: "friendly-v2" });
    const cases = Object.fromEntries(report.variations[0]!.cases.map((c) => [c.name, c]));
    expect(cases["no invented refund policy"]!.failures).toEqual([
      { detail: "judge answer-judge below threshold (threshold 0.70)", runs: 1 },
    ]);
    expect(cases["enterprise plan features"]!.failures[0]!.detail).toMatch(/^judge answer-judge: /);
    expect(cases["warm tone requested"]!.pass).toBe(false);
    expect(report.variations[0]!).toMatchObject({ casesPassed: 4, pass: false });
    expect(report.variations[0]!.passRate).toBeCloseTo(4 / 7, 5);
    expect(report.reasons).toEqual([
      "support-assistant/friendly-v2: 57% of cases pass, under the threshold of 80% (evals/support-assistant.yaml)",
    ]);
  });

  it("GIVEN the agent THEN its tools go with the request, and tool-called passes on the right call and fails on another", async () => {
    const report = await evaluate({}, { env: "dev", config: "docs-agent" });
    expect(model.requests[0]!.tools).toEqual(["search-docs", "get-order-status"]);
    expect(model.requests[0]!.system).toContain("You answer questions about Acme Cloud");
    expect(report.verdict).toBe("pass");
    model.setScript((r) => ({ toolUse: { name: "search-docs", input: { query: question(r) } } }));
    const wrong = await evaluate({}, { env: "dev", config: "docs-agent" });
    expect(wrong.reasons).toContain(
      'docs-agent/researcher-v1: required case "looks up an order" fails (evals/docs-agent.yaml)',
    );
  });
});

describe("repeats, retries, concurrency and the cost cap", () => {
  const flaky = (passShare: number) => ({
    "evals/support-assistant.yaml": ONE_CASE(
      `  - name: flaky\n    repeat: 4\n    passShare: ${passShare}\n    input: Hello\n    assert: [{ type: contains, value: GOOD }]\n`,
    ),
  });
  const alternating = () => {
    let n = 0;
    model.setScript(() => ({ text: n++ % 2 === 0 ? "GOOD answer" : "bad answer" }));
  };

  it("GIVEN a case that passes every other run THEN it passes at passShare 0.5 and fails at 1", async () => {
    alternating();
    const half = await evaluate(flaky(0.5), { variation: "friendly-v2" }, { concurrency: 1 });
    expect(half.variations[0]!.cases[0]).toMatchObject({ repeat: 4, ran: 4, passed: 2, pass: true });
    alternating();
    const all = await evaluate(flaky(1), { variation: "friendly-v2" }, { concurrency: 1 });
    expect(all.variations[0]!.cases[0]).toMatchObject({
      passed: 2,
      pass: false,
      failures: [{ detail: 'contains "GOOD": not found', runs: 2 }],
    });
    expect(all.verdict).toBe("fail");
  });

  it("GIVEN --repeat THEN it overrides every case's repeat", async () => {
    const report = await evaluate({}, { variation: "bullets-lite" }, { repeat: 3 });
    expect(report.variations[0]!.cases.every((c) => c.repeat === 3 && c.ran === 3)).toBe(true);
    expect(model.requests.filter((r) => !r.wantsJson)).toHaveLength(6 * 3);
  });

  it("GIVEN throttles and a 5xx THEN they are retried with backoff and the run passes; a validation error is not retried", async () => {
    model.failNext(429, "ThrottlingException");
    model.failNext(500, "InternalServerException");
    const report = await evaluate(flaky(1), { variation: "friendly-v2" }, { concurrency: 1 });
    expect(report).toMatchObject({ retries: 2, calls: 6, verdict: "fail" });
    expect(report.variations[0]!.cases[0]!.ran).toBe(4);
    model.setScript(() => ({ text: "GOOD" }));
    model.failNext(429, "ThrottlingException");
    const retried = await evaluate(flaky(1), { variation: "friendly-v2" }, { concurrency: 1 });
    expect(retried).toMatchObject({ retries: 1, verdict: "pass" });
    model.failNext(400, "ValidationException");
    const invalid = await evaluate(flaky(1), { variation: "friendly-v2" }, { concurrency: 1 });
    expect(invalid.retries).toBe(0);
    expect(invalid.variations[0]!.cases[0]!.failures[0]!.detail).toBe(
      "Bedrock ValidationException (HTTP 400) for eu.anthropic.claude-haiku-4-5-20251001-v1:0: ValidationException",
    );
  });

  it("GIVEN a throttle on every attempt THEN the run fails after the policy's attempts", async () => {
    model.setScript(() => ({ status: 429, errorType: "ThrottlingException" }));
    const report = await evaluate(flaky(1), { variation: "friendly-v2" }, { concurrency: 1, repeat: 1 });
    expect(report.calls).toBe(3);
    expect(report.variations[0]!.cases[0]!.failures[0]!.detail).toMatch(/^Bedrock ThrottlingException \(HTTP 429\)/);
  });

  it("GIVEN --concurrency 4 and answers that take 60 ms THEN four requests are in flight at once, and the run takes a quarter of the serial time", async () => {
    model.setScript(() => ({ text: "GOOD", delayMs: 60 }));
    const started = Date.now();
    await evaluate(flaky(1), { variation: "friendly-v2" }, { concurrency: 4, repeat: 8 });
    expect(model.maxInFlight).toBe(4);
    expect(Date.now() - started).toBeLessThan(8 * 60);
  });

  it("GIVEN --max-cost THEN no run starts once the spend would reach it, the rest is reported as not run, and the verdict fails", async () => {
    model.setScript(() => ({ text: "GOOD", usage: { input: 100_000, output: 10_000 } }));
    // Each answer costs 100,000 x $1.10 + 10,000 x $5.50 per million = $0.165.
    const report = await evaluate(
      flaky(1),
      { variation: "friendly-v2" },
      { concurrency: 1, repeat: 10, maxCostUsd: 0.5 },
    );
    expect(model.requests).toHaveLength(3);
    expect(report.stopped).toEqual({ reason: "max-cost", maxCostUsd: 0.5, notRun: 7 });
    expect(report.costUsd).toBeCloseTo(0.495, 6);
    expect(report.verdict).toBe("fail");
    expect(report.reasons).toContain("the cost cap of $0.5 stopped the run: 7 runs did not run");
    expect(report.variations[0]!.cases[0]!.failures).toContainEqual({
      detail: "not run: the cost cap stopped the run",
      runs: 7,
    });
  });
});

describe("other providers, credentials and baselines", () => {
  const OPENAI = {
    "configs/models.yaml": (old: string) =>
      `${old}\n  - key: gpt-mini\n    name: GPT mini\n    provider: openai\n    modelId: gpt-4.1-mini\n    costPerMillionTokens: { input: 0.4, output: 1.6 }\n    contextWindow: 128000\n    maxOutputTokens: 16000\n`,
    "configs/ai-configs/answer-judge.yaml": replace("model: nova-pro", "model: gpt-mini"),
  };

  it("GIVEN a judge on an OpenAI model THEN it is called through the openai package with a JSON Schema response format and the API key", async () => {
    const report = await evaluate(OPENAI, { variation: "friendly-v2" });
    const judged = model.requests.filter((r) => r.provider === "openai");
    expect(judged).toHaveLength(3);
    expect(judged[0]).toMatchObject({
      modelId: "gpt-4.1-mini",
      wantsJson: true,
      authorization: "Bearer sk-local",
      inference: { temperature: 0, maxTokens: undefined },
    });
    expect(report.verdict).toBe("pass");
  });

  it("GIVEN no OpenAI key THEN opening the provider names what is missing", () => {
    expect(() => openOpenAi({ apiKey: undefined })).toThrow(
      new MissingCredentialsError(
        "no OpenAI API key: set OPENAI_API_KEY (any value for a local OpenAI-compatible server at OPENAI_BASE_URL)",
      ),
    );
  });

  it("GIVEN measured latency above an alarm's p95 threshold THEN the report warns that the alarm would fire all the time", async () => {
    model.setScript((r) => ({ ...(exampleModel(r) as object), delayMs: 40 }));
    const edits = { "configs/observability.yaml": replace("latencyP95Ms: 6000", "latencyP95Ms: 20") };
    const report = await evaluate(edits, { env: "production", config: "ticket-summarizer" });
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^production: the p95 latency alarm of nova-lite \(20 ms, configs\/observability.yaml\) is below its measured p95 of \d+ ms over 6 calls: it would fire all the time$/,
      ),
    ]);
  });
});
