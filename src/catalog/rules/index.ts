import type { Rule } from "../context";
import { environmentRemovalAcknowledgement } from "./acknowledgements";
import { aiConfigFileName } from "./ai-config-file-name";
import { bedrockAccess } from "./bedrock-access";
import { contextWindow } from "./context-window";
import { credentials } from "./credentials";
import { auditLogConfig, toolSchemas } from "./free-form-json";
import { experimentAudience, experimentKeys, experimentMetrics, experimentTreatments } from "./experiments";
import { environmentCoverage, environmentExists } from "./environment-exists";
import { evalAssertions, evalContext, evalDataset, evalVariables } from "./evals";
import { importTargets } from "./import-targets";
import { instanceHosts } from "./instance-hosts";
import { modeRules } from "./mode-rules";
import { inferenceProfile, modelParameters } from "./model-parameters";
import { projectWideCapabilities } from "./project-wide-capabilities";
import { promptVariables } from "./prompt-variables";
import { judgeReference, maintainerExists, modelExists, promptExists, toolExists } from "./references";
import { rolloutWeights, segmentExists, servedVariationExists } from "./targeting";
import { uniqueKeys } from "./unique-keys";
import { unusedPrompt } from "./unused-prompt";

/** The cross-file rules, run after every file has been parsed and matched against its schema. */
export const RULES: readonly Rule[] = [
  uniqueKeys,
  aiConfigFileName,
  environmentExists,
  environmentCoverage,
  modelExists,
  promptExists,
  toolExists,
  judgeReference,
  maintainerExists,
  servedVariationExists,
  rolloutWeights,
  segmentExists,
  experimentKeys,
  experimentAudience,
  experimentTreatments,
  experimentMetrics,
  modelParameters,
  inferenceProfile,
  modeRules,
  promptVariables,
  contextWindow,
  unusedPrompt,
  instanceHosts,
  bedrockAccess,
  evalDataset,
  evalVariables,
  evalContext,
  evalAssertions,
  toolSchemas,
  auditLogConfig,
  credentials,
  environmentRemovalAcknowledgement,
  projectWideCapabilities,
  importTargets,
];

/** The check that needs the catalog a change starts from (`validate --base`, and `impact`, which blocks on it). */
export const RUNNING_EXPERIMENT_RULE = {
  id: "running-experiment",
  summary:
    "A change leaves alone what a running experiment measures: its treatments' prompts (as served), models, parameters and tools, and its design; a stopped experiment is not restarted.",
} as const;

/** Checks made while reading files, before the cross-file rules; listed for docs/validation.md. */
export const READING_RULES: ReadonlyArray<{ id: string; summary: string }> = [
  {
    id: "file-unreadable",
    summary:
      "A required file is missing, or a file cannot be read as catalog text: a directory, any symbolic link, a pipe or device, no permission, not UTF-8.",
  },
  {
    id: "unknown-file",
    summary: "A file in configs/ that the catalog does not know is ignored, with a warning (usually a misspelt name).",
  },
  { id: "yaml-syntax", summary: "A YAML file parses; the first syntax error is reported at its position." },
  {
    id: "yaml-aliases",
    summary:
      "No YAML alias refers to a value containing it, aliases do not expand a file far beyond its size (an alias bomb), and nothing nests more than 64 levels deep.",
  },
  {
    id: "duplicate-yaml-key",
    summary: "No mapping repeats a key (YAML parsers would otherwise keep the last silently).",
  },
  {
    id: "schema",
    summary:
      "Every file matches its schema: required fields, no unknown fields, types, enumerations, LaunchDarkly key rules, ranges.",
  },
  {
    id: "prompt-front-matter",
    summary: "A prompt's front matter is closed and holds only known fields (description).",
  },
  { id: "prompt-empty-message", summary: "No prompt, and no message in it, is empty." },
  {
    id: "prompt-template-syntax",
    summary: "Mustache sections are opened and closed in order, tags are closed, and no partials are used.",
  },
  {
    id: "prompt-variable-name",
    summary:
      "Variable names have no dot (context attributes are {{ldctx.<attribute>}}), and {{ldctx}} or {{.}} alone are not used.",
  },
];
