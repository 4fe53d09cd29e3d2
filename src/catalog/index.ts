export {
  checkCatalog,
  loadCatalog,
  CatalogRootError,
  type CheckResult,
  type LoadResult,
  type PromptTokens,
} from "./load";
export type {
  Catalog,
  AiConfig,
  Variation,
  Prompt,
  EnvironmentAlerts,
  EvalDataset,
  EvalCase,
  DeepReadonly,
} from "./catalog";
export type { Problem, Severity } from "./problems";
export { countBySeverity, sortProblems } from "./problems";
export { RULES, type RuleId } from "./rules";
export * from "./schema";
export { isGated, launchDarklyGate } from "./gates";
export { readCatalogText, UnreadableFile } from "./files";
