import { BaseRefError, loadCatalogAtRef } from "../../catalog/at-git-ref";
import { formatText } from "../../evals/format";
import { openBedrock } from "../../evals/providers/bedrock";
import { openOpenAi } from "../../evals/providers/openai";
import { DEFAULT_RETRY } from "../../evals/providers/retry";
import { MissingCredentialsError } from "../../evals/providers/types";
import type { EvalReport } from "../../evals/report-schema";
import { CredentialsRefusedError, runEvals, type ProviderOpener } from "../../evals/run";
import { selectTargets, SelectionError, type Selection } from "../../evals/select";
import { buildReport } from "../../evals/summary";
import { analyseImpact } from "../../impact/analyse";
import { renderEvalsSection } from "../../report/evals";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError } from "../errors";
import type { Output } from "../output";
import { writeFile } from "../safe-write";
import { loadValidCatalog } from "./validate";

export interface EvalOptions {
  root: string;
  config?: string;
  variation?: string;
  env?: string;
  base?: string;
  repeat?: string;
  concurrency: string;
  maxCost?: string;
  format: "text" | "json" | "markdown";
  out?: string;
}

function positiveInt(value: string | undefined, option: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${option} must be a whole number from 1 to ${max}, not "${value}"`);
  return n;
}

/**
 * The providers the catalog's models name, with their endpoints from the environment: AIC_BEDROCK_ENDPOINT for
 * Bedrock's Converse API, OPENAI_BASE_URL and OPENAI_API_KEY for OpenAI or any OpenAI-compatible server.
 */
function providerOpener(env: NodeJS.ProcessEnv, concurrency: number): ProviderOpener {
  return async (provider, region) => {
    if (provider === "bedrock")
      return openBedrock({ region, endpoint: env.AIC_BEDROCK_ENDPOINT || undefined, maxSockets: concurrency });
    if (provider === "openai")
      return openOpenAi({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL || undefined });
    throw new UsageError(
      `aic eval calls bedrock and openai models; a model of provider "${provider}" cannot be evaluated yet`,
    );
  };
}

/** A progress bar on stderr, only where a person watches: an interactive terminal, outside CI. */
function progressBar():
  { update: (p: { done: number; total: number; costUsd: number }) => void; clear: () => void } | undefined {
  if (!process.stderr.isTTY || process.env.CI) return undefined;
  let last = 0;
  return {
    update({ done, total, costUsd }) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / Math.max(1, total)) * width);
      process.stderr.write(
        `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} runs  $${costUsd.toFixed(4)}`,
      );
    },
    clear: () => process.stderr.write("\r\x1b[2K"),
  };
}

function render(report: EvalReport, format: EvalOptions["format"]): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  if (format === "markdown") return renderEvalsSection(report);
  return `${formatText(report).join("\n")}\n`;
}

/** Answers and judges' reasoning leave the process only in a file the user asked for. */
function withoutResponses(report: EvalReport): EvalReport {
  return {
    ...report,
    variations: report.variations.map((v) => ({ ...v, cases: v.cases.map(({ runs: _runs, ...c }) => c) })),
  };
}

/**
 * `aic eval`: runs the eval datasets against what --env serves, one --variation, or what a change alters (--base),
 * through the real providers. Exit 1 when a required case fails or a dataset's pass rate is under its threshold.
 */
export async function evalCommand(
  options: EvalOptions,
  output: Output,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  if (options.variation && options.env) throw new UsageError("--variation and --env are alternatives: give one");
  const repeat = positiveInt(options.repeat, "--repeat", 100);
  const concurrency = positiveInt(options.concurrency, "--concurrency", 64)!;
  const maxCostUsd = options.maxCost === undefined ? undefined : Number(options.maxCost);
  if (maxCostUsd !== undefined && !(maxCostUsd > 0))
    throw new UsageError(`--max-cost must be a positive amount of USD, not "${options.maxCost}"`);

  const head = loadValidCatalog(options.root, output, options.format === "json" ? "json" : "text", "aic: no eval ran");
  if (!head) return EXIT_INVALID;
  const selection: Selection = { config: options.config, variation: options.variation, env: options.env };
  if (options.base) {
    let base: ReturnType<typeof loadCatalogAtRef>;
    try {
      base = loadCatalogAtRef(options.root, options.base);
    } catch (error) {
      if (error instanceof BaseRefError) throw new UsageError(error.message);
      throw error;
    }
    if (base && !base.ok)
      output.err(
        `aic: the catalog at ${options.base} is invalid; every variation counts as changed, and only the head is evaluated`,
      );
    const baseCatalog = base?.ok ? base.catalog : undefined;
    selection.base = { ref: options.base, catalog: baseCatalog, impact: analyseImpact(baseCatalog, head) };
  }
  let selected;
  try {
    selected = selectTargets(head, selection);
  } catch (error) {
    if (error instanceof SelectionError) throw new UsageError(error.message);
    throw error;
  }

  const bar = progressBar();
  let outcome;
  try {
    outcome = await runEvals(selected.targets, {
      concurrency,
      repeat,
      maxCostUsd,
      keepResponses: options.format === "json" && options.out !== undefined,
      retry: DEFAULT_RETRY,
      openProvider: providerOpener(env, concurrency),
      onProgress: bar?.update,
    });
  } catch (error) {
    if (error instanceof MissingCredentialsError || error instanceof CredentialsRefusedError) {
      output.err(`aic: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  } finally {
    bar?.clear();
  }
  const report = buildReport(
    head,
    { env: options.env, base: options.base, config: options.config, variation: options.variation },
    selected,
    outcome,
    concurrency,
  );
  if (options.out) {
    writeFile(options.out, render(report, options.format));
    for (const line of formatText(report)) output.out(line);
    output.out(`wrote ${options.out}`);
  } else {
    output.out(render(withoutResponses(report), options.format).trimEnd());
  }
  return report.verdict === "pass" ? EXIT_OK : EXIT_INVALID;
}
