import { z } from "zod";
import { about, ldKey, nonEmpty } from "./common";

/** LaunchDarkly clause operators (segmentMatch is written as a `segments` clause). */
export const CLAUSE_OPERATORS = [
  "in",
  "endsWith",
  "startsWith",
  "matches",
  "contains",
  "lessThan",
  "lessThanOrEqual",
  "greaterThan",
  "greaterThanOrEqual",
  "before",
  "after",
  "semVerEqual",
  "semVerLessThan",
  "semVerGreaterThan",
] as const;

/** Either `segments: [...]` or `attribute`, `op` and `values`; one shape keeps error messages precise. */
export const clauseSchema = z
  .strictObject({
    segments: z
      .array(ldKey)
      .min(1)
      .optional()
      .meta(
        about(
          "Matches contexts in any of these segments (of the same environment); not with attribute, op and values.",
          ["beta-users"],
        ),
      ),
    contextKind: ldKey.default("user").meta(about("The context kind whose attribute is tested.", "user")),
    attribute: nonEmpty.optional().meta(about("The context attribute tested.", "plan")),
    op: z.enum(CLAUSE_OPERATORS).optional().meta(about("How the attribute is compared with the values.", "in")),
    values: z
      .array(z.union([z.string(), z.number(), z.boolean()]))
      .min(1)
      .optional()
      .meta(about("Matches when the attribute compares true with any of these.", ["enterprise"])),
    negate: z.boolean().default(false).meta(about("Matches when the clause would not.", false)),
  })
  .superRefine((clause, ctx) => {
    if (clause.segments) {
      for (const field of ["attribute", "op", "values"] as const) {
        if (clause[field] !== undefined) {
          ctx.addIssue({ code: "custom", path: [field], message: `a segments clause cannot also have "${field}"` });
        }
      }
      return;
    }
    for (const field of ["attribute", "op", "values"] as const) {
      if (clause[field] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [],
          message: `a clause needs "segments", or "attribute", "op" and "values": "${field}" is missing`,
        });
      }
    }
  });

export const rolloutSchema = z.strictObject({
  contextKind: ldKey.default("user").meta(about("The context kind whose attribute buckets the rollout.", "user")),
  bucketBy: nonEmpty
    .default("key")
    .meta(about("The attribute that buckets contexts: the same value, the same variation.", "key")),
  /** Variation key -> percentage; whole or one-decimal numbers that sum to exactly 100. */
  weights: z
    .record(
      ldKey,
      z
        .number()
        .min(0)
        .max(100)
        .meta(about("The variation's share, in percent: whole or one decimal; all sum to 100.", 90)),
    )
    .meta(about("Each variation's share of the traffic.", { "friendly-v1": 90, "friendly-v2": 10 }, "<variation>")),
});

export const serveSchema = z
  .strictObject({
    variation: ldKey.optional().meta(about("Serve this variation (or give rollout instead).", "friendly-v2")),
    rollout: rolloutSchema.optional().meta(about("Serve a percentage rollout (or give variation instead).")),
  })
  .superRefine((serve, ctx) => {
    if ((serve.variation === undefined) === (serve.rollout === undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: 'serve exactly one of "variation" or "rollout"' });
    }
  });

export const ruleSchema = z.strictObject({
  description: z
    .string()
    .optional()
    .meta(
      about("What the rule is for; an experiment on the rule names it by this.", "Beta users get the newer prompt"),
    ),
  clauses: z.array(clauseSchema).min(1, "must have at least one clause").meta(about("Conditions that must all hold.")),
  serve: serveSchema.meta(about("What a matching context is served.")),
});

export const environmentTargetingSchema = z.strictObject({
  enabled: z.boolean().default(true).meta(about("Targeting on; when off, everyone gets the off variation.", true)),
  rules: z.array(ruleSchema).default([]).meta(about("Rules, in order: the first that matches decides.")),
  fallthrough: serveSchema.meta(about("What everyone no rule matches is served.")),
  /** Served when targeting is off; when absent LaunchDarkly's built-in disabled variation is served. */
  offVariation: ldKey
    .optional()
    .meta(
      about(
        "Served when targeting is off; absent, LaunchDarkly serves its built-in disabled variation.",
        "friendly-v1",
      ),
    ),
});

export type Clause = z.infer<typeof clauseSchema>;
export type Rollout = z.infer<typeof rolloutSchema>;
export type Serve = z.infer<typeof serveSchema>;
export type TargetingRule = z.infer<typeof ruleSchema>;
export type EnvironmentTargeting = z.infer<typeof environmentTargetingSchema>;
