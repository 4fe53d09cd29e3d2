import { z } from "zod";
import { about, ldKey, nonEmpty } from "./common";

/** Inference parameters, shared by model defaults and variation overrides. Unknown names are rejected to catch typos. */
export const parametersSchema = z.strictObject({
  temperature: z.number().optional().meta(about("Sampling temperature, within the model's temperatureRange.", 0.4)),
  maxTokens: z
    .int()
    .positive()
    .optional()
    .meta(about("The most output tokens a request may produce, at most the model's maxOutputTokens.", 1024)),
  topP: z.number().min(0).max(1).optional().meta(about("Nucleus sampling: the probability mass sampled from.", 0.9)),
  stopSequences: z
    .array(z.string())
    .optional()
    .meta(about("Texts that end the output.", ["\n\nCustomer:"])),
});

export const MODEL_PROVIDERS = ["bedrock", "openai", "anthropic", "azure-openai"] as const;

export const modelSchema = z.strictObject({
  key: ldKey.meta(about("The model's key, as variations name it.", "claude-haiku-4-5")),
  name: nonEmpty.meta(about("The model's name in LaunchDarkly.", "Claude Haiku 4.5")),
  provider: z.enum(MODEL_PROVIDERS).meta(about("Who serves the model.", "bedrock")),
  modelId: nonEmpty.meta(about("The provider's model id.", "anthropic.claude-haiku-4-5-20251001-v1:0")),
  /** A Bedrock cross-region inference profile id, e.g. eu.anthropic.claude-haiku-4-5-20251001-v1:0. */
  inferenceProfile: z
    .string()
    .regex(/^(eu|us|apac|us-gov|global)\.[\w.:-]+$/, "must be a cross-region profile id such as eu.<model id>")
    .optional()
    .meta(
      about(
        "Bedrock only: the cross-region inference profile the application calls, <geo>.<modelId>.",
        "eu.anthropic.claude-haiku-4-5-20251001-v1:0",
      ),
    ),
  costPerMillionTokens: z
    .strictObject({
      input: z.number().nonnegative().meta(about("USD per million input tokens.", 1.1)),
      output: z.number().nonnegative().meta(about("USD per million output tokens.", 5.5)),
    })
    .meta(about("Prices, for cost estimates in the pull-request comment, the docs and the dashboard.")),
  contextWindow: z.int().positive().meta(about("The most tokens of prompt and output together.", 200000)),
  maxOutputTokens: z.int().positive().meta(about("The most output tokens the model produces.", 64000)),
  temperatureRange: z
    .tuple([z.number(), z.number()])
    .default([0, 1])
    .meta(about("The lowest and highest temperature the model accepts.", [0, 1])),
  parameters: parametersSchema
    .default({})
    .meta(about("Default parameters of every variation on this model; a variation's own override them.")),
  /** Where the prices were taken from, for reviewers. */
  priceSource: z
    .string()
    .optional()
    .meta(about("Where the prices were taken from, for reviewers.", "aws.amazon.com/bedrock/pricing")),
});

export const modelsFileSchema = z.strictObject({
  models: z
    .array(modelSchema)
    .min(1, "must list at least one model")
    .meta(about("The model catalog: one LaunchDarkly model config per model.")),
});

export type Model = z.infer<typeof modelSchema>;
export type Parameters = z.infer<typeof parametersSchema>;
export type ModelsFile = z.infer<typeof modelsFileSchema>;
