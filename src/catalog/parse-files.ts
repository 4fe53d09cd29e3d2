import { parsePromptFile, type ParsedPromptFile } from "../prompts/prompt-file";
import type { LoadedFile } from "./context";
import { readText } from "./files";
import type { Problem } from "./problems";
import { aiConfigFileSchema, promptFrontMatterSchema, type AiConfigFile, type PromptFrontMatter } from "./schema";
import { validateYaml } from "./schema-problems";
import { YAML_KEYWORDS } from "./simple-yaml";
import { YamlFile } from "./yaml-file";

/** One file to read and parse on its own; `regular` when its listing saw a regular file there. */
export type ParseJob = { kind: "ai-config" | "prompt"; file: string; regular?: boolean };

/** What reading and parsing one file gave. */
export interface ParsedFile {
  kind: ParseJob["kind"];
  file: string;
  text?: string;
  problems: Problem[];
  /** AI Config files that matched their schema, wholly or in part. */
  aiConfig?: LoadedFile<AiConfigFile>;
  /** Prompt (.md) files. */
  prompt?: { parsed: ParsedPromptFile; frontMatter: PromptFrontMatter };
}

export function parseFile(absRoot: string, { kind, file, regular }: ParseJob): ParsedFile {
  const problems: Problem[] = [];
  const text = readText(absRoot, file, problems, "cannot be read", { listed: true, regular });
  if (text === undefined) return { kind, file, problems };
  if (kind === "ai-config") {
    const yaml = new YamlFile(file, text);
    if (yaml.problems.length > 0) return { kind, file, text, problems: yaml.problems };
    const { data, salvaged, problems: schemaProblems } = validateYaml(yaml, aiConfigFileSchema);
    return { kind, file, text, problems: schemaProblems, aiConfig: data && { file, yaml, data, salvaged } };
  }
  if (!file.endsWith(".md")) return { kind, file, text, problems };
  const parsed = parsePromptFile(text);
  problems.push(...parsed.problems.map((p) => ({ file, ...p })));
  let frontMatter: PromptFrontMatter = {};
  const plain = parsed.frontMatter && plainDescription(parsed.frontMatter.text);
  if (plain) {
    frontMatter = plain;
  } else if (parsed.frontMatter) {
    const offset = parsed.frontMatter.line - 1;
    const yaml = new YamlFile(file, parsed.frontMatter.text);
    const result = yaml.problems.length > 0 ? { problems: yaml.problems } : validateYaml(yaml, promptFrontMatterSchema);
    problems.push(...result.problems.map((p) => ({ ...p, line: p.line + offset })));
    frontMatter = ("data" in result && result.data) || {};
  }
  return { kind, file, text, problems, prompt: { parsed, frontMatter } };
}

/** One `description:` line whose value YAML reads as the very text written: a plain scalar that is no keyword. */
const PLAIN_DESCRIPTION = /^description: ([A-Za-z][\w .,;()/?!+=-]*[\w.,;()/?!+=-])$/;

/**
 * The front matter most prompts have, `description: <plain text>`, read without js-yaml and zod: on 8,000
 * prompts those two cost more than the files' real content. Any other front matter, or a value YAML could read
 * as something else, is undefined here and read in full; a property test compares both readings.
 */
export function plainDescription(text: string): PromptFrontMatter | undefined {
  const value = PLAIN_DESCRIPTION.exec(text)?.[1];
  return value === undefined || YAML_KEYWORDS.has(value) ? undefined : { description: value };
}
