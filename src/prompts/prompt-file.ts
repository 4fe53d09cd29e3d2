import { analyseTemplate, type PromptProblem, type TemplateAnalysis } from "./template";
import { TextPositions } from "./text-positions";
import { estimateTokens } from "./tokens";

export const ROLES = ["system", "user", "assistant", "developer"] as const;
export type Role = (typeof ROLES)[number];

export interface PromptMessage {
  role: Role;
  content: string;
  /** Where the message starts in the file (its role marker, or its first line without one). */
  line: number;
}

export interface ParsedPromptFile {
  /** Front matter text, if the file has one, and the line its first key is on. */
  frontMatter?: { text: string; line: number };
  messages: PromptMessage[];
  /** The `system:`/`user:`/... lines of the body, in order; agent instructions must have none. */
  roleMarkers: Array<{ role: Role; line: number }>;
  template: TemplateAnalysis;
  estimatedTokens: number;
  problems: PromptProblem[];
}

const MARKER = /^(system|user|assistant|developer):[ \t]*$/;
const FENCE = /^---[ \t]*$/;
/** A YAML `key: value` line, or a continuation of one (indented, or a list item). */
const YAML_KEY = /^[A-Za-z_][\w-]*:([ \t]+\S.*)?$/;
const YAML_CONTINUATION = /^([ \t]+\S|- )/;

/**
 * The number of lines before a `---` line that read as YAML front matter (the first a `key: value`, the rest
 * keys or their continuations) in a file that does not open with `---`; undefined when there are none.
 */
function unopenedFrontMatter(lines: readonly string[]): number | undefined {
  if (lines.length === 0 || FENCE.test(lines[0]!) || !YAML_KEY.test(lines[0]!) || MARKER.test(lines[0]!))
    return undefined;
  for (let i = 1; i < Math.min(lines.length, 50); i++) {
    if (FENCE.test(lines[i]!)) return i;
    if (MARKER.test(lines[i]!) || (!YAML_KEY.test(lines[i]!) && !YAML_CONTINUATION.test(lines[i]!))) return undefined;
  }
  return undefined;
}

/**
 * Parses a prompt file: optional YAML front matter between `---` lines, then the body. A body without role
 * markers is one system message; otherwise each marker line starts a message, as in the Prompty format.
 */
export function parsePromptFile(text: string): ParsedPromptFile {
  const positions = new TextPositions(text);
  const split = text.split("\n");
  const lines = text.includes("\r") ? split.map((l) => l.replace(/\r$/, "")) : split;
  const problems: PromptProblem[] = [];

  let bodyStart = 0;
  let frontMatter: ParsedPromptFile["frontMatter"];
  const unopened = unopenedFrontMatter(lines);
  if (unopened !== undefined) {
    problems.push({
      line: 1,
      col: 1,
      severity: "warning",
      rule: "prompt-front-matter",
      message: `lines 1-${unopened} look like front matter closed by '---' on line ${unopened + 1}, but the file does not start with '---': they are served as part of the prompt; add a '---' line before them`,
    });
  }
  if (lines.length > 0 && FENCE.test(lines[0]!)) {
    const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
    if (end === -1) {
      problems.push({
        line: 1,
        col: 1,
        severity: "error",
        rule: "prompt-front-matter",
        message: "front matter opened with '---' is never closed",
      });
      bodyStart = lines.length;
    } else {
      frontMatter = { text: lines.slice(1, end).join("\n"), line: 2 };
      bodyStart = end + 1;
    }
  }

  const roleMarkers: ParsedPromptFile["roleMarkers"] = [];
  for (let i = bodyStart; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i]!);
    if (marker) roleMarkers.push({ role: marker[1] as Role, line: i + 1 });
  }
  const hasRoleMarkers = roleMarkers.length > 0;
  const blocks: Array<{ role: Role; markerLine: number; from: number; to: number }> = [];
  if (!hasRoleMarkers) {
    blocks.push({ role: "system", markerLine: bodyStart + 1, from: bodyStart, to: lines.length });
  } else {
    const firstMarker = roleMarkers[0]!.line - 1;
    // Text before the first marker is the system message, as Prompty reads it.
    const leading = lines.slice(bodyStart, firstMarker).findIndex((l) => l.trim() !== "");
    if (leading !== -1) {
      const from = bodyStart + leading;
      blocks.push({ role: "system", markerLine: from + 1, from, to: firstMarker });
    }
    roleMarkers.forEach(({ role, line }, k) => {
      const next = roleMarkers[k + 1];
      blocks.push({ role, markerLine: line, from: line, to: next ? next.line - 1 : lines.length });
    });
  }

  const messages: PromptMessage[] = [];
  const segments: Array<{ content: string; offset: number }> = [];
  for (const block of blocks) {
    const raw = text.slice(
      positions.lineStart(block.from + 1),
      block.to >= lines.length ? text.length : positions.lineStart(block.to + 1),
    );
    const leading = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (content === "") {
      problems.push({
        line: Math.min(block.markerLine, Math.max(lines.length, 1)),
        col: 1,
        severity: "error",
        rule: "prompt-empty-message",
        message: hasRoleMarkers ? `the "${block.role}" message is empty` : "the prompt is empty",
      });
      continue;
    }
    messages.push({ role: block.role, content, line: block.markerLine });
    segments.push({ content, offset: positions.lineStart(block.from + 1) + leading });
  }
  if (blocks.length === 0) {
    problems.push({
      line: Math.min(bodyStart + 1, lines.length),
      col: 1,
      severity: "error",
      rule: "prompt-empty-message",
      message: "the prompt is empty",
    });
  }

  const template = analyseTemplate(segments, positions);
  problems.push(...template.problems);
  return {
    frontMatter,
    messages,
    roleMarkers,
    template,
    estimatedTokens: estimateTokens(messages.map((m) => m.content).join("\n")),
    problems,
  };
}
