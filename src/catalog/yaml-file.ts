import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { START_OF_FILE, type Position, type Problem } from "./problems";

export type PathSegment = string | number;

/** A parsed YAML file that can answer "where is this value?" for any path into it. */
export class YamlFile {
  readonly data: unknown;
  readonly problems: Problem[] = [];
  private readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: true, uniqueKeys: true });
    // After the first syntax error the parser's further complaints are mostly its consequences: keep only the first.
    const firstSyntaxError = this.doc.errors.find((e) => e.code !== "DUPLICATE_KEY");
    for (const error of this.doc.errors) {
      const duplicate = error.code === "DUPLICATE_KEY";
      if (!duplicate && error !== firstSyntaxError) continue;
      const pos = this.positionAt(error.pos[0]);
      this.problems.push({
        file,
        ...pos,
        severity: "error",
        rule: duplicate ? "duplicate-yaml-key" : "yaml-syntax",
        message: duplicate ? `duplicate key "${this.keyAt(error.pos[0])}" in the same mapping` : yamlMessage(error.message),
      });
    }
    this.data = this.problems.length > 0 ? undefined : this.doc.toJS({ maxAliasCount: 100 });
  }

  /** Position of the value at `path`, or of the deepest existing ancestor when the value is absent. */
  valueAt(path: readonly PathSegment[]): Position {
    return this.locate(path, false);
  }

  /** Position of the mapping key at the end of `path` (for unknown or duplicate fields). */
  keyAt(path: readonly PathSegment[]): Position;
  keyAt(offset: number): string;
  keyAt(arg: readonly PathSegment[] | number): Position | string {
    if (typeof arg === "number") {
      const match = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#\n]*?))\s*:/.exec(this.text.slice(arg));
      return match ? (match[1] ?? match[2] ?? match[3] ?? "").trim() : "";
    }
    return this.locate(arg, true);
  }

  positionAt(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, col };
  }

  private locate(path: readonly PathSegment[], wantKey: boolean): Position {
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
    const range = (node as Node | undefined)?.range;
    return range ? this.positionAt(range[0]) : START_OF_FILE;
  }
}

/** The yaml library appends " at line L, column C:" and a code frame; the position is reported separately. */
function yamlMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  const text = first.replace(/ at line \d+, column \d+:?$/, "");
  return `YAML syntax: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
