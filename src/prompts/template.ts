import Mustache from "mustache";
import type { Position, TextPositions } from "./text-positions";

/**
 * The checks a prompt file gets while it is read. The catalog's rule registry (src/catalog/rules) documents them,
 * and its `RuleId` type accepts only these, so a new one here fails to compile until the registry lists it.
 */
export type PromptRuleId =
  "prompt-front-matter" | "prompt-empty-message" | "prompt-template-syntax" | "prompt-variable-name";

/** A problem in a prompt file: its template, or its messages (prompt-file.ts). */
export interface PromptProblem extends Position {
  severity: "error" | "warning";
  rule: PromptRuleId;
  message: string;
}

/** A `{{name}}` (or section) that refers to a variable the application passes. */
export interface VariableUse extends Position {
  name: string;
}

export interface TemplateAnalysis {
  variables: VariableUse[];
  /** Context attributes read through `{{ldctx.<attribute>}}`. */
  contextAttributes: string[];
  problems: PromptProblem[];
}

type Token = [
  type: string,
  value: string,
  start: number,
  end: number,
  children?: Token[],
  closeAt?: number,
  unnested?: boolean,
];

/**
 * A private writer without mustache's template cache: every prompt is parsed once, and caching thousands of
 * them (keyed by their whole text) costs more than it saves. The global Mustache writer is left alone.
 */
const writer = Object.assign(new Mustache.Writer(), { templateCache: undefined });

/**
 * Reads every message as the LaunchDarkly AI SDK will render it: Mustache, with the declared variables and
 * `ldctx` (the evaluation context) as the view. Parsing uses the mustache package itself, so what passes
 * here is what the SDK accepts.
 */
export function analyseTemplate(
  segments: Array<{ content: string; offset: number }>,
  positions: TextPositions,
): TemplateAnalysis {
  const result: TemplateAnalysis = { variables: [], contextAttributes: [], problems: [] };
  for (const segment of segments) {
    // mustache scans text one character at a time. Text before the first "{{" and after the last "}}" cannot
    // hold a tag, so it is left out, unless the template changes its delimiters ("{{=").
    const skip = segment.content.indexOf("{{");
    if (skip === -1) continue;
    const lastOpen = segment.content.lastIndexOf("{{");
    const lastClose = segment.content.lastIndexOf("}}");
    const end = lastClose > lastOpen && !segment.content.includes("{{=") ? lastClose + 2 : segment.content.length;
    const content = segment.content.slice(skip, end);
    const offset = segment.offset + skip;
    const problem = (at: number, rule: PromptRuleId, message: string) =>
      result.problems.push({ ...positions.at(offset + at), severity: "error", rule, message });
    let tokens: Token[];
    try {
      tokens = simpleTemplateTags(content) ?? parseWithMustache(content);
    } catch (error) {
      const { at, message } = describeParseError(content, (error as Error).message);
      problem(at, "prompt-template-syntax", message);
      // The rest of the template is still read, tag by tag, so that one unclosed section hides no other problem.
      tokens = scanTags(content);
    }
    walk(tokens, 0, (token, depth) => {
      const [type, name, start] = token;
      if (type === ">") {
        problem(
          start,
          "prompt-template-syntax",
          `partials ({{> ${name}}}) are not supported by the LaunchDarkly AI SDK`,
        );
      } else if (type === "name" || type === "&" || type === "#" || type === "^") {
        if (name === ".") {
          if (depth === 0 && !token[6])
            problem(start, "prompt-variable-name", "{{.}} is only meaningful inside a section");
        } else if (name === "ldctx") {
          problem(start, "prompt-variable-name", "{{ldctx}} would render the whole context; use {{ldctx.<attribute>}}");
        } else if (name.startsWith("ldctx.")) {
          result.contextAttributes.push(name.slice("ldctx.".length));
        } else if (name.includes(".")) {
          problem(
            start,
            "prompt-variable-name",
            `variable "${name}" contains a dot: LaunchDarkly variable names cannot contain '.' (context attributes are {{ldctx.<attribute>}})`,
          );
        } else {
          result.variables.push({ name, ...positions.at(offset + start) });
        }
      }
    });
  }
  return result;
}

/** mustache's own parse: its tokens, text included, nested into sections. */
export function parseWithMustache(content: string): Token[] {
  return writer.parse(content) as unknown as Token[];
}

/** A tag as prompts mostly write them: a variable, or a section opened or closed, by a plain name. */
const SIMPLE_TAG = /\{\{([#^/]?)[ \t]*([A-Za-z_][\w.-]*)[ \t]*\}\}/y;

/**
 * The variable and section tags of a template whose every "{{" opens a simple tag and whose sections nest, in
 * mustache's token shape, nested as mustache nests them; undefined for any other template, which mustache then
 * parses. It finds what mustache finds (a property test compares the two) in a fraction of the time: mustache
 * scans a template one character at a time, and it was a tenth of validating 2,000 AI Configs.
 */
export function simpleTemplateTags(content: string): Token[] | undefined {
  const top: Token[] = [];
  const open: Token[] = [];
  for (let at = content.indexOf("{{"); at !== -1; at = content.indexOf("{{", SIMPLE_TAG.lastIndex)) {
    SIMPLE_TAG.lastIndex = at;
    const match = SIMPLE_TAG.exec(content);
    if (!match) return undefined;
    const [tag, sigil, name] = match as unknown as [string, string, string];
    const section = open[open.length - 1];
    if (sigil === "/") {
      if (section?.[1] !== name) return undefined;
      open.pop();
      continue;
    }
    const token: Token = [sigil || "name", name, at, at + tag.length];
    (section ? section[4]! : top).push(token);
    if (sigil) {
      token[4] = [];
      open.push(token);
    }
  }
  return open.length === 0 ? top : undefined;
}

/**
 * The tags of a template that mustache could not parse, flat (their nesting is what failed), in mustache's token
 * shape. With changed delimiters ("{{=") the tags cannot be found this way, and none are returned.
 */
function scanTags(content: string): Token[] {
  if (content.includes("{{=")) return [];
  const tokens: Token[] = [];
  for (const match of content.matchAll(/\{\{(\{?)\s*([#^/!>&]?)\s*([^{}]*?)\s*\}?\}\}/g)) {
    const [, triple, sigil, name] = match;
    const type = triple ? "&" : sigil || "name";
    tokens.push([type, name!, match.index, match.index + match[0].length, undefined, undefined, true]);
  }
  return tokens;
}

function walk(tokens: Token[], depth: number, visit: (token: Token, depth: number) => void): void {
  for (const token of tokens) {
    visit(token, depth);
    if (token[4]) walk(token[4], depth + 1, visit);
  }
}

/** Turns mustache's "Unclosed section "x" at 42" into a position and a message a prompt author understands. */
function describeParseError(content: string, message: string): { at: number; message: string } {
  const at = Number(/ at (\d+)$/.exec(message)?.[1] ?? 0);
  const section = /section "([^"]*)"/.exec(message)?.[1] ?? "";
  if (message.startsWith("Unopened section")) {
    return { at, message: `{{/${section}}} closes a section that was never opened` };
  }
  if (message.startsWith("Unclosed section")) {
    if (at < content.length) {
      return { at, message: `section "${section}" must be closed with {{/${section}}} before this tag` };
    }
    return { at: lastOpening(content, section), message: `section "${section}" is never closed: add {{/${section}}}` };
  }
  if (message.startsWith("Unclosed tag")) {
    return { at: Math.max(0, content.lastIndexOf("{{")), message: 'tag opened with "{{" is never closed with "}}"' };
  }
  return { at, message: `template syntax: ${message.replace(/ at \d+$/, "")}` };
}

function lastOpening(content: string, section: string): number {
  const escaped = section.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let at = 0;
  for (const match of content.matchAll(new RegExp(`\\{\\{\\s*[#^]\\s*${escaped}\\s*\\}\\}`, "g"))) at = match.index;
  return at;
}
