import type { Clause, Serve } from "../catalog";
import { CLAUSE_OPERATORS } from "../catalog";
import type { LiveServe, LiveTargeting } from "../targeting/semantic-patch";

/**
 * Live targeting in the files' terms, part by part, for `aic pull` and `aic import` alike. Each says in its own
 * words what the files cannot state, and decides what to do without it (pull keeps the files' part, import leaves
 * the part out).
 */

/** A clause of a live rule or segment rule, as far as its shape was checked. */
export type LiveClause = { attribute?: string; op: string; values: unknown[]; contextKind?: string; negate?: boolean };

const OPERATORS: ReadonlySet<string> = new Set(CLAUSE_OPERATORS);

/** The key of the live variation at `index`; undefined for LaunchDarkly's built-in disabled variation (key ""). */
export function variationKeyAt(targeting: LiveTargeting, index: number | undefined): string | undefined {
  return index === undefined ? undefined : targeting.variations[index]?.key || undefined;
}

/**
 * A live serve as the files write it, or why they cannot: it serves the built-in disabled variation, or a
 * rollout gives a share to it, or a share finer than one decimal (`share`, with the variation's key and weight).
 */
export type ServeReading =
  { serve: Serve } | { disabled: true } | { share: { key: string | undefined; weight: number } };

export function readServe(live: LiveServe, targeting: LiveTargeting): ServeReading {
  if (!live.rollout) {
    const key = variationKeyAt(targeting, live.variation ?? 0);
    return key === undefined ? { disabled: true } : { serve: { variation: key } };
  }
  const weights: Record<string, number> = {};
  for (const { variation, weight } of live.rollout.variations.filter((v) => v.weight > 0)) {
    const key = variationKeyAt(targeting, variation);
    if (key === undefined || weight % 100 !== 0) return { share: { key, weight } };
    weights[key] = weight / 1000;
  }
  return {
    serve: {
      rollout: { contextKind: live.rollout.contextKind ?? "user", bucketBy: live.rollout.bucketBy ?? "key", weights },
    },
  };
}

/** A live clause as the files write it; undefined when the files have no such clause (an operator they lack). */
export function readClause(c: LiveClause): Clause | undefined {
  if (c.op === "segmentMatch")
    return { segments: c.values.map(String), contextKind: "user", negate: c.negate } as Clause;
  if (!OPERATORS.has(c.op) || !c.attribute) return undefined;
  return {
    contextKind: c.contextKind ?? "user",
    attribute: c.attribute,
    op: c.op as Clause["op"],
    values: c.values as Clause["values"],
    negate: c.negate,
  } as Clause;
}
