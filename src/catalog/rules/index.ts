import type { Rule } from "../context";
import { aiConfigFileName } from "./ai-config-file-name";
import { contextWindow } from "./context-window";
import { credentials } from "./credentials";
import { environmentCoverage, environmentExists } from "./environment-exists";
import { instanceHosts } from "./instance-hosts";
import { modeRules } from "./mode-rules";
import { inferenceProfile, modelParameters } from "./model-parameters";
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
  modelParameters,
  inferenceProfile,
  modeRules,
  promptVariables,
  contextWindow,
  unusedPrompt,
  instanceHosts,
  credentials,
];
