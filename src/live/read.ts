import { KEY_PATTERN } from "../catalog";
import type { RestClient } from "../targeting/rest-client";

/**
 * Read-only calls of LaunchDarkly's REST API that `aic pull` needs besides targeting (which the targeting client
 * reads), each with a check of the shape it relies on. The answers are reduced to what the files can state.
 */

export interface LiveVariation {
  key: string;
  name?: string;
  /** Completion and judge modes. Agent instructions are write-only in the API: never returned, so never pulled. */
  messages?: Array<{ role: string; content: string }>;
  modelConfigKey?: string;
  tools?: Array<{ key: string }>;
  judgeConfiguration?: { judges?: Array<{ key: string; samplingRate: number }> };
}

export interface LiveAiConfig {
  key: string;
  name?: string;
  mode?: string;
  description?: string;
  tags?: string[];
  /** Judge mode: the metric its scores are recorded as. */
  evaluationMetricKey?: string;
  /** Only those whose key is a LaunchDarkly key, LaunchDarkly's built-in disabled one (key "") left out. */
  variations: LiveVariation[];
  /** How many variations LaunchDarkly answered with a key that is not a LaunchDarkly key: not in `variations`. */
  refusedVariations: number;
}

export interface LiveModelConfig {
  key: string;
  /** The model's id (a Bedrock inference profile, say). */
  id?: string;
  params?: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const project = (key: string) => `/api/v2/projects/${encodeURIComponent(key)}`;

/**
 * Whether a key LaunchDarkly answered may be used as one. AI Config and variation keys name files
 * (configs/ai-configs/<config>.yaml, prompts/<config>/<variation>.md), so a hostile or broken answer ("../../x",
 * "a/b") must never reach a path: every such key of an answer is read through here, and what fails is left out.
 */
const isLaunchDarklyKey = (key: string) => KEY_PATTERN.test(key);

function aiConfigShape(body: unknown): LiveAiConfig | { invalid: string } {
  if (!isObject(body) || typeof body.key !== "string") return { invalid: "not an AI Config" };
  if (!Array.isArray(body.variations) || !body.variations.every((v) => isObject(v) && typeof v.key === "string"))
    return { invalid: "an AI Config whose variations are not a list of {key, ...}" };
  for (const v of body.variations as Array<Record<string, unknown>>) {
    if (v.messages !== undefined && !Array.isArray(v.messages))
      return { invalid: `an AI Config whose variation ${String(v.key)} has messages that are not a list` };
  }
  const variations = (body.variations as LiveVariation[]).filter((v) => v.key !== "");
  const keyed = variations.filter((v) => isLaunchDarklyKey(v.key));
  return {
    ...(body as unknown as LiveAiConfig),
    variations: keyed,
    refusedVariations: variations.length - keyed.length,
  };
}

/**
 * `{items: [...]}` of AI Configs, each checked as one GET of it is. One whose own key is not a LaunchDarkly key is
 * left out and counted in `refused`, as are its variations' keys that are not.
 */
export function aiConfigListShape(body: unknown): { aiConfigs: LiveAiConfig[]; refused: number } | { invalid: string } {
  const items = isObject(body) && Array.isArray(body.items) ? body.items : body;
  if (!Array.isArray(items)) return { invalid: "not a list of AI Configs" };
  const aiConfigs: LiveAiConfig[] = [];
  let refused = 0;
  for (const item of items) {
    const config = aiConfigShape(item);
    if ("invalid" in config) return { invalid: "not a list of AI Configs" };
    if (!isLaunchDarklyKey(config.key)) refused += 1;
    else aiConfigs.push(config);
    refused += config.refusedVariations;
  }
  return { aiConfigs, refused };
}

function modelConfigsShape(body: unknown): LiveModelConfig[] | { invalid: string } {
  const items = isObject(body) && Array.isArray(body.items) ? body.items : body;
  if (!Array.isArray(items) || !items.every((m) => isObject(m) && typeof m.key === "string"))
    return { invalid: "not a list of model configs" };
  return items as LiveModelConfig[];
}

/** One AI Config with its variations, or undefined when LaunchDarkly has none by that key. */
export async function getAiConfig(
  client: RestClient,
  projectKey: string,
  key: string,
): Promise<LiveAiConfig | undefined> {
  const path = `${project(projectKey)}/ai-configs/${encodeURIComponent(key)}`;
  return (await client.request({ method: "GET", path, accept: [404], parse: aiConfigShape })).body;
}

/** The project's model configs (the custom ones the launchdarkly stack creates among them). */
export async function listModelConfigs(client: RestClient, projectKey: string): Promise<LiveModelConfig[]> {
  const path = `${project(projectKey)}/ai-configs/model-configs`;
  return (await client.request({ method: "GET", path, parse: modelConfigsShape })).body!;
}
