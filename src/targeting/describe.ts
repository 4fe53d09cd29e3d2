import type { Clause, DeepReadonly, EnvironmentTargeting, Serve, TargetingRule } from "../catalog";

/** "friendly-v1 90%, friendly-v2 10%" or "friendly-v2". */
export function describeServe(serve: DeepReadonly<Serve>): string {
  if (serve.variation !== undefined) return serve.variation;
  const weights = Object.entries(serve.rollout?.weights ?? {}).map(([key, weight]) => `${key} ${weight}%`);
  const by =
    serve.rollout && (serve.rollout.bucketBy !== "key" || serve.rollout.contextKind !== "user")
      ? ` (by ${serve.rollout.contextKind} ${serve.rollout.bucketBy})`
      : "";
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
  const lines = targeting.rules.map(
    (rule, i) => `rule ${i + 1}: ${rule.clauses.map(describeClause).join(" and ")} -> ${describeServe(rule.serve)}`,
  );
  lines.push(`fallthrough -> ${describeServe(targeting.fallthrough)}`);
  if (targeting.offVariation) lines.push(`when off -> ${targeting.offVariation}`);
  if (!targeting.enabled) lines.unshift("targeting is OFF: everyone gets the off variation");
  return lines;
}

/** A rule's audience in words: "beta-users", "users with plan in \"enterprise\"", several in parentheses. */
function ruleAudience(rule: DeepReadonly<TargetingRule>): string {
  const clauses = rule.clauses.map((clause) => {
    if (clause.segments) return `${clause.negate ? "everyone not in " : ""}${clause.segments.join(" or ")}`;
    return `${clause.contextKind === "user" ? "users" : "contexts"} with ${describeClause(clause)}`;
  });
  return clauses.length === 1 ? clauses[0]! : `(${clauses.join(" and ")})`;
}

function sharesOf(serve: DeepReadonly<Serve>): Array<[string, number]> {
  if (serve.variation !== undefined) return [[serve.variation, 100]];
  return Object.entries(serve.rollout?.weights ?? {}).filter(([, weight]) => weight > 0);
}

function listInWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * Who gets each variation an environment serves, in words, in the order they are first served: for example
 * friendly-v2 -> "beta-users and 10% of everyone else". Later rules only see who earlier rules did not match,
 * and the fallthrough is everyone else.
 */
export function describeAudiences(
  targeting: DeepReadonly<EnvironmentTargeting> | undefined,
): Array<{ variation: string; who: string }> {
  if (!targeting) return [];
  const off = targeting.offVariation;
  if (!targeting.enabled) return off ? [{ variation: off, who: "everyone (targeting is off)" }] : [];
  const audiences = new Map<string, string[]>();
  const serves: Array<[DeepReadonly<Serve>, string]> = [
    ...targeting.rules.map((rule): [DeepReadonly<Serve>, string] => [rule.serve, ruleAudience(rule)]),
    [targeting.fallthrough, targeting.rules.length > 0 ? "everyone else" : "everyone"],
  ];
  for (const [serve, audience] of serves) {
    for (const [variation, share] of sharesOf(serve))
      audiences.set(variation, [
        ...(audiences.get(variation) ?? []),
        share === 100 ? audience : `${share}% of ${audience}`,
      ]);
  }
  const described = [...audiences].map(([variation, who]) => ({ variation, who: listInWords(who) }));
  if (off === undefined) return described;
  const served = described.find((d) => d.variation === off);
  if (served) served.who = `${served.who}; and everyone while targeting is off`;
  else described.push({ variation: off, who: "everyone while targeting is off" });
  return described;
}
