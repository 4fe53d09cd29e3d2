import { z } from "zod";
import { ldKey, nonEmpty } from "./common";

/** LaunchDarkly clause operators (segmentMatch is written as a `segments` clause). */
export const CLAUSE_OPERATORS = [
  "in", "endsWith", "startsWith", "matches", "contains",
  "lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual",
  "before", "after", "semVerEqual", "semVerLessThan", "semVerGreaterThan",
] as const;

/** Either `segments: [...]` or `attribute`, `op` and `values`; one shape keeps error messages precise. */
export const clauseSchema = z
  .strictObject({
    segments: z.array(ldKey).min(1).optional(),
    contextKind: ldKey.default("user"),
    attribute: nonEmpty.optional(),
    op: z.enum(CLAUSE_OPERATORS).optional(),
    values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(),
    negate: z.boolean().default(false),
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
        ctx.addIssue({ code: "custom", path: [], message: `a clause needs "segments", or "attribute", "op" and "values": "${field}" is missing` });
      }
    }
  });

export const rolloutSchema = z.strictObject({
  contextKind: ldKey.default("user"),
  bucketBy: nonEmpty.default("key"),
  /** Variation key -> percentage; whole or one-decimal numbers that sum to exactly 100. */
  weights: z.record(ldKey, z.number().min(0).max(100)),
});

export const serveSchema = z
  .strictObject({
    variation: ldKey.optional(),
    rollout: rolloutSchema.optional(),
  })
  .superRefine((serve, ctx) => {
    if ((serve.variation === undefined) === (serve.rollout === undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: 'serve exactly one of "variation" or "rollout"' });
    }
  });

export const ruleSchema = z.strictObject({
  description: z.string().optional(),
  clauses: z.array(clauseSchema).min(1, "must have at least one clause"),
  serve: serveSchema,
});

export const environmentTargetingSchema = z.strictObject({
  enabled: z.boolean().default(true),
  rules: z.array(ruleSchema).default([]),
  fallthrough: serveSchema,
  /** Served when targeting is off; when absent LaunchDarkly's built-in disabled variation is served. */
  offVariation: ldKey.optional(),
});

export type Clause = z.infer<typeof clauseSchema>;
export type Rollout = z.infer<typeof rolloutSchema>;
export type Serve = z.infer<typeof serveSchema>;
export type TargetingRule = z.infer<typeof ruleSchema>;
export type EnvironmentTargeting = z.infer<typeof environmentTargetingSchema>;
