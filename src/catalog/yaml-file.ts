import { CORE_SCHEMA, load } from "js-yaml";
import type * as Yaml from "yaml";
import { TextPositions, type Position } from "../prompts/text-positions";
import { START_OF_FILE, type Problem } from "./problems";
import { readSimpleYaml } from "./simple-yaml";

export type PathSegment = string | number;

/** `yaml` is needed only to locate problems, so valid catalogs never pay for loading it. */
let yamlModule: typeof Yaml | undefined;
const yaml = () => (yamlModule ??= require("yaml") as typeof Yaml);

/**
 * A parsed YAML file that can answer "where is this value?" for any path into it.
 *
 * Data comes from js-yaml (YAML 1.2 core schema, duplicate keys rejected), which is about fifteen times faster
 * than building `yaml`'s positioned document; that document is built only when a problem needs a position,
 * or when js-yaml rejects the file, so that syntax errors are described by `yaml`'s precise messages. Text in
 * the plain subset most catalog files are written in is read by readSimpleYaml, to the same data, faster still.
 */
export class YamlFile {
  readonly data: unknown;
  readonly problems: Problem[] = [];
  private document?: Yaml.Document;
  private positions?: TextPositions;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    let data: unknown;
    try {
      data = readSimpleYaml(text)?.data ?? load(text, { schema: CORE_SCHEMA, filename: file });
    } catch (error) {
      this.data = undefined;
      if (error instanceof RangeError || roughNestingDepth(text) > MAX_DEPTH) this.problems.push(this.tooDeep());
      else this.problems.push(...this.describeErrors(error as { mark?: { position: number }; reason?: string }));
      return;
    }
    // Without a "*" there is no alias, and a file nests no deeper than its text shows: measure only when needed.
    const shape = text.includes("*") || nestsTooDeep(text) ? measureAliases(data, text.length) : "ok";
    this.data = shape === "ok" ? data : undefined;
    if (shape === "too-deep") this.problems.push(this.tooDeep());
    else if (shape !== "ok") this.problems.push(this.aliasProblem(shape));
  }

  /** Position of the value at `path`, or of the deepest existing ancestor when the value is absent. */
  valueAt(path: readonly PathSegment[]): Position {
    return this.locate(path, false);
  }

  /** Position of the mapping key at the end of `path` (for unknown or duplicate fields). */
  keyAt(path: readonly PathSegment[]): Position {
    return this.locate(path, true);
  }

  positionAt(offset: number): Position {
    this.positions ??= new TextPositions(this.text);
    return this.positions.at(offset);
  }

  private get doc(): Yaml.Document {
    this.document ??= yaml().parseDocument(this.text, { prettyErrors: false, uniqueKeys: true });
    return this.document;
  }

  private tooDeep(): Problem {
    return {
      file: this.file,
      ...START_OF_FILE,
      severity: "error",
      rule: "yaml-aliases",
      message: `YAML nests more than ${MAX_DEPTH} levels deep; no catalog file needs that`,
    };
  }

  /** The problem at the alias that makes the data infinite, or at the first alias when they repeat too much. */
  private aliasProblem(shape: "circular" | "bomb"): Problem {
    const { visit } = yaml();
    const doc = this.doc;
    let at: Yaml.Alias | undefined;
    visit(doc, {
      Alias(_key, alias) {
        const source = alias.resolve(doc);
        const inside =
          !!source?.range && !!alias.range && alias.range[0] >= source.range[0] && alias.range[0] < source.range[1];
        if (shape === "bomb" || inside) {
          at = alias;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    const name = at ? `*${at.source}` : "an alias";
    const message =
      shape === "circular"
        ? `YAML alias ${name} refers to a value that contains it, so the value would be infinite: write the value out`
        : `YAML aliases here repeat more than ${MAX_REPEATED_VALUES} values or ${MAX_REPEATED_CHARACTERS} characters beyond what the file holds (an alias bomb?): write the values out`;
    return {
      file: this.file,
      ...(at ? this.nodePos(at) : START_OF_FILE),
      severity: "error",
      rule: "yaml-aliases",
      message,
    };
  }

  private describeErrors(fallback: { mark?: { position: number }; reason?: string }): Problem[] {
    const errors = this.doc.errors;
    // After the first syntax error the parser's further complaints are mostly its consequences: keep only the first.
    const firstSyntaxError = errors.find((e) => e.code !== "DUPLICATE_KEY");
    const problems: Problem[] = errors
      .filter((e) => e.code === "DUPLICATE_KEY" || e === firstSyntaxError)
      .map((error) => {
        const duplicate = error.code === "DUPLICATE_KEY";
        return {
          file: this.file,
          ...this.positionAt(error.pos[0]),
          severity: "error",
          rule: duplicate ? "duplicate-yaml-key" : "yaml-syntax",
          message: duplicate
            ? `duplicate key "${this.keyNameAt(error.pos[0])}" in the same mapping`
            : yamlMessage(error.message),
        };
      });
    if (problems.length > 0) return problems;
    return [
      {
        file: this.file,
        ...this.positionAt(fallback.mark?.position ?? 0),
        severity: "error",
        rule: "yaml-syntax",
        message: `YAML syntax: ${fallback.reason ?? "cannot be parsed"}`,
      },
    ];
  }

  private keyNameAt(offset: number): string {
    const match = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#\n]*?))\s*:/.exec(this.text.slice(offset));
    return match ? (match[1] ?? match[2] ?? match[3] ?? "").trim() : "";
  }

  private locate(path: readonly PathSegment[], wantKey: boolean): Position {
    const { isMap, isPair, isScalar, isSeq } = yaml();
    let node: unknown = this.doc.contents;
    let found: Position = node ? this.nodePos(node) : START_OF_FILE;
    for (const [i, segment] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return found;
        const keyPos = this.nodePos(pair.key);
        if (last && wantKey) return keyPos;
        node = pair.value;
        found = pair.value ? this.nodePos(pair.value) : keyPos;
      } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
        node = node.items[segment];
        found = this.nodePos(node);
      } else {
        return found;
      }
    }
    return found;
  }

  private nodePos(node: unknown): Position {
    const range = (node as Yaml.Node | undefined)?.range;
    return range ? this.positionAt(range[0]) : START_OF_FILE;
  }
}

/** How deep a catalog file may nest; the parsers, the schemas and JSON itself recurse. */
export const MAX_DEPTH = 64;
/** What aliases may add to a file: repeating a block is fine, an exponential "billion laughs" is not. */
export const MAX_REPEATED_VALUES = 10_000;
export const MAX_REPEATED_CHARACTERS = 1_000_000;

/**
 * js-yaml resolves an alias to the very object its anchor names, without copying: a file holds as much data as
 * its text, however often it repeats it, until something walks or serializes it (zod, JSON.stringify). This walk
 * measures the data as those will see it, in time linear in the file (each shared object is measured once), and
 * finds what they would never finish: an alias inside what it refers to, nesting deeper than MAX_DEPTH, or
 * aliases that expand the file far beyond its own size.
 */
function measureAliases(data: unknown, textLength: number): "ok" | "circular" | "too-deep" | "bomb" {
  const sizes = new Map<object, { values: number; characters: number }>();
  const path = new Set<object>();
  let failure: "circular" | "too-deep" | undefined;
  const measure = (value: unknown, depth: number): { values: number; characters: number } => {
    if (typeof value === "string") return { values: 1, characters: value.length };
    if (value === null || typeof value !== "object" || failure) return { values: 1, characters: 0 };
    if (path.has(value)) {
      failure = "circular";
      return { values: 1, characters: 0 };
    }
    if (depth > MAX_DEPTH) {
      failure = "too-deep";
      return { values: 1, characters: 0 };
    }
    const known = sizes.get(value);
    if (known) return known;
    path.add(value);
    const size = { values: 1, characters: 0 };
    for (const [key, child] of Object.entries(value)) {
      const inner = measure(child, depth + 1);
      size.values += inner.values;
      size.characters += inner.characters + (Array.isArray(value) ? 0 : key.length);
    }
    path.delete(value);
    sizes.set(value, size);
    return size;
  };
  const { values, characters } = measure(data, 0);
  if (failure) return failure;
  // Every value and character the file holds takes at least one character of its text.
  return values - textLength > MAX_REPEATED_VALUES || characters - textLength > MAX_REPEATED_CHARACTERS ? "bomb" : "ok";
}

/** A line indented deeper than MAX_DEPTH levels: roughNestingDepth counts two spaces or dashes a level. */
const DEEP_INDENT = new RegExp(`(?:^|\\n)[ -]{${2 * MAX_DEPTH + 1}}`);

/**
 * roughNestingDepth(text) > MAX_DEPTH, without walking the text character by character where native searches
 * tell it cannot be: the brackets nest no deeper than their number, and the indentation no deeper than its widest.
 */
function nestsTooDeep(text: string): boolean {
  let openers = 0;
  for (const bracket of ["[", "{"]) {
    for (let i = text.indexOf(bracket); i !== -1 && openers <= MAX_DEPTH; i = text.indexOf(bracket, i + 1)) openers++;
  }
  return (openers > MAX_DEPTH || DEEP_INDENT.test(text)) && roughNestingDepth(text) > MAX_DEPTH;
}

/** Bracket and indentation depth, roughly: enough to keep a pathological file away from the recursive parsers. */
function roughNestingDepth(text: string): number {
  let deepest = 0;
  let brackets = 0;
  let indent = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      lineStart = true;
      indent = 0;
    } else if (lineStart && (c === 0x20 || c === 0x2d)) {
      // Spaces, and "- " of nested list items, indent a line's value.
      deepest = Math.max(deepest, ++indent / 2);
    } else {
      lineStart = false;
      if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++brackets);
      else if (c === 0x5d || c === 0x7d) brackets = Math.max(0, brackets - 1);
    }
  }
  return deepest;
}

/** `yaml` messages may end with " at line L, column C"; the position is reported separately. */
function yamlMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  const text = first.replace(/ at line \d+, column \d+:?$/, "");
  return `YAML syntax: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
