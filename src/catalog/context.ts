import type { ParsedPromptFile } from "../prompts/prompt-file";
import type { Position, Problem, Severity } from "./problems";
import type {
  AccessFile, AiConfigFile, EvalDatasetFile, MetricsFile, ModelsFile, ObservabilityFile, ProjectFile, PromptFrontMatter, SegmentsFile,
  ToolsFile, VariationFile,
} from "./schema";
import type { PathSegment, YamlFile } from "./yaml-file";

/** A configuration file that parsed and matched its schema. */
export interface LoadedFile<T> {
  file: string;
  yaml: YamlFile;
  data: T;
}

export interface LoadedPrompt {
  file: string;
  parsed: ParsedPromptFile;
  frontMatter: PromptFrontMatter;
}

/**
 * Everything the loader could read, for the cross-reference rules. A file that failed to parse or to match its
 * schema is absent, and rules that need it stay silent rather than report consequences of the first error.
 */
export interface CheckContext {
  project?: LoadedFile<ProjectFile>;
  models?: LoadedFile<ModelsFile>;
  segments?: LoadedFile<SegmentsFile>;
  tools?: LoadedFile<ToolsFile>;
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
  at(target: LoadedFile<unknown>, path: PathSegment[], message: string, options?: { severity?: Severity; at?: "key" }): void;
  /** A problem at a known position in any file. */
  atPosition(file: string, position: Position, message: string, severity?: Severity): void;
}

export interface Rule {
  id: string;
  /** One line for docs/validation.md. */
  summary: string;
  check(ctx: CheckContext, report: Reporter): void;
}

export function createReporter(rule: string, problems: Problem[]): Reporter {
  return {
    at(target, path, message, options) {
      const position = options?.at === "key" ? target.yaml.keyAt(path) : target.yaml.valueAt(path);
      problems.push({ file: target.file, ...position, severity: options?.severity ?? "error", rule, message });
    },
    atPosition(file, position, message, severity = "error") {
      problems.push({ file, line: position.line, col: position.col, severity, rule, message });
    },
  };
}

/** The prompt file a variation uses: its `prompt` field, or prompts/<config>/<variation>.md. */
export function promptPath(config: Pick<AiConfigFile, "key">, variation: Pick<VariationFile, "key" | "prompt">): string {
  return `prompts/${variation.prompt ?? `${config.key}/${variation.key}.md`}`;
}

export function environmentKeys(ctx: CheckContext): Set<string> | undefined {
  return ctx.project && new Set(ctx.project.data.environments.map((e) => e.key));
}
