import { fallbackValues, flagData } from "../../targeting/flag-data";
import { preview, PreviewError } from "../../targeting/preview";
import { EXIT_INVALID, EXIT_OK, UsageError } from "../errors";
import type { Output } from "../output";
import { writeFiles } from "../safe-write";
import { loadValidCatalog } from "./validate";

export interface PreviewOptions {
  root: string;
  env: string;
  context: string;
  var?: string[];
  format: "text" | "json";
}

function parseVariables(pairs: string[] = []): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf("=");
      if (at <= 0) throw new UsageError(`--var ${pair}: expected name=value`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

function parseContext(text: string): Record<string, unknown> {
  let context: unknown;
  try {
    context = JSON.parse(text);
  } catch {
    throw new UsageError(`--context is not JSON: ${text}`);
  }
  if (!context || typeof context !== "object" || Array.isArray(context))
    throw new UsageError('--context must be a JSON object, e.g. \'{"key":"user-1","plan":"business"}\'');
  return { kind: "user", ...(context as Record<string, unknown>) };
}

/** `aic preview <config> --env ENV --context JSON [--var k=v]`: what LaunchDarkly would serve, rendered. */
export async function previewCommand(configKey: string, options: PreviewOptions, output: Output): Promise<number> {
  const context = parseContext(options.context);
  const variables = parseVariables(options.var);
  const catalog = loadValidCatalog(options.root, output, options.format);
  if (!catalog) return EXIT_INVALID;
  let result;
  try {
    result = await preview(catalog, configKey, options.env, context as never, variables);
  } catch (error) {
    if (error instanceof PreviewError) throw new UsageError(error.message);
    throw error;
  }
  if (options.format === "json") {
    output.out(JSON.stringify(result, null, 2));
    return EXIT_OK;
  }
  output.out(
    `${result.config} in ${result.environment}: ${result.enabled ? `serves ${result.variation}` : "disabled (LaunchDarkly's disabled variation)"}, because: ${result.reason}`,
  );
  if (result.experiment) {
    const { key, treatment, baseline } = result.experiment;
    output.out(`in experiment ${key} (running): treatment ${treatment}${baseline ? ", the baseline" : ""}`);
  }
  if (result.model)
    output.out(`model: ${result.model.name} (${result.provider}) ${JSON.stringify(result.model.parameters ?? {})}`);
  for (const message of result.messages ?? []) output.out(`\n[${message.role}]\n${message.content}`);
  if (result.instructions) output.out(`\n[instructions]\n${result.instructions}`);
  return EXIT_OK;
}

export interface ExportOptions {
  root: string;
  env: string;
  out: string;
  fallbacks?: string;
}

/** `aic export --env ENV --out FILE`: the flag data for the SDK's file data source (offline development). */
export function exportCommand(options: ExportOptions, output: Output): number {
  const catalog = loadValidCatalog(options.root, output, "text");
  if (!catalog) return EXIT_INVALID;
  if (!catalog.environments.some((e) => e.key === options.env))
    throw new UsageError(`unknown environment "${options.env}"`);
  const files = [{ path: options.out, text: `${JSON.stringify(flagData(catalog, options.env), null, 2)}\n` }];
  if (options.fallbacks)
    files.push({ path: options.fallbacks, text: `${JSON.stringify(fallbackValues(catalog, options.env), null, 2)}\n` });
  writeFiles(files);
  output.out(
    `wrote ${options.out}: ${catalog.aiConfigs.length} AI Configs and the segments of ${options.env}, for the SDK's file data source`,
  );
  if (options.fallbacks) output.out(`wrote ${options.fallbacks}: SDK fallback values from the same prompts`);
  return EXIT_OK;
}
