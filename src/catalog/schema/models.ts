import { z } from "zod";
import { ldKey, nonEmpty } from "./common";

/** Inference parameters, shared by model defaults and variation overrides. Unknown names are rejected to catch typos. */
export const parametersSchema = z.strictObject({
  temperature: z.number().optional(),
  maxTokens: z.int().positive().optional(),
  topP: z.number().min(0).max(1).optional(),
  stopSequences: z.array(z.string()).optional(),
});

export const MODEL_PROVIDERS = ["bedrock", "openai", "anthropic", "azure-openai"] as const;

export const modelSchema = z.strictObject({
  key: ldKey,
  name: nonEmpty,
  provider: z.enum(MODEL_PROVIDERS),
  modelId: nonEmpty,
  /** A Bedrock cross-region inference profile id, e.g. eu.anthropic.claude-haiku-4-5-20251001-v1:0. */
  inferenceProfile: z
    .string()
    .regex(/^(eu|us|apac|us-gov|global)\.[\w.:-]+$/, "must be a cross-region profile id such as eu.<model id>")
    .optional(),
  costPerMillionTokens: z.strictObject({ input: z.number().nonnegative(), output: z.number().nonnegative() }),
  contextWindow: z.int().positive(),
  maxOutputTokens: z.int().positive(),
  temperatureRange: z.tuple([z.number(), z.number()]).default([0, 1]),
  parameters: parametersSchema.default({}),
  /** Where the prices were taken from, for reviewers. */
  priceSource: z.string().optional(),
});

export const modelsFileSchema = z.strictObject({
  models: z.array(modelSchema).min(1, "must list at least one model"),
});

export type Model = z.infer<typeof modelSchema>;
export type Parameters = z.infer<typeof parametersSchema>;
export type ModelsFile = z.infer<typeof modelsFileSchema>;
