import {
  isCollection,
  parseDocument,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";

/**
 * Fields the schemas default: a value equal to its default is not written where the file leaves the field out,
 * so that an edit does not spell out what the reader already assumes.
 */
const DEFAULTS: Record<string, unknown> = { contextKind: "user", negate: false, enabled: true };
const EMPTY_BY_DEFAULT = new Set(["rules", "parameters", "tools", "judges", "variables", "tags"]);

function isDefault(key: unknown, value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof key !== "string") return false;
  if (key in DEFAULTS) return DEFAULTS[key] === value;
  if (!EMPTY_BY_DEFAULT.has(key)) return false;
  return Array.isArray(value) ? value.length === 0 : isPlainObject(value) && Object.keys(value).length === 0;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** `value` without fields equal to their defaults, for a subtree written anew. */
function withoutDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDefaults);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !isDefault(k, v) || (k === "enabled" && v === false))
      .map(([k, v]) => [k, withoutDefaults(v)]),
  );
}

function fresh(doc: Document, value: unknown, like: unknown): Node {
  const node = doc.createNode(withoutDefaults(value)) as Node;
  // A value that was written inline stays inline.
  if (isCollection(like) && like.flow && isCollection(node)) node.flow = true;
  return node;
}

/**
 * Makes `collection[key]` hold `value`, changing as little of the document as it can: a scalar keeps its node
 * (and the comments on it), a map or list is edited entry by entry, and only a value of another kind is replaced.
 */
export function assign(doc: Document, collection: YAMLMap | YAMLSeq, key: string | number, value: unknown): void {
  const node = collection.get(key, true) as Node | undefined;
  if (value === undefined) {
    if (node !== undefined) collection.delete(key);
    return;
  }
  if (node === undefined) {
    if (!isDefault(key, value)) collection.set(key, fresh(doc, value, collection));
    return;
  }
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    if (node.value !== value) node.value = value;
    return;
  }
  if (isMap(node) && isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) assign(doc, node, k, v);
    for (const item of [...node.items]) {
      const k = isScalar(item.key) ? String(item.key.value) : undefined;
      if (k !== undefined && !(k in value)) node.delete(k);
    }
    return;
  }
  if (isSeq(node) && Array.isArray(value)) {
    value.forEach((v, i) => (i < node.items.length ? assign(doc, node, i, v) : node.add(fresh(doc, v, node))));
    while (node.items.length > value.length) node.delete(node.items.length - 1);
    return;
  }
  collection.set(key, fresh(doc, value, node));
}

/**
 * Lines compared without the padding inside flow brackets (`[ a ]` and `[a]` are the same line to a reader) and
 * with one space before a trailing comment, both of which the library writes its own way.
 */
const unpadded = (line: string) =>
  line
    .replace(/([[{]) +/g, "$1")
    .replace(/ +([\]}])/g, "$1")
    .replace(/[ \t]+#/g, " #");

/**
 * The edited document as text, keeping every line of `original` that the edit did not change byte for byte: the
 * yaml library writes one flow-padding style for the whole file, while a file may mix `{ a: 1 }` and `[a, b]`.
 */
export function renderEdited(original: string, doc: Document): string {
  const written = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  const before = original.split("\n");
  const after = written.split("\n");
  // Longest common subsequence of lines, by their unpadded text.
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        unpadded(before[i]!) === unpadded(after[j]!)
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (j < m) {
    if (i < n && unpadded(before[i]!) === unpadded(after[j]!)) {
      lines.push(before[i]!);
      i++;
      j++;
    } else if (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      // The library drops some blank lines between entries; a blank line never changes what a file means.
      if (before[i]!.trim() === "") lines.push(before[i]!);
      i++;
    } else lines.push(after[j++]!);
  }
  const kept = lines.join("\n");
  // Keeping a line is only right when it means what the library wrote; otherwise the library's text stands.
  return JSON.stringify(parseDocument(kept).toJS()) === JSON.stringify(doc.toJS()) ? kept : written;
}
