import { z } from "zod";

/**
 * The JSON that `aic eval --format json` writes and `aic report --evals` reads. Answers and judges' reasoning
 * (`response`, `reasoning`) are present only in a file written with `--out`, never on standard output.
 */
const tokens = z.object({ input: z.number(), output: z.number() });
const latency = z.object({ p50: z.number(), p95: z.number(), p99: z.number() });

const assertionResult = z.object({ type: z.string(), pass: z.boolean(), detail: z.string() });

const judgeScore = z.object({
  config: z.string(),
  score: z.number().optional(),
  reasoning: z.string().optional(),
  error: z.string().optional(),
});

const runResult = z.object({
  pass: z.boolean(),
  latencyMs: z.number(),
  tokens,
  costUsd: z.number(),
  attempts: z.number(),
  error: z.string().optional(),
  assertions: z.array(assertionResult),
  judges: z.array(judgeScore),
  response: z.string().optional(),
  toolCalls: z.array(z.object({ name: z.string(), arguments: z.record(z.string(), z.unknown()) })).optional(),
});

const caseResult = z.object({
  name: z.string(),
  line: z.number(),
  required: z.boolean(),
  /** Runs planned (the case's repeat), run, and passed. */
  repeat: z.number(),
  ran: z.number(),
  passed: z.number(),
  passShare: z.number(),
  pass: z.boolean(),
  /** Each distinct reason a run failed, with how many runs it failed. */
  failures: z.array(z.object({ detail: z.string(), runs: z.number() })),
  /** Judge config key -> mean score over the runs it scored. */
  judgeScores: z.record(z.string(), z.number()),
  runs: z.array(runResult).optional(),
});

export const variationResultSchema = z.object({
  side: z.enum(["head", "base"]),
  config: z.string(),
  variation: z.string(),
  /** The catalog's model key, and what the provider was called with. */
  model: z.string(),
  modelId: z.string(),
  provider: z.string(),
  dataset: z.string(),
  threshold: z.number(),
  casesPassed: z.number(),
  passRate: z.number(),
  requiredFailed: z.array(z.string()),
  pass: z.boolean(),
  calls: z.number(),
  latencyMs: latency.nullable(),
  tokens,
  costUsd: z.number(),
  cases: z.array(caseResult),
});

const caseChange = z.object({
  case: z.string(),
  required: z.boolean(),
  base: z.string(),
  head: z.string(),
  failures: z.array(z.string()),
});

export const comparisonSchema = z.object({
  config: z.string(),
  variation: z.string(),
  basePassRate: z.number().nullable(),
  headPassRate: z.number().nullable(),
  regressions: z.array(caseChange),
  fixed: z.array(caseChange),
  judgeDeltas: z.array(z.object({ judge: z.string(), base: z.number().nullable(), head: z.number().nullable() })),
});

export const evalReportSchema = z.object({
  version: z.literal(1),
  verdict: z.enum(["pass", "fail"]),
  /** Why the verdict is fail, one line each. */
  reasons: z.array(z.string()),
  selection: z.object({
    env: z.string().optional(),
    base: z.string().optional(),
    config: z.string().optional(),
    variation: z.string().optional(),
  }),
  stopped: z.object({ reason: z.literal("max-cost"), maxCostUsd: z.number(), notRun: z.number() }).optional(),
  concurrency: z.number(),
  calls: z.number(),
  retries: z.number(),
  costUsd: z.number(),
  durationMs: z.number(),
  warnings: z.array(z.string()),
  /** Variations the selection names that have no dataset, so nothing tested them. */
  untested: z.array(z.object({ config: z.string(), variation: z.string() })),
  variations: z.array(variationResultSchema),
  comparisons: z.array(comparisonSchema),
});

export type EvalReport = z.infer<typeof evalReportSchema>;
export type VariationResult = z.infer<typeof variationResultSchema>;
export type CaseResult = VariationResult["cases"][number];
export type RunResult = NonNullable<CaseResult["runs"]>[number];
export type Comparison = z.infer<typeof comparisonSchema>;
