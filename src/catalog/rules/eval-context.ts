import { type CheckContext, defineRule, intact, promptPath } from "../context";
import type { AiConfigFile, Clause, ContextValue } from "../schema";
import type { PathSegment } from "../yaml-file";
import { datasetsWithConfigs } from "./private/eval-datasets";

const NUMERIC_OPS = new Set(["lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual"]);
const STRING_OPS = new Set([
  "endsWith",
  "startsWith",
  "matches",
  "contains",
  "semVerEqual",
  "semVerLessThan",
  "semVerGreaterThan",
]);
const BUILT_IN_ATTRIBUTES = new Set(["key", "kind", "name", "anonymous"]);

/** The types an attribute may have for the clauses that test it: what LaunchDarkly's operators compare. */
function expectedTypes(clause: Clause): Set<string> {
  if (NUMERIC_OPS.has(clause.op!)) return new Set(["number"]);
  if (STRING_OPS.has(clause.op!)) return new Set(["string"]);
  if (clause.op === "before" || clause.op === "after") return new Set(["number", "string"]);
  return new Set((clause.values ?? []).map((v) => typeof v));
}

/** Every context attribute an AI Config reads: in its prompts, its targeting clauses and rollouts, and the segments they use. */
function attributesRead(
  ctx: CheckContext,
  config: AiConfigFile,
): { used: Set<string>; clauses: Map<string, Clause[]> } {
  const used = new Set<string>(BUILT_IN_ATTRIBUTES);
  const clauses = new Map<string, Clause[]>();
  const addClause = (clause: Clause) => {
    if (clause.segments) {
      for (const key of clause.segments) {
        for (const segments of Object.values(ctx.segments?.data.segments ?? {})) {
          for (const rule of segments.find((s) => s.key === key)?.rules ?? []) rule.clauses.forEach(addClause);
        }
      }
      return;
    }
    used.add(clause.attribute!);
    clauses.set(clause.attribute!, [...(clauses.get(clause.attribute!) ?? []), clause]);
  };
  for (const variation of config.variations) {
    for (const attribute of ctx.prompts.get(promptPath(config, variation))?.parsed.template.contextAttributes ?? [])
      used.add(attribute);
  }
  for (const targeting of Object.values(config.targeting)) {
    for (const rule of targeting.rules) {
      rule.clauses.forEach(addClause);
      if (rule.serve.rollout) used.add(rule.serve.rollout.bucketBy);
    }
    if (targeting.fallthrough.rollout) used.add(targeting.fallthrough.rollout.bucketBy);
  }
  return { used, clauses };
}

export const evalContext = defineRule({
  id: "eval-context",
  summary:
    "A case's context attributes have the types its AI Config's targeting clauses compare them with; an attribute no prompt or targeting reads is a warning.",
  check(ctx, report) {
    for (const { dataset, config } of datasetsWithConfigs(ctx)) {
      const { used, clauses } = attributesRead(ctx, config.data);
      // "Read by nothing" is only a safe conclusion when the config and the segments it may use were read whole.
      const segmentsWhole = ctx.segments
        ? intact(ctx.segments)
        : !ctx.texts.some((t) => t.file === "configs/segments.yaml");
      const allReadersKnown = intact(config) && segmentsWhole;
      const checkContext = (context: Record<string, ContextValue>, path: PathSegment[]) => {
        for (const [attribute, value] of Object.entries(context)) {
          if ((attribute === "kind" || attribute === "key") && typeof value !== "string") {
            report.at(dataset, [...path, attribute], `the context's "${attribute}" must be a string`);
            continue;
          }
          if (!used.has(attribute)) {
            if (!allReadersKnown) continue;
            report.at(
              dataset,
              [...path, attribute],
              `context attribute "${attribute}" is read by no prompt, targeting rule or segment of ${config.data.key}`,
              { severity: "warning", at: "key" },
            );
            continue;
          }
          const given = Array.isArray(value) ? [...new Set(value.map((v) => typeof v))] : [typeof value];
          for (const clause of clauses.get(attribute) ?? []) {
            const expected = expectedTypes(clause);
            const wrong = given.find((type) => !expected.has(type));
            if (wrong) {
              report.at(
                dataset,
                [...path, attribute],
                `context attribute "${attribute}" is a ${wrong}, but targeting compares it (${clause.op}) with ${[...expected].join(" or ")} values`,
              );
              break;
            }
          }
        }
      };
      checkContext(dataset.data.defaults.context, ["defaults", "context"]);
      dataset.data.cases.forEach((c, i) => checkContext(c.context, ["cases", i, "context"]));
    }
  },
});
