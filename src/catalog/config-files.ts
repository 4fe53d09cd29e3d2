import {
  accessFileSchema,
  importsFileSchema,
  metricsFileSchema,
  modelsFileSchema,
  observabilityFileSchema,
  projectFileSchema,
  segmentsFileSchema,
  toolsFileSchema,
} from "./schema";

/**
 * The files of configs/ besides the AI Configs: where each is, the schema it must match, whether every catalog
 * needs it, and what it holds (the field reference, docs/catalog-format.md, says so). The loader reads these and
 * warns about any other file in configs/.
 */
export const CONFIG_FILES = {
  project: {
    file: "configs/project.yaml",
    schema: projectFileSchema,
    required: true,
    about:
      "The LaunchDarkly project and instance, the environments in promotion order with their AWS accounts, the pipeline's repository and state.",
  },
  models: {
    file: "configs/models.yaml",
    schema: modelsFileSchema,
    required: true,
    about: "The model catalog: one LaunchDarkly model config per model, with prices and limits.",
  },
  access: {
    file: "configs/access.yaml",
    schema: accessFileSchema,
    required: true,
    about: "The teams and what each may do in each environment (rendered in docs/access.md).",
  },
  observability: {
    file: "configs/observability.yaml",
    schema: observabilityFileSchema,
    required: true,
    about: "Alarm thresholds, budgets and who is notified, per environment.",
  },
  segments: {
    file: "configs/segments.yaml",
    schema: segmentsFileSchema,
    required: false,
    about: "Segments, per environment.",
  },
  tools: {
    file: "configs/tools.yaml",
    schema: toolsFileSchema,
    required: false,
    about: "AI tools for agent-mode variations.",
  },
  metrics: {
    file: "configs/metrics.yaml",
    schema: metricsFileSchema,
    required: false,
    about: "Metrics for experiments, beyond the AI SDK's built-in ones.",
  },
  imports: {
    file: "configs/imports.yaml",
    schema: importsFileSchema,
    required: false,
    about: "Resources LaunchDarkly already holds, imported by the first plan (written by aic import).",
  },
} as const;

/** One file per AI Config, named after its key. */
export const AI_CONFIG_DIR = "configs/ai-configs";
