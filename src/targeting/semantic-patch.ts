import type { AiConfig, Clause, DeepReadonly, Serve } from "../catalog";

/**
 * AI Config targeting as LaunchDarkly's REST API represents it (GET /api/v2/projects/{p}/ai-configs/{c}/targeting,
 * model AIConfigTargeting in the published API description), reduced to what the reconciler reads.
 */
export interface LiveTargeting {
  variations: Array<{ _id: string; key: string }>;
  environments: Record<string, LiveEnvironment | undefined>;
}
export interface LiveServe {
  variation?: number;
  rollout?: { bucketBy?: string; contextKind?: string; variations: Array<{ variation: number; weight: number }> };
}
export interface LiveEnvironment extends LiveServe {
  /** Changes with every targeting change; experiments name the version they were set up against. */
  _version?: number;
  enabled: boolean;
  fallthrough: LiveServe;
  offVariation?: number;
  rules: Array<
    LiveServe & {
      _id?: string;
      description?: string;
      clauses: Array<{ contextKind?: string; attribute: string; op: string; values: unknown[]; negate: boolean }>;
    }
  >;
}

export type Instruction = Record<string, unknown> & { kind: string };

/** Targeting in one comparable shape, with variations named by key and weights in thousandths. */
interface Comparable {
  offVariation?: string;
  fallthrough: ComparableServe;
  rules: Array<{ description: string; clauses: ComparableClause[]; serve: ComparableServe }>;
}
type ComparableServe =
  { variation: string } | { bucketBy: string; contextKind: string; weights: Array<[string, number]> };
type ComparableClause = { contextKind: string; attribute: string; op: string; values: unknown[]; negate: boolean };

export class TargetingError extends Error {}

function desiredServe(serve: DeepReadonly<Serve>): ComparableServe {
  if (serve.variation !== undefined) return { variation: serve.variation };
  const rollout = serve.rollout!;
  return {
    bucketBy: rollout.bucketBy,
    contextKind: rollout.contextKind,
    weights: Object.entries(rollout.weights).map(([k, w]) => [k, Math.round(w * 1000)]),
  };
}

function desiredClause(clause: DeepReadonly<Clause>): ComparableClause {
  if (clause.segments)
    return {
      contextKind: "user",
      attribute: "segmentMatch",
      op: "segmentMatch",
      values: [...clause.segments],
      negate: clause.negate,
    };
  return {
    contextKind: clause.contextKind,
    attribute: clause.attribute!,
    op: clause.op!,
    values: [...(clause.values ?? [])],
    negate: clause.negate,
  };
}

/**
 * What the files say one environment should serve for one AI Config, in LaunchDarkly's terms.
 *
 * LaunchDarkly keeps an AI Config's targeting on: `turnTargetingOn` and `turnTargetingOff` do not apply to AI
 * Configs (LaunchDarkly's own AI Config skills say so, and its API description does not list them). Targeting
 * that the files switch off (`enabled: false`) is therefore served as what "off" means, the off variation for
 * everyone: the fallthrough serves it and there are no rules. `liveOffVariation` is LaunchDarkly's off variation,
 * used when the files name none (its built-in disabled variation unless someone changed it).
 */
export function desiredTargeting(
  config: AiConfig,
  environment: string,
  liveOffVariation?: string,
): Comparable | undefined {
  const targeting = config.targeting[environment];
  if (!targeting) return undefined;
  if (!targeting.enabled) {
    const off = targeting.offVariation ?? liveOffVariation;
    if (off === undefined)
      throw new TargetingError(
        `${config.key} in ${environment}: targeting is off in the files, and neither they nor LaunchDarkly name an off variation: set offVariation`,
      );
    return { offVariation: targeting.offVariation, fallthrough: { variation: off }, rules: [] };
  }
  return {
    offVariation: targeting.offVariation,
    fallthrough: desiredServe(targeting.fallthrough),
    rules: targeting.rules.map((rule) => ({
      description: rule.description ?? "",
      clauses: rule.clauses.map(desiredClause),
      serve: desiredServe(rule.serve),
    })),
  };
}

function liveServe(serve: LiveServe, keyOf: (index: number) => string): ComparableServe {
  if (serve.rollout) {
    return {
      bucketBy: serve.rollout.bucketBy ?? "key",
      contextKind: serve.rollout.contextKind ?? "user",
      weights: serve.rollout.variations.filter((v) => v.weight > 0).map((v) => [keyOf(v.variation), v.weight]),
    };
  }
  return { variation: keyOf(serve.variation ?? 0) };
}

function comparableLive(live: LiveTargeting, environment: string): Comparable | undefined {
  const env = live.environments[environment];
  if (!env) return undefined;
  const keyOf = (index: number) => live.variations[index]?.key ?? `#${index}`;
  return {
    offVariation: env.offVariation === undefined ? undefined : keyOf(env.offVariation),
    fallthrough: liveServe(env.fallthrough, keyOf),
    rules: env.rules.map((rule) => ({
      description: rule.description ?? "",
      clauses: rule.clauses.map((c) => ({
        contextKind: c.contextKind ?? "user",
        attribute: c.attribute,
        op: c.op,
        values: c.values,
        negate: c.negate,
      })),
      serve: liveServe(rule, keyOf),
    })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The semantic-patch instructions that move live targeting to the desired one, with variation keys resolved to
 * the live variation IDs (they change whenever a variation is updated). Empty when they already agree.
 */
export function targetingInstructions(config: AiConfig, environment: string, live: LiveTargeting): Instruction[] {
  const current = comparableLive(live, environment);
  const desired = desiredTargeting(config, environment, current?.offVariation);
  if (!desired) return [];
  if (live.environments[environment]?.enabled === false && config.targeting[environment]!.enabled) {
    throw new TargetingError(
      `${config.key} in ${environment}: targeting is switched off in LaunchDarkly, and its API cannot switch an AI Config's targeting on: switch it on in LaunchDarkly, then apply again`,
    );
  }
  const idOf = (key: string) => {
    const variation = live.variations.find((v) => v.key === key);
    if (!variation)
      throw new TargetingError(
        `variation "${key}" of ${config.key} does not exist in LaunchDarkly yet: apply the launchdarkly stack first`,
      );
    return variation._id;
  };
  const serveFields = (serve: ComparableServe) =>
    "variation" in serve
      ? { variationId: idOf(serve.variation) }
      : {
          rolloutWeights: Object.fromEntries(serve.weights.map(([key, weight]) => [idOf(key), weight])),
          rolloutBucketBy: serve.bucketBy,
          rolloutContextKind: serve.contextKind,
        };

  const instructions: Instruction[] = [];
  if (desired.offVariation && desired.offVariation !== current?.offVariation)
    instructions.push({ kind: "updateOffVariation", variationId: idOf(desired.offVariation) });
  if (!same(desired.fallthrough, current?.fallthrough))
    instructions.push({ kind: "updateFallthroughVariationOrRollout", ...serveFields(desired.fallthrough) });
  if (!same(desired.rules, current?.rules)) {
    instructions.push({
      kind: "replaceRules",
      rules: desired.rules.map((rule) => ({
        description: rule.description,
        clauses: rule.clauses,
        ...serveFields(rule.serve),
      })),
    });
  }
  return instructions;
}
