/**
 * The YAML most catalog files are written in, read without js-yaml: block mappings and lists indented with
 * spaces, plain keys, plain scalars, and one-line flow lists and maps (`[a, b]`, `{ weight: 90 }`). js-yaml was
 * the largest single cost of validating 2,000 AI Configs; this reader takes about two thirds of its time in a
 * fresh process and half once warm (docs/performance.md, sixth round).
 *
 * It reads a text exactly as js-yaml's `load` with the core schema does, or not at all: anything outside the
 * subset (comments, quotes, anchors, tags, block scalars, a scalar over several lines, a duplicate key, a key or
 * number YAML could read more than one way, uneven indentation, any character but printable ASCII) is undefined,
 * and the caller asks js-yaml, which then also describes what is wrong. test/catalog/simple-yaml.property.test.ts
 * compares both on generated documents, inside and outside the subset.
 */
export function readSimpleYaml(text: string): { data: Record<string, unknown> } | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  const reader = new LineReader(text);
  reader.skipBlank();
  if (reader.done || reader.indent !== 0 || reader.startsItem()) return undefined;
  const data = reader.mapping(0);
  reader.skipBlank();
  return data === FAIL || !reader.done ? undefined : { data };
}

/**
 * A character this reader leaves to js-yaml: anything but line feeds and printable ASCII (a tab, a CR, any other
 * character), and the indicators of comments, quotes, anchors, aliases, tags, block scalars, directives, explicit
 * keys, null (`~`) and escapes (`# " ' & * ! | > % @ \` ? ~`). One character class: a single quick scan.
 */
const OUTSIDE_SUBSET = /[^\n $()+,\-./0-9:;<=A-Z[\]^_a-z{}]/;

/** A plain key: letters, digits, `_`, `-` and `.`, starting with a letter or `_`. */
const KEY = /^[A-Za-z_][\w.-]*$/;
/** Keys or scalars the core schema reads as null or a boolean; as keys they would become other strings. */
export const YAML_KEYWORDS: ReadonlyMap<string, null | boolean> = new Map<string, null | boolean>([
  ["null", null],
  ["Null", null],
  ["NULL", null],
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false],
]);
/** Decimal integers and fractions, at most 15 digits each side: `Number` reads them as js-yaml does (but -0). */
const NUMBER = /^[-+]?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
/** A plain scalar that is text: it starts with a letter, `$`, `/` or `_`, and no `: ` or flow indicator follows. */
const TEXT = /^[A-Za-z$/_][^[\]{}]*$/;

const FAIL = Symbol("outside the subset");
/** Deeper documents are left to js-yaml and YamlFile's own limits, which say what is wrong with them. */
const MAX_NESTING = 32;
type Value = unknown;

class LineReader {
  private readonly lines: string[];
  private index = 0;
  /** The current line's indentation, in spaces. */
  indent = 0;
  private depth = 0;

  constructor(text: string) {
    this.lines = text.split("\n");
  }

  get done(): boolean {
    return this.index >= this.lines.length;
  }

  private get line(): string {
    return this.lines[this.index]!;
  }

  private next(): void {
    this.index++;
    this.skipBlank();
  }

  /** Moves to the next line holding more than spaces (the subset has no tabs), and measures its indentation. */
  skipBlank(): void {
    for (; this.index < this.lines.length; this.index++) {
      const line = this.lines[this.index]!;
      let i = 0;
      while (line.charCodeAt(i) === 0x20) i++;
      this.indent = i;
      if (i < line.length) return;
    }
  }

  startsItem(): boolean {
    const line = this.line;
    return line.charCodeAt(this.indent) === 0x2d && line.charCodeAt(this.indent + 1) === 0x20;
  }

  /** A block mapping whose keys are at `indent`, from the current line, which holds its first key. */
  mapping(indent: number, firstLine?: string): Record<string, Value> | typeof FAIL {
    const result: Record<string, Value> = {};
    let content = firstLine;
    for (;;) {
      if (content === undefined) {
        if (this.done || this.indent < indent) return result;
        if (this.indent > indent || this.startsItem()) return FAIL;
        content = this.line.slice(indent);
      }
      const colon = content.indexOf(":");
      if (colon === -1) return FAIL;
      const key = content.slice(0, colon);
      if (!isPlainKey(key) || Object.prototype.hasOwnProperty.call(result, key)) return FAIL;
      const rest = content.slice(colon + 1);
      if (rest !== "" && rest.charCodeAt(0) !== 0x20) return FAIL;
      const inline = rest.trim();
      this.next();
      let value: Value;
      if (inline !== "") {
        value = scalarOrFlow(inline);
        // A deeper line after a value on the key's line would continue it over several lines.
        if (!this.done && this.indent > indent) return FAIL;
      } else if (this.done || this.indent < indent) {
        value = null;
      } else if (this.indent > indent) {
        value = this.block();
      } else {
        // A list may sit at its key's own indentation.
        value = this.startsItem() ? this.sequence(indent) : null;
      }
      if (value === FAIL) return FAIL;
      result[key] = value;
      content = undefined;
    }
  }

  /** The block that starts on the current line, deeper than its key. */
  private block(): Value {
    if (++this.depth > MAX_NESTING) return FAIL;
    const value = this.startsItem() ? this.sequence(this.indent) : this.mapping(this.indent);
    this.depth--;
    return value;
  }

  /** A block list whose `- ` are at `indent`. */
  private sequence(indent: number): Value[] | typeof FAIL {
    const result: Value[] = [];
    while (!this.done && this.indent === indent && this.startsItem()) {
      const line = this.line;
      let start = indent + 2;
      while (line.charCodeAt(start) === 0x20) start++;
      const content = line.slice(start);
      if (content === "" || content.startsWith("- ") || content === "-") return FAIL;
      let value: Value;
      if (isMappingLine(content)) {
        value = this.mapping(start, content);
      } else {
        value = scalarOrFlow(content.trimEnd());
        this.next();
        if (!this.done && this.indent > indent) return FAIL;
      }
      if (value === FAIL) return FAIL;
      result.push(value);
    }
    if (!this.done && this.indent > indent) return FAIL;
    return result;
  }
}

/** Whether an item's content opens a mapping (`key:` or `key: value`) rather than being a value. */
function isMappingLine(content: string): boolean {
  const colon = content.indexOf(":");
  return (
    colon > 0 && (colon === content.length - 1 || content.charCodeAt(colon + 1) === 0x20) && !/^[[{]/.test(content)
  );
}

/** Keys repeat from file to file: each is judged once. */
const plainKeys = new Map<string, boolean>();

function isPlainKey(key: string): boolean {
  let plain = plainKeys.get(key);
  if (plain === undefined) {
    plain = KEY.test(key) && !YAML_KEYWORDS.has(key) && key !== "__proto__";
    plainKeys.set(key, plain);
  }
  return plain;
}

function scalarOrFlow(text: string): Value {
  const first = text.charCodeAt(0);
  if (first === 0x5b || first === 0x7b) {
    const flow = new FlowReader(text);
    const value = flow.value();
    return value === FAIL || !flow.atEnd() ? FAIL : value;
  }
  return blockScalar(text);
}

/** A plain scalar on a block line, already trimmed. */
function blockScalar(text: string): Value {
  const first = text.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b) {
    if (!NUMBER.test(text)) return FAIL;
    // js-yaml reads the integer -0 as 0, and the fraction -0.0 as -0.
    return text.includes(".") ? Number(text) : Number(text) || 0;
  }
  const keyword = YAML_KEYWORDS.get(text);
  if (keyword !== undefined) return keyword;
  return TEXT.test(text) && !text.includes(": ") && !text.endsWith(":") ? text : FAIL;
}

/** A flow list or map that ends on its line. */
class FlowReader {
  private at = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    this.spaces();
    return this.at === this.text.length;
  }

  value(): Value {
    this.spaces();
    const c = this.text.charCodeAt(this.at);
    if (c !== 0x5b && c !== 0x7b) return this.scalar();
    if (++this.depth > MAX_NESTING) return FAIL;
    const value = c === 0x5b ? this.list() : this.map();
    this.depth--;
    return value;
  }

  private spaces(): void {
    while (this.text.charCodeAt(this.at) === 0x20) this.at++;
  }

  private list(): Value[] | typeof FAIL {
    this.at++;
    const result: Value[] = [];
    this.spaces();
    if (this.text.charCodeAt(this.at) === 0x5d) {
      this.at++;
      return result;
    }
    for (;;) {
      const item = this.value();
      if (item === FAIL) return FAIL;
      result.push(item);
      this.spaces();
      const c = this.text.charCodeAt(this.at++);
      if (c === 0x5d) return result;
      if (c !== 0x2c) return FAIL;
    }
  }

  private map(): Record<string, Value> | typeof FAIL {
    this.at++;
    const result: Record<string, Value> = {};
    this.spaces();
    if (this.text.charCodeAt(this.at) === 0x7d) {
      this.at++;
      return result;
    }
    for (;;) {
      this.spaces();
      const colon = this.text.indexOf(": ", this.at);
      if (colon === -1) return FAIL;
      const key = this.text.slice(this.at, colon);
      if (!isPlainKey(key) || Object.prototype.hasOwnProperty.call(result, key)) return FAIL;
      this.at = colon + 2;
      const value = this.value();
      if (value === FAIL) return FAIL;
      result[key] = value;
      this.spaces();
      const c = this.text.charCodeAt(this.at++);
      if (c === 0x7d) return result;
      if (c !== 0x2c) return FAIL;
    }
  }

  /** A plain scalar inside a flow collection: it ends at `,`, `]` or `}`, and holds no `:`. */
  private scalar(): Value {
    const start = this.at;
    while (this.at < this.text.length) {
      const c = this.text.charCodeAt(this.at);
      if (c === 0x2c || c === 0x5d || c === 0x7d) break;
      if (c === 0x3a || c === 0x5b || c === 0x7b) return FAIL;
      this.at++;
    }
    const text = this.text.slice(start, this.at).trimEnd();
    if (text === "") return FAIL;
    return blockScalar(text);
  }
}
