import { CORE_SCHEMA, load } from "js-yaml";
import type * as Yaml from "yaml";
import { TextPositions } from "../prompts/text-positions";
import { START_OF_FILE, type Position, type Problem } from "./problems";

export type PathSegment = string | number;

/** `yaml` is needed only to locate problems, so valid catalogs never pay for loading it. */
let yamlModule: typeof Yaml | undefined;
const yaml = () => (yamlModule ??= require("yaml") as typeof Yaml);

/**
 * A parsed YAML file that can answer "where is this value?" for any path into it.
 *
 * Data comes from js-yaml (YAML 1.2 core schema, duplicate keys rejected), which is about fifteen times faster
 * than building `yaml`'s positioned document; that document is built only when a problem needs a position,
 * or when js-yaml rejects the file, so that syntax errors are described by `yaml`'s precise messages.
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
    try {
      this.data = load(text, { schema: CORE_SCHEMA, filename: file });
    } catch (error) {
      this.data = undefined;
      this.problems.push(...this.describeErrors(error as { mark?: { position: number }; reason?: string }));
    }
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
          message: duplicate ? `duplicate key "${this.keyNameAt(error.pos[0])}" in the same mapping` : yamlMessage(error.message),
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

/** `yaml` messages may end with " at line L, column C"; the position is reported separately. */
function yamlMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  const text = first.replace(/ at line \d+, column \d+:?$/, "");
  return `YAML syntax: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
