import type { AiConfig, Catalog, Clause, EnvironmentTargeting, Serve, TargetingRule } from "../catalog";
import type { PulledConfig, PulledVariation } from "../catalog/edit/pull";
import type { LaunchDarklyClient } from "../targeting/rest-client";
import { targetingInstructions, TargetingError, type LiveServe, type LiveTargeting } from "../targeting/semantic-patch";
import { getAiConfig, listModelConfigs, type LiveAiConfig, type LiveModelConfig, type LiveVariation } from "./read";
import { readClause, readServe, variationKeyAt } from "./targeting-terms";

/** What a pull found: the files' new content in their terms, and what LaunchDarkly holds that they cannot state. */
export interface PullPlan {
  configs: PulledConfig[];
  /** One line each, naming the config, the environment where it matters, and what was not pulled. */
  notPulled: string[];
}

type Live = { config: AiConfig; aiConfig?: LiveAiConfig; targeting: LiveTargeting };

/** Reads, for each AI Config of the files (or of `only`), its live variations and targeting. */
export async function readLive(
  catalog: Catalog,
  client: LaunchDarklyClient,
  only?: readonly string[],
): Promise<{ live: Live[]; modelConfigs: LiveModelConfig[] }> {
  const modelConfigs = await listModelConfigs(client, catalog.project.key);
  const live: Live[] = [];
  for (const config of catalog.aiConfigs.filter((c) => !only || only.includes(c.key))) {
    const aiConfig = await getAiConfig(client, catalog.project.key, config.key);
    const targeting = await client.getTargeting(catalog.project.key, config.key);
    live.push({ config, aiConfig, targeting });
  }
  return { live, modelConfigs };
}

const canonical = (o: Record<string, unknown>) =>
  JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

/** The model and parameter overrides a live variation's model config stands for, or why there are none. */
function modelOf(
  catalog: Catalog,
  current: AiConfig["variations"][number] | undefined,
  live: LiveVariation,
  modelConfigs: readonly LiveModelConfig[],
): { model: string; parameters: Record<string, unknown> } | string {
  const key = live.modelConfigKey;
  if (!key) return "it has no model config";
  // The launchdarkly stack names its model configs <model key>-<8 hex digits of their content>.
  const model = catalog.models.find((m) => new RegExp(`^${m.key.replace(/[.]/g, "\\.")}-[0-9a-f]{8}$`).test(key));
  const modelConfig = modelConfigs.find((m) => m.key === key);
  if (!model || !modelConfig) return `its model config "${key}" is not one that a model of configs/models.yaml makes`;
  const params = modelConfig.params ?? {};
  if (
    current &&
    current.model === model.key &&
    canonical(params) === canonical(current.parameters as Record<string, unknown>)
  )
    return { model: model.key, parameters: { ...current.parameterOverrides } };
  const dropped = Object.keys(model.parameters).filter((k) => !(k in params));
  if (dropped.length > 0)
    return `its model config leaves out the model's default ${dropped.join(", ")}, which an override cannot`;
  const overrides = Object.fromEntries(
    Object.entries(params).filter(([k, v]) => (model.parameters as Record<string, unknown>)[k] !== v),
  );
  return { model: model.key, parameters: overrides };
}

function pulledVariations(catalog: Catalog, item: Live, modelConfigs: readonly LiveModelConfig[], notPulled: string[]) {
  const { config, aiConfig } = item;
  const variations: PulledVariation[] = [];
  if (!aiConfig) {
    notPulled.push(`${config.key}: not in LaunchDarkly (the next apply of the launchdarkly stack creates it)`);
    return variations;
  }
  if (config.mode === "agent")
    notPulled.push(
      `${config.key}: agent instructions and variation descriptions are write-only in LaunchDarkly's API, so edits to them in the UI cannot be read`,
    );
  for (const live of aiConfig.variations) {
    const current = config.variations.find((v) => v.key === live.key);
    const model = modelOf(catalog, current, live, modelConfigs);
    if (typeof model === "string") {
      notPulled.push(`${config.key} variation ${live.key}: ${model}; its model is left as the files say`);
      if (!current) continue;
    }
    if (!current && config.mode === "agent") {
      notPulled.push(`${config.key} variation ${live.key}: new in LaunchDarkly, but its instructions cannot be read`);
      continue;
    }
    variations.push({
      key: live.key,
      name: live.name ?? current?.name ?? live.key,
      model: typeof model === "string" ? current!.model : model.model,
      parameters: typeof model === "string" ? { ...current!.parameterOverrides } : model.parameters,
      tools: (live.tools ?? []).map((t) => t.key),
      judges: (live.judgeConfiguration?.judges ?? []).map((j) => ({ key: j.key, samplingRate: j.samplingRate })),
      messages: config.mode === "agent" ? undefined : live.messages,
    });
  }
  // Left out where LaunchDarkly's answer was read (read.ts): a key that is not one must never name a prompt file.
  for (let i = 0; i < aiConfig.refusedVariations; i++)
    notPulled.push(`${config.key}: a live variation's key is not a LaunchDarkly key; it was not pulled`);
  for (const variation of config.variations)
    if (!aiConfig.variations.some((v) => v.key === variation.key))
      notPulled.push(
        `${config.key} variation ${variation.key}: in the files but not in LaunchDarkly; left in the files (the next apply creates it again)`,
      );
  return variations;
}

/** The environment's live targeting in the files' terms, part by part; a part the files cannot state is undefined. */
function pulledTargeting(item: Live, environment: string, notPulled: string[]): EnvironmentTargeting | undefined {
  const { config, targeting } = item;
  const where = `${config.key} in ${environment}`;
  const current = config.targeting[environment];
  let instructions;
  try {
    instructions = targetingInstructions(config, environment, targeting);
  } catch (error) {
    if (!(error instanceof TargetingError)) throw error;
    notPulled.push(`${where}: ${error.message}`);
    return undefined;
  }
  const env = targeting.environments[environment] as
    | (NonNullable<LiveTargeting["environments"][string]> & { targets?: unknown[]; contextTargets?: unknown[] })
    | undefined;
  if (
    env &&
    [...(env.targets ?? []), ...(env.contextTargets ?? [])].some(
      (t) => ((t as { values?: unknown[] }).values ?? []).length > 0,
    )
  )
    notPulled.push(`${where}: individual targets (context keys served a variation) have no place in the files`);
  if (instructions.length === 0 || !env || !current) return undefined;
  const serve = (live: LiveServe, what: string): Serve | undefined => {
    const reading = readServe(live, targeting);
    if ("serve" in reading) return reading.serve;
    if ("disabled" in reading)
      notPulled.push(
        `${where}: the ${what} serves LaunchDarkly's built-in disabled variation, which the files cannot name`,
      );
    else {
      const { key, weight } = reading.share;
      notPulled.push(
        `${where}: the ${what} rollout gives a share to ${key === undefined ? "the built-in disabled variation" : `${key} of ${weight / 1000}%, finer than one decimal`}`,
      );
    }
    return undefined;
  };
  let rules: TargetingRule[] | undefined = [];
  for (const [i, rule] of env.rules.entries()) {
    const clauses = rule.clauses.map(readClause);
    const served = serve(rule, `rule ${i + 1}`);
    const unstated = rule.clauses.filter((_, j) => !clauses[j]).map((c) => `${c.attribute} ${c.op}`);
    if (unstated.length > 0)
      notPulled.push(
        `${where}: rule ${i + 1}${rule.description ? ` ("${rule.description}")` : ""} tests ${unstated.join(", ")}, which the files cannot state; the files' rules are kept`,
      );
    if (unstated.length > 0 || !served) {
      rules = undefined;
      break;
    }
    rules.push({
      ...(rule.description ? { description: rule.description } : {}),
      clauses: clauses as Clause[],
      serve: served,
    });
  }
  const fallthrough = serve(env.fallthrough, "fallthrough");
  const off = variationKeyAt(targeting, env.offVariation);
  if (current.offVariation !== undefined && off === undefined)
    notPulled.push(`${where}: the off variation is LaunchDarkly's built-in disabled one, which the files cannot name`);
  if (!env.enabled)
    notPulled.push(
      `${where}: targeting is switched off in LaunchDarkly; the files keep it on (switch it on in LaunchDarkly, or set enabled: false)`,
    );
  return {
    enabled: current.enabled,
    rules: rules ?? [...current.rules].map((r) => structuredClone(r) as TargetingRule),
    fallthrough: fallthrough ?? (structuredClone(current.fallthrough) as Serve),
    offVariation: off ?? current.offVariation,
  };
}

/** What the files should say for `environment` after a pull, and what LaunchDarkly holds that they cannot state. */
export function planPull(
  catalog: Catalog,
  environment: string,
  read: { live: readonly Live[]; modelConfigs: readonly LiveModelConfig[] },
): PullPlan {
  const notPulled: string[] = [];
  const configs = read.live.map((item) => {
    const variations = pulledVariations(catalog, item, read.modelConfigs, notPulled);
    const value = pulledTargeting(item, environment, notPulled);
    return { key: item.config.key, variations, targeting: value && { environment, value } };
  });
  return { configs, notPulled };
}
