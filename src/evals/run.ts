import { performance } from "node:perf_hooks";
import type { AiConfig, Catalog, EvalCase, EvalDataset, Variation } from "../catalog";
import { checkAssertion, type Answer, type AssertionResult } from "./assertions";
import { parseJsonAnswer } from "./providers/json-answer";
import { withRetries, type RetryPolicy } from "./providers/retry";
import {
  ProviderError,
  type ChatMessage,
  type CompletionRequest,
  type CompletionResponse,
  type ModelProvider,
  type ToolSpec,
} from "./providers/types";
import { PromptRenderer, type RenderTarget, type RenderedPrompt } from "./render";
import type { CaseResult, RunResult, VariationResult } from "./report-schema";

/** One variation to evaluate on one side of a change, with the dataset (always the head's) and the judges it uses. */
export interface EvalTarget {
  side: "head" | "base";
  /** The catalog the variation comes from: the working tree's, or the base revision's. */
  catalog: Catalog;
  config: AiConfig;
  variation: Variation;
  dataset: EvalDataset;
  judges: RenderTarget["judges"];
  /** The AWS region Bedrock is called in. */
  region: string;
}

/** Opens (and checks the credentials of) a provider by its catalog name, e.g. bedrock or openai, for a region. */
export type ProviderOpener = (provider: string, region: string) => Promise<ModelProvider>;

export interface RunOptions {
  concurrency: number;
  /** Overrides every case's repeat. */
  repeat?: number;
  maxCostUsd?: number;
  /** Keep answers and judges' reasoning in the results (only for a file the user asked for). */
  keepResponses: boolean;
  retry: RetryPolicy;
  openProvider: ProviderOpener;
  onProgress?: (progress: { done: number; total: number; costUsd: number }) => void;
}

export interface RunOutcome {
  variations: VariationResult[];
  calls: number;
  retries: number;
  costUsd: number;
  durationMs: number;
  stopped?: { reason: "max-cost"; maxCostUsd: number; notRun: number };
  /** Head-side answer latencies per catalog model key, for the latency-baseline warnings. */
  headLatencies: Record<string, number[]>;
}

/** The provider refused who we are: no other case can succeed, so the run stops. */
export class CredentialsRefusedError extends Error {}

interface Task {
  target: number;
  evalCase: EvalCase;
  caseIndex: number;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function costOf(catalog: Catalog, modelKey: string, usage: CompletionResponse["usage"]): number {
  const model = catalog.models.find((m) => m.key === modelKey)!;
  return (
    (usage.input * model.costPerMillionTokens.input + usage.output * model.costPerMillionTokens.output) / 1_000_000
  );
}

function modelOf(catalog: Catalog, variation: Variation) {
  return catalog.models.find((m) => m.key === variation.model)!;
}

/**
 * Runs every case of every target `repeat` times, at most `concurrency` at once: each run renders the prompt
 * through the AI SDK, calls the variation's model (retrying throttles and 5xx), checks the assertions, and asks
 * the judges. A run starts only while the spend (answers and judges, at the catalog's prices) is expected to stay
 * within `maxCostUsd`; once it would not, no further run starts and those under way finish.
 */
export async function runEvals(targets: readonly EvalTarget[], options: RunOptions): Promise<RunOutcome> {
  const started = performance.now();
  const providers = new Map<string, ModelProvider>();
  const providerFor = (name: string, region: string) => providers.get(`${name}@${region}`)!;
  for (const target of targets) {
    const needed = [
      modelOf(target.catalog, target.variation).provider,
      ...target.judges.map((j) => modelOf(j.catalog, j.variation).provider),
    ];
    for (const name of needed) {
      const id = `${name}@${target.region}`;
      if (!providers.has(id)) providers.set(id, await options.openProvider(name, target.region));
    }
  }

  const renderers = await Promise.all(targets.map((t) => PromptRenderer.open(t)));
  const prompts = new Map<string, Promise<RenderedPrompt>>();
  const renderCase = (target: number, caseIndex: number, evalCase: EvalCase) => {
    const id = `${target}/${caseIndex}`;
    if (!prompts.has(id)) prompts.set(id, renderers[target]!.render(evalCase.context as never, evalCase.variables));
    return prompts.get(id)!;
  };

  const tasks: Task[] = targets.flatMap((target, t) =>
    target.dataset.cases.flatMap((evalCase, caseIndex) =>
      Array.from({ length: options.repeat ?? evalCase.repeat }, () => ({ target: t, evalCase, caseIndex })),
    ),
  );
  const results: Array<RunResult | undefined> = new Array(tasks.length);
  let spent = 0;
  let calls = 0;
  let retries = 0;
  let finished = 0;
  let inFlight = 0;
  let fatal: Error | undefined;
  let stopped = false;

  /** One model call with retries; the latency is that of the attempt that answered. */
  const call = async (provider: ModelProvider, request: CompletionRequest) => {
    let attempts = 0;
    let latencyMs = 0;
    const response = await withRetries(
      async () => {
        attempts++;
        calls++;
        const start = performance.now();
        try {
          return await provider.complete(request);
        } finally {
          latencyMs = performance.now() - start;
        }
      },
      options.retry,
      () => retries++,
    );
    return { response, latencyMs, attempts };
  };

  const runTask = async (task: Task): Promise<RunResult> => {
    const target = targets[task.target]!;
    const renderer = renderers[task.target]!;
    const rendered = await renderCase(task.target, task.caseIndex, task.evalCase);
    const messages: ChatMessage[] = [
      ...rendered.messages,
      ...task.evalCase.messages.map((m) => ({ role: m.role, content: m.content })),
    ];
    const model = modelOf(target.catalog, target.variation);
    const tools: ToolSpec[] = target.variation.tools.map((key) => {
      const tool = target.catalog.tools.find((t) => t.key === key)!;
      return { name: tool.key, description: tool.description, parameters: tool.parameters as Record<string, unknown> };
    });
    let answer: Awaited<ReturnType<typeof call>>;
    try {
      answer = await call(providerFor(model.provider, target.region), {
        modelId: rendered.modelId,
        messages,
        parameters: rendered.parameters,
        tools,
      });
    } catch (error) {
      if (error instanceof ProviderError && error.credentials) throw new CredentialsRefusedError(error.message);
      return {
        pass: false,
        latencyMs: 0,
        tokens: { input: 0, output: 0 },
        costUsd: 0,
        attempts: options.retry.attempts,
        error: (error as Error).message,
        assertions: [],
        judges: [],
      };
    }
    const costUsd = costOf(target.catalog, model.key, answer.response.usage);
    spent += costUsd;
    const seen: Answer = {
      text: answer.response.text,
      toolCalls: answer.response.toolCalls,
      outputTokens: answer.response.usage.output,
      latencyMs: answer.latencyMs,
      costUsd,
    };
    const assertions: AssertionResult[] = [];
    const judges: RunResult["judges"] = [];
    let judgeCost = 0;
    for (const assertion of task.evalCase.assert) {
      if (assertion.type !== "judge") {
        assertions.push(checkAssertion(assertion, seen));
        continue;
      }
      const judge = target.judges.find((j) => j.config.key === assertion.config)!;
      const judgeModel = modelOf(judge.catalog, judge.variation);
      let refused: ProviderError | undefined;
      const verdict = await renderer.judge(
        assertion.config,
        task.evalCase.context as never,
        task.evalCase.variables,
        messages,
        seen.text,
        async (request) => {
          try {
            const { response } = await call(providerFor(judgeModel.provider, target.region), request);
            const cost = costOf(judge.catalog, judgeModel.key, response.usage);
            judgeCost += cost;
            spent += cost;
            return { data: parseJsonAnswer(response.text) ?? {}, raw: response.text, usage: response.usage };
          } catch (error) {
            if (error instanceof ProviderError && error.credentials) refused = error;
            throw error;
          }
        },
      );
      if (refused) throw new CredentialsRefusedError(refused.message);
      const score = judge.config.evaluationMetricKey ? verdict?.evals[judge.config.evaluationMetricKey] : undefined;
      judges.push({
        config: assertion.config,
        score: score?.score,
        reasoning: options.keepResponses ? score?.reasoning : undefined,
        error: score ? undefined : (verdict?.error ?? "no valid score"),
      });
      assertions.push({
        type: "judge",
        pass: score !== undefined && score.score >= assertion.threshold,
        detail: score
          ? `judge ${assertion.config} ${score.score.toFixed(2)} (threshold ${assertion.threshold.toFixed(2)})`
          : `judge ${assertion.config}: ${verdict?.error ?? "gave no valid score"}`,
      });
    }
    return {
      pass: assertions.every((a) => a.pass),
      latencyMs: answer.latencyMs,
      tokens: answer.response.usage,
      costUsd: round6(costUsd + judgeCost),
      attempts: answer.attempts,
      assertions,
      judges,
      ...(options.keepResponses ? { response: seen.text, toolCalls: [...seen.toolCalls] } : {}),
    };
  };

  const meanCost = () => (finished > 0 ? spent / finished : 0);
  // A run starts only if it, and those under way, are expected (at the mean cost so far) to stay within the cap.
  const capReached = () =>
    options.maxCostUsd !== undefined &&
    (spent >= options.maxCostUsd || spent + (inFlight + 1) * meanCost() > options.maxCostUsd);
  let next = 0;
  const worker = async () => {
    while (!fatal && next < tasks.length) {
      if (capReached()) {
        stopped = true;
        return;
      }
      const index = next++;
      inFlight++;
      try {
        results[index] = await runTask(tasks[index]!);
      } catch (error) {
        fatal ??= error as Error;
      } finally {
        inFlight--;
        finished++;
        options.onProgress?.({ done: finished, total: tasks.length, costUsd: spent });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  } finally {
    for (const renderer of renderers) renderer.close();
  }
  if (fatal) throw fatal;

  const headLatencies: Record<string, number[]> = {};
  const variations = targets.map((target, t) => {
    const own = tasks.map((task, i) => ({ task, result: results[i] })).filter(({ task }) => task.target === t);
    const runs = own.flatMap(({ result }) => (result ? [result] : []));
    const answered = runs.filter((r) => !r.error).map((r) => r.latencyMs);
    if (target.side === "head") (headLatencies[target.variation.model] ??= []).push(...answered);
    return summarizeVariation(target, own, options.keepResponses);
  });
  return {
    variations,
    calls,
    retries,
    costUsd: round6(spent),
    durationMs: Math.round(performance.now() - started),
    stopped: stopped
      ? { reason: "max-cost", maxCostUsd: options.maxCostUsd!, notRun: tasks.length - finished }
      : undefined,
    headLatencies,
  };
}

function summarizeVariation(
  target: EvalTarget,
  own: Array<{ task: Task; result?: RunResult }>,
  keepRuns: boolean,
): VariationResult {
  const cases: CaseResult[] = target.dataset.cases.map((evalCase, caseIndex) => {
    const planned = own.filter(({ task }) => task.caseIndex === caseIndex);
    const runs = planned.flatMap(({ result }) => (result ? [result] : []));
    const passed = runs.filter((r) => r.pass).length;
    const failures = new Map<string, number>();
    const fail = (detail: string, n = 1) => failures.set(detail, (failures.get(detail) ?? 0) + n);
    for (const run of runs) {
      if (run.error) fail(run.error);
      for (const a of run.assertions)
        if (!a.pass)
          fail(
            a.detail
              .replace(/ \d+(\.\d+)? \(threshold/, " below threshold (threshold")
              .replace(/: \d+ (ms|tokens)$/, ": over")
              .replace(/: \$[\d.]+$/, ": over"),
          );
    }
    if (runs.length < planned.length) fail("not run: the cost cap stopped the run", planned.length - runs.length);
    const scores = new Map<string, number[]>();
    for (const run of runs)
      for (const j of run.judges)
        if (j.score !== undefined) scores.set(j.config, [...(scores.get(j.config) ?? []), j.score]);
    return {
      name: evalCase.name,
      line: evalCase.line,
      required: evalCase.required,
      repeat: planned.length,
      ran: runs.length,
      passed,
      passShare: evalCase.passShare,
      pass: runs.length === planned.length && passed >= evalCase.passShare * planned.length - 1e-9,
      failures: [...failures].map(([detail, n]) => ({ detail, runs: n })),
      judgeScores: Object.fromEntries(
        [...scores].map(([judge, values]) => [judge, round6(values.reduce((a, b) => a + b, 0) / values.length)]),
      ),
      ...(keepRuns ? { runs } : {}),
    };
  });
  const runs = own.flatMap(({ result }) => (result ? [result] : []));
  const latencies = runs
    .filter((r) => !r.error)
    .map((r) => r.latencyMs)
    .sort((a, b) => a - b);
  const casesPassed = cases.filter((c) => c.pass).length;
  const passRate = cases.length > 0 ? casesPassed / cases.length : 1;
  const requiredFailed = cases.filter((c) => c.required && !c.pass).map((c) => c.name);
  const model = modelOf(target.catalog, target.variation);
  return {
    side: target.side,
    config: target.config.key,
    variation: target.variation.key,
    model: model.key,
    modelId: model.inferenceProfile ?? model.modelId,
    provider: model.provider,
    dataset: target.dataset.file,
    threshold: target.dataset.threshold,
    casesPassed,
    passRate: round6(passRate),
    requiredFailed,
    pass: requiredFailed.length === 0 && passRate >= target.dataset.threshold - 1e-9,
    calls: runs.reduce((n, r) => n + r.attempts, 0),
    latencyMs:
      latencies.length > 0
        ? {
            p50: Math.round(percentile(latencies, 50)),
            p95: Math.round(percentile(latencies, 95)),
            p99: Math.round(percentile(latencies, 99)),
          }
        : null,
    tokens: {
      input: runs.reduce((n, r) => n + r.tokens.input, 0),
      output: runs.reduce((n, r) => n + r.tokens.output, 0),
    },
    costUsd: round6(runs.reduce((n, r) => n + r.costUsd, 0)),
    cases,
  };
}
