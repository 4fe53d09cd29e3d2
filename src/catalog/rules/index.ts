import type { Rule } from "../context";
import { aiConfigFileName } from "./ai-config-file-name";
import { auditLogConfig } from "./audit-log-config";
import { bedrockAccess } from "./bedrock-access";
import { contextWindow } from "./context-window";
import { credentials } from "./credentials";
import { environmentCoverage } from "./environment-coverage";
import { environmentExists } from "./environment-exists";
import { environmentRemovalAcknowledgement } from "./environment-removal-acknowledgement";
import { evalAssertions } from "./eval-assertions";
import { evalContext } from "./eval-context";
import { evalDataset } from "./eval-dataset";
import { evalVariables } from "./eval-variables";
import { experimentAudience } from "./experiment-audience";
import { experimentKeys } from "./experiment-keys";
import { experimentMetrics } from "./experiment-metrics";
import { experimentTreatments } from "./experiment-treatments";
import { inferenceProfile } from "./inference-profile";
import { importTarget } from "./import-target";
import { instanceHosts } from "./instance-hosts";
import { judgeReference } from "./judge-reference";
import { maintainerExists } from "./maintainer-exists";
import { modeRules } from "./mode-rules";
import { modelExists } from "./model-exists";
import { modelParameters } from "./model-parameters";
import { promptExists } from "./prompt-exists";
import { projectWideCapabilities } from "./project-wide-capabilities";
import { promptVariables } from "./prompt-variables";
import { rolloutWeights } from "./rollout-weights";
import { segmentExists } from "./segment-exists";
import { servedVariationExists } from "./served-variation-exists";
import { toolExists } from "./tool-exists";
import { tokenEncoding } from "./token-encoding";
import { toolSchemas } from "./tool-schema";
import { uniqueKeys } from "./unique-keys";
import { unusedPrompt } from "./unused-prompt";

/**
 * The one registry of what validation checks, in sections: the checks made while reading each file, the cross-file
 * rules run on what was read (one per file here, named after its id), the check against the base catalog, and what
 * `aic check` adds. `RuleId` is derived from it, and every problem carries one; docs/validation.md has a heading
 * per validation id (test/docs/validation-doc.test.ts holds it to the registry). A new rule is a file here, an
 * entry in RULES, a heading in docs/validation.md and cases in test/catalog/rules/every-rule.test.ts.
 */

/** A check's id and its one line for docs/validation.md. */
export interface RuleSummary<Id extends string = string> {
  id: Id;
  summary: string;
}

/** The cross-file rules, run after every file has been parsed and matched against its schema. */
export const RULES = [
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
  tokenEncoding,
  environmentRemovalAcknowledgement,
  projectWideCapabilities,
  importTarget,
] as const satisfies readonly Rule[];

/** The check that needs the catalog a change starts from (`validate --base`, and `impact`, which blocks on it). */
export const RUNNING_EXPERIMENT_RULE = {
  id: "running-experiment",
  summary:
    "A change leaves alone what a running experiment measures: its treatments' prompts (as served), models, parameters and tools, and its design; a stopped experiment is not restarted.",
} as const satisfies RuleSummary;

/** Checks made while reading files, before the cross-file rules; listed for docs/validation.md. */
export const READING_RULES = [
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
] as const satisfies readonly RuleSummary[];

/**
 * What `aic check` adds to validation about the repository around the catalog (its generated files), reported in
 * the same form; documented with that command, not in docs/validation.md.
 */
export const REPOSITORY_CHECKS = [
  {
    id: "generated-file-current",
    summary:
      "Every generated file (docs pages, variable types, workflows) is committed and matches what the catalog generates.",
  },
  { id: "workflows", summary: "The pipeline generator accepts configs/project.yaml." },
] as const satisfies readonly RuleSummary[];

/** Every check, by section. */
export const RULE_REGISTRY = {
  reading: READING_RULES,
  crossFile: RULES,
  againstBase: [RUNNING_EXPERIMENT_RULE],
  repository: REPOSITORY_CHECKS,
} as const;

/** The id of any check validation makes: the only values `Problem.rule` may hold. */
export type RuleId = {
  [Section in keyof typeof RULE_REGISTRY]: (typeof RULE_REGISTRY)[Section][number]["id"];
}[keyof typeof RULE_REGISTRY];

/** Every check docs/validation.md documents. */
export const VALIDATION_RULES: readonly RuleSummary<RuleId>[] = [...READING_RULES, ...RULES, RUNNING_EXPERIMENT_RULE];
