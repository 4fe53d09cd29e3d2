import { z } from "zod";
import { ldKey, nonEmpty } from "./common";
import { parametersSchema } from "./models";
import { environmentTargetingSchema } from "./targeting";
import { experimentSchema } from "./experiments";

export const AI_CONFIG_MODES = ["completion", "agent", "judge"] as const;

/** The contract between the application and every variation's prompt. */
export const variableSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must hold only letters, digits and '_' (LaunchDarkly forbids '.')"),
    type: z.enum(["string", "number", "boolean"]).default("string"),
    required: z.boolean().default(true),
    description: z.string().optional(),
    enum: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(),
  })
  .superRefine((variable, ctx) => {
    variable.enum?.forEach((value, i) => {
      if (typeof value !== variable.type) {
        ctx.addIssue({ code: "custom", path: ["enum", i], message: `enum value is not a ${variable.type}` });
      }
    });
  });

export const judgeAttachmentSchema = z.strictObject({
  key: ldKey,
  samplingRate: z.number().gt(0, "must be above 0").max(1, "must be at most 1"),
});

export const variationSchema = z.strictObject({
  key: ldKey,
  name: nonEmpty.optional(),
  description: z.string().optional(),
  model: ldKey,
  parameters: parametersSchema.default({}),
  /** Path under prompts/; defaults to <config key>/<variation key>.md. */
  prompt: z.string().regex(/^[\w./-]+\.md$/, "must be a .md path under prompts/").optional(),
  tools: z.array(ldKey).default([]),
  judges: z.array(judgeAttachmentSchema).default([]),
});

export const aiConfigFileSchema = z.strictObject({
  key: ldKey,
  name: nonEmpty,
  description: z.string().optional(),
  mode: z.enum(AI_CONFIG_MODES).default("completion"),
  /** Key of the maintaining team in configs/access.yaml. */
  maintainer: ldKey.optional(),
  tags: z.array(nonEmpty).default([]),
  /** Judge mode: the metric key the judge's scores are tracked under, e.g. $ld:ai:judge:answer-quality. */
  evaluationMetricKey: z.string().regex(/^[\w$:.-]+$/, "must be a metric key").optional(),
  variables: z.array(variableSchema).default([]),
  variations: z.array(variationSchema).min(1, "must list at least one variation"),
  targeting: z.record(ldKey, environmentTargetingSchema).default({}),
  /** Environment key -> the experiments run on this AI Config there. */
  experiments: z.record(ldKey, z.array(experimentSchema)).default({}),
});

export type Variable = z.infer<typeof variableSchema>;
export type VariationFile = z.infer<typeof variationSchema>;
export type AiConfigFile = z.infer<typeof aiConfigFileSchema>;
export type AiConfigMode = (typeof AI_CONFIG_MODES)[number];
