import { z } from "zod";
import { about, ldKey, nonEmpty } from "./common";
import { parametersSchema } from "./models";
import { environmentTargetingSchema } from "./targeting";
import { experimentSchema } from "./experiments";

export const AI_CONFIG_MODES = ["completion", "agent", "judge"] as const;

/** The contract between the application and every variation's prompt. */
export const variableSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must hold only letters, digits and '_' (LaunchDarkly forbids '.')")
      .meta(about("The variable's name, as prompts use it: {{customer_name}}.", "customer_name")),
    type: z
      .enum(["string", "number", "boolean"])
      .default("string")
      .meta(about("The type of the value the application passes.", "string")),
    required: z
      .boolean()
      .default(true)
      .meta(about("The application always passes it (some variation must use it).", false)),
    description: z.string().optional().meta(about("What the application passes.", "The customer's first name.")),
    enum: z
      .array(z.union([z.string(), z.number(), z.boolean()]))
      .min(1)
      .optional()
      .meta(about("The only values allowed.", ["warm", "neutral"])),
  })
  .superRefine((variable, ctx) => {
    variable.enum?.forEach((value, i) => {
      if (typeof value !== variable.type) {
        ctx.addIssue({ code: "custom", path: ["enum", i], message: `enum value is not a ${variable.type}` });
      }
    });
  });

export const judgeAttachmentSchema = z.strictObject({
  key: ldKey.meta(about("The judge-mode AI Config that scores this variation's answers.", "answer-judge")),
  samplingRate: z
    .number()
    .gt(0, "must be above 0")
    .max(1, "must be at most 1")
    .meta(about("The share of answers judged, above 0 and at most 1.", 0.2)),
});

export const variationSchema = z.strictObject({
  key: ldKey.meta(
    about("The variation's key; its prompt is prompts/<config>/<key>.md unless prompt says otherwise.", "friendly-v2"),
  ),
  name: nonEmpty.optional().meta(about("The variation's name in LaunchDarkly; the key when absent.", "Friendly v2")),
  description: z.string().optional().meta(about("What is different about it.", "Names the customer's plan.")),
  model: ldKey.meta(about("The model's key in configs/models.yaml.", "claude-haiku-4-5")),
  parameters: parametersSchema.default({}).meta(about("Overrides of the model's default parameters.")),
  /** Path under prompts/; defaults to <config key>/<variation key>.md. */
  prompt: z
    .string()
    .regex(/^[\w./-]+\.md$/, "must be a .md path under prompts/")
    .optional()
    .meta(about("The prompt file, under prompts/.", "support-assistant/friendly-v2.md")),
  tools: z
    .array(ldKey)
    .default([])
    .meta(about("Agent mode: the tools of configs/tools.yaml it may call.", ["search-docs"])),
  judges: z.array(judgeAttachmentSchema).default([]).meta(about("Judges that score its answers.")),
});

export const aiConfigFileSchema = z.strictObject({
  key: ldKey.meta(
    about("The AI Config's key in LaunchDarkly and the SDK; the file is named <key>.yaml.", "support-assistant"),
  ),
  name: nonEmpty.meta(about("The AI Config's name in LaunchDarkly.", "Support assistant")),
  description: z.string().optional().meta(about("What it is for.", "Answers customer support questions.")),
  mode: z
    .enum(AI_CONFIG_MODES)
    .default("completion")
    .meta(
      about("completion (messages), agent (instructions and tools) or judge (scores other answers).", "completion"),
    ),
  /** Key of the maintaining team in configs/access.yaml. */
  maintainer: ldKey.optional().meta(about("The maintaining team, a key of configs/access.yaml.", "ai-ml")),
  tags: z
    .array(nonEmpty)
    .default([])
    .meta(about("Tags in LaunchDarkly.", ["support", "customer-facing"])),
  /** Judge mode: the metric key the judge's scores are tracked under, e.g. $ld:ai:judge:answer-quality. */
  evaluationMetricKey: z
    .string()
    .regex(/^[\w$:.-]+$/, "must be a metric key")
    .optional()
    .meta(about("Judge mode only: the metric the judge's scores are tracked under.", "$ld:ai:judge:answer-quality")),
  variables: z
    .array(variableSchema)
    .default([])
    .meta(about("The contract between the application and every variation: what the application passes.")),
  variations: z
    .array(variationSchema)
    .min(1, "must list at least one variation")
    .meta(about("The variations: a model and a prompt each, shared by every environment.")),
  targeting: z
    .record(ldKey, environmentTargetingSchema)
    .default({})
    .meta(
      about(
        "What each environment serves; an environment without targeting serves LaunchDarkly's disabled variation.",
        undefined,
        "<environment>",
      ),
    ),
  /** Environment key -> the experiments run on this AI Config there. */
  experiments: z
    .record(ldKey, z.array(experimentSchema))
    .default({})
    .meta(about("The experiments run on this AI Config in each environment.", undefined, "<environment>")),
});

export type Variable = z.infer<typeof variableSchema>;
export type VariationFile = z.infer<typeof variationSchema>;
export type AiConfigFile = z.infer<typeof aiConfigFileSchema>;
export type AiConfigMode = (typeof AI_CONFIG_MODES)[number];
