import type { AiConfig, Catalog, Clause, DeepReadonly, Segment, Serve, Variation } from "../catalog";
import { servedShares } from "../catalog/served";

/** LaunchDarkly's flag and segment JSON, as its SDKs receive it (and its file data source reads it). */
export type FlagJson = Record<string, unknown>;
export interface FlagData {
  flags: Record<string, FlagJson>;
  segments: Record<string, FlagJson>;
}

/** Rollout weights are in thousandths of a percent: 100,000 is everyone. */
const THOUSANDTHS = 1000;

/** The value the AI SDK receives for one variation (its `_ldMeta`, model, provider and messages or instructions). */
export function aiConfigValue(catalog: Catalog, config: AiConfig, variation: Variation): Record<string, unknown> {
  const model = catalog.models.find((m) => m.key === variation.model)!;
  const content =
    config.mode === "agent"
      ? { instructions: variation.prompt.instructions }
      : { messages: variation.prompt.messages.map((m) => ({ role: m.role, content: m.content })) };
  return {
    _ldMeta: { variationKey: variation.key, enabled: true, version: 1, mode: config.mode },
    model: { name: model.inferenceProfile ?? model.modelId, parameters: { ...variation.parameters } },
    provider: { name: model.provider },
    ...content,
    ...(variation.judges.length > 0
      ? { judgeConfiguration: { judges: variation.judges.map((j) => ({ key: j.key, samplingRate: j.samplingRate })) } }
      : {}),
    ...(config.mode === "judge" ? { evaluationMetricKey: config.evaluationMetricKey } : {}),
  };
}

/** What LaunchDarkly serves when an AI Config is not targeted: its built-in disabled variation. */
export function disabledValue(config: AiConfig): Record<string, unknown> {
  return { _ldMeta: { variationKey: "", enabled: false, version: 1, mode: config.mode } };
}

function clauseJson(clause: DeepReadonly<Clause>): FlagJson {
  if (clause.segments)
    return { attribute: "", op: "segmentMatch", values: [...clause.segments], negate: clause.negate };
  return {
    contextKind: clause.contextKind,
    attribute: clause.attribute,
    op: clause.op,
    values: [...(clause.values ?? [])],
    negate: clause.negate,
  };
}

function serveJson(serve: DeepReadonly<Serve>, index: (key: string) => number): FlagJson {
  if (serve.variation !== undefined) return { variation: index(serve.variation) };
  const rollout = serve.rollout!;
  return {
    rollout: {
      bucketBy: rollout.bucketBy,
      contextKind: rollout.contextKind,
      variations: Object.entries(rollout.weights).map(([key, weight]) => ({
        variation: index(key),
        weight: Math.round(weight * THOUSANDTHS),
      })),
    },
  };
}

/** The flag LaunchDarkly evaluates for an AI Config in one environment: variation 0 is the disabled one. */
export function aiConfigFlag(catalog: Catalog, config: AiConfig, environment: string): FlagJson {
  const index = (key: string) => 1 + config.variations.findIndex((v) => v.key === key);
  const targeting = config.targeting[environment];
  return {
    key: config.key,
    version: 1,
    salt: config.key,
    on: targeting?.enabled ?? false,
    variations: [disabledValue(config), ...config.variations.map((v) => aiConfigValue(catalog, config, v))],
    offVariation: targeting?.offVariation ? index(targeting.offVariation) : 0,
    fallthrough: targeting ? serveJson(targeting.fallthrough, index) : { variation: 0 },
    rules: (targeting?.rules ?? []).map((rule, i) => ({
      id: `rule-${i + 1}`,
      clauses: rule.clauses.map(clauseJson),
      ...serveJson(rule.serve, index),
    })),
    targets: [],
    contextTargets: [],
    prerequisites: [],
    trackEvents: false,
  };
}

function segmentJson(segment: DeepReadonly<Segment>): FlagJson {
  return {
    key: segment.key,
    version: 1,
    salt: segment.key,
    included: [...segment.included],
    excluded: [...segment.excluded],
    rules: segment.rules.map((rule, i) => ({ id: `segment-rule-${i + 1}`, clauses: rule.clauses.map(clauseJson) })),
  };
}

/** Every AI Config and segment of one environment, as the SDK would receive them. */
export function flagData(catalog: Catalog, environment: string): FlagData {
  return {
    flags: Object.fromEntries(catalog.aiConfigs.map((c) => [c.key, aiConfigFlag(catalog, c, environment)])),
    segments: Object.fromEntries((catalog.segments[environment] ?? []).map((s) => [s.key, segmentJson(s)])),
  };
}

/**
 * SDK fallback (default) values for one environment, from the same prompts: what the application serves when
 * LaunchDarkly cannot be reached. Each AI Config falls back to its fallthrough variation (the largest share of
 * a rollout), or to disabled where the environment does not target it.
 */
export function fallbackValues(catalog: Catalog, environment: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    catalog.aiConfigs.map((config) => {
      const targeting = config.targeting[environment];
      const serve = targeting?.enabled ? targeting.fallthrough : undefined;
      const key = servedShares(serve).sort(([, a], [, b]) => b - a)[0]?.[0];
      const variation = config.variations.find((v) => v.key === key);
      if (!variation) return [config.key, { enabled: false }];
      const { _ldMeta: _meta, ...value } = aiConfigValue(catalog, config, variation);
      return [config.key, { enabled: true, ...value }];
    }),
  );
}
