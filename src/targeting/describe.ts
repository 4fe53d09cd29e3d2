import type { Clause, DeepReadonly, EnvironmentTargeting, Serve } from "../catalog";

/** "friendly-v1 90%, friendly-v2 10%" or "friendly-v2". */
export function describeServe(serve: DeepReadonly<Serve>): string {
  if (serve.variation !== undefined) return serve.variation;
  const weights = Object.entries(serve.rollout?.weights ?? {}).map(([key, weight]) => `${key} ${weight}%`);
  const by = serve.rollout && (serve.rollout.bucketBy !== "key" || serve.rollout.contextKind !== "user") ? ` (by ${serve.rollout.contextKind} ${serve.rollout.bucketBy})` : "";
  return `${weights.join(", ")}${by}`;
}

export function describeClause(clause: DeepReadonly<Clause>): string {
  const not = clause.negate ? "not " : "";
  if (clause.segments) return `${not}in segment ${clause.segments.join(" or ")}`;
  const kind = clause.contextKind === "user" ? "" : `${clause.contextKind} `;
  return `${kind}${clause.attribute} ${not}${clause.op} ${clause.values!.map((v) => JSON.stringify(v)).join(", ")}`;
}

/** One line per rule, then the fallthrough and the off variation, as a reviewer reads them. */
export function describeTargeting(targeting: DeepReadonly<EnvironmentTargeting> | undefined): string[] {
  if (!targeting) return ["not targeted: serves LaunchDarkly's disabled variation"];
  const lines = targeting.rules.map((rule, i) => `rule ${i + 1}: ${rule.clauses.map(describeClause).join(" and ")} -> ${describeServe(rule.serve)}`);
  lines.push(`fallthrough -> ${describeServe(targeting.fallthrough)}`);
  if (targeting.offVariation) lines.push(`when off -> ${targeting.offVariation}`);
  if (!targeting.enabled) lines.unshift("targeting is OFF: everyone gets the off variation");
  return lines;
}
