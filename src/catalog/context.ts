import type { ParsedPromptFile } from "../prompts/prompt-file";
import type { Position } from "../prompts/text-positions";
import type { Problem, Severity } from "./problems";
import type { RuleId } from "./rules";
import type {
  AccessFile,
  AiConfigFile,
  EvalDatasetFile,
  MetricsFile,
  ModelsFile,
  ObservabilityFile,
  ProjectFile,
  PromptFrontMatter,
  ImportsFile,
  SegmentsFile,
  ToolsFile,
  VariationFile,
} from "./schema";
import { valueAt, type Salvaged } from "./salvage";
import type { PathSegment, YamlFile } from "./yaml-file";

/**
 * A configuration file that parsed, with the data that matched its schema: all of it, or, with `salvaged`, what
 * was left once the values that did not match were removed (their schema errors are already reported).
 */
export interface LoadedFile<T> {
  file: string;
  yaml: YamlFile;
  data: T;
  salvaged?: Salvaged;
}

/**
 * True when nothing at, inside or above `path` of the file's data was removed for not matching its schema. A rule
 * that concludes from an absence (a missing entry, a sum, a default standing in for a removed value) asks this
 * first, so that the consequences of a schema error are never reported as problems of their own.
 */
export function intact(target: LoadedFile<unknown>, path: PathSegment[] = []): boolean {
  return !target.salvaged || target.salvaged.intact(path);
}

/**
 * The keys a list in the file declares (`field` of each item), read from the file as written: an item removed for a
 * schema error elsewhere in it still declares its key, so a reference to it is not reported as unknown.
 */
export function declaredKeys(target: LoadedFile<unknown>, listPath: PathSegment[], field = "key"): string[] {
  const list = valueAt(target.yaml.data, target.salvaged?.toOriginal(listPath) ?? listPath);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const value = item !== null && typeof item === "object" ? (item as Record<string, unknown>)[field] : undefined;
    return typeof value === "string" || typeof value === "number" ? [String(value)] : [];
  });
}

/** The keys of a mapping in the file as written (see declaredKeys), by its path in the salvaged data. */
export function declaredMappingKeys(target: LoadedFile<unknown>, path: PathSegment[]): string[] {
  const value = valueAt(target.yaml.data, target.salvaged?.toOriginal(path) ?? path);
  return value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
}

export interface LoadedPrompt {
  file: string;
  parsed: ParsedPromptFile;
  frontMatter: PromptFrontMatter;
}

/**
 * Everything the loader could read, for the cross-reference rules. A file that failed to parse, or whose top level
 * does not match its schema, is absent, and rules that need it stay silent rather than report consequences of
 * the first error; a file that matched only in part is present with what matched (see `intact`).
 */
export interface CheckContext {
  project?: LoadedFile<ProjectFile>;
  models?: LoadedFile<ModelsFile>;
  segments?: LoadedFile<SegmentsFile>;
  tools?: LoadedFile<ToolsFile>;
  imports?: LoadedFile<ImportsFile>;
  metrics?: LoadedFile<MetricsFile>;
  access?: LoadedFile<AccessFile>;
  observability?: LoadedFile<ObservabilityFile>;
  /** True when every AI Config file parsed, so "nothing refers to X" conclusions are safe. */
  allAiConfigsLoaded: boolean;
  aiConfigs: LoadedFile<AiConfigFile>[];
  /** Eval datasets (evals/<config key>.yaml) that matched their schema. */
  evals: LoadedFile<EvalDatasetFile>[];
  /** Prompt files by path relative to the root (prompts/...). */
  prompts: Map<string, LoadedPrompt>;
  /** Every file read under configs/, prompts/ and evals/, for whole-text checks. */
  texts: Array<{ file: string; text: string }>;
}

export interface Reporter {
  /** A problem at a value (or, with at: "key", at the mapping key) inside a YAML file. */
  at(
    target: LoadedFile<unknown>,
    path: PathSegment[],
    message: string,
    options?: { severity?: Severity; at?: "key" },
  ): void;
  /** A problem at a known position in any file. */
  atPosition(file: string, position: Position, message: string, severity?: Severity): void;
}

/** A check and its documentation; `Id` is its literal id, so that the registry can derive `RuleId` from the rules. */
export interface Rule<Id extends string = string> {
  id: Id;
  /** One line for docs/validation.md. */
  summary: string;
  check(ctx: CheckContext, report: Reporter): void;
}

/** A cross-file rule, its id kept as a literal type (see RuleId in ./rules). */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

export function createReporter(rule: RuleId, problems: Problem[]): Reporter {
  return {
    at(target, path, message, options) {
      const inFile = target.salvaged?.toOriginal(path) ?? path;
      const position = options?.at === "key" ? target.yaml.keyAt(inFile) : target.yaml.valueAt(inFile);
      problems.push({ file: target.file, ...position, severity: options?.severity ?? "error", rule, message });
    },
    atPosition(file, position, message, severity = "error") {
      problems.push({ file, line: position.line, col: position.col, severity, rule, message });
    },
  };
}

/** The prompt file a variation uses: its `prompt` field, or prompts/<config>/<variation>.md. */
export function promptPath(
  config: Pick<AiConfigFile, "key">,
  variation: Pick<VariationFile, "key" | "prompt">,
): string {
  return `prompts/${variation.prompt ?? `${config.key}/${variation.key}.md`}`;
}

/** The environments configs/project.yaml declares (as written: see declaredKeys), or undefined when it did not load. */
export function environmentKeys(ctx: CheckContext): Set<string> | undefined {
  return ctx.project && new Set(declaredKeys(ctx.project, ["environments"]));
}
