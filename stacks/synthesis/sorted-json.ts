/**
 * The text cdktf writes for a stack, `json-stable-stringify(value, { space: 2 })`, written in about two thirds of
 * its time (the stacks of 2,000 AI Configs: 370 to 410 ms against 470 to 730): a copy of the value with every
 * object's keys in sorted order goes to `JSON.stringify`, which keeps that order and writes in node's own code.
 * Two things JSON.stringify writes differently are mended on the way:
 * - an empty object or list: json-stable-stringify breaks the line inside it (`{` and `}` on lines of their own);
 * - a key that is an array index (`"7"`): JavaScript lists such keys first, in numeric order, whatever the copy's
 *   order, so a value holding one is written by json-stable-stringify itself.
 * A property test compares both writers on generated values. `canonical` names parts of the value already known
 * to need no copy (see CanonicalObjects).
 */
export function sortedJson(value: unknown, canonical?: CanonicalObjects): string {
  const state = { holdsEmpty: false, indexKeys: false, canonical };
  const copy = sortedCopy(value, state);
  if (state.indexKeys) return jsonStableStringify(value);
  const text = JSON.stringify(copy, null, 2);
  return state.holdsEmpty ? breakEmpties(text) : text;
}

/**
 * Objects and lists JSON.stringify writes exactly as json-stable-stringify does, all the way down: keys in sorted
 * order, none an array index, no value JSON leaves out or converts (`undefined`, functions, `toJSON`). The value
 * says whether one holds an empty object or list. resolveValues records them as it resolves a stack, so that
 * sortedJson need not walk them again; only what was recorded for this very value is trusted.
 */
export type CanonicalObjects = WeakMap<object, boolean>;

/** What may stand before an empty object or list that is the whole value of its line: indentation and a key. */
const LINE_PREFIX = /^( *)((?:"(?:[^"\\\n]|\\.)*": )?)$/;

/**
 * The text with every empty object or list that is the whole value of its line broken as json-stable-stringify
 * breaks it (`{` and `}` on lines of their own). Inside a string `{}` cannot end a line: JSON.stringify writes
 * a string's line breaks as `\n` and ends it with a quote.
 */
function breakEmpties(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let object = text.indexOf("{}");
  let list = text.indexOf("[]");
  while (object !== -1 || list !== -1) {
    const at = list === -1 || (object !== -1 && object < list) ? object : list;
    const end = at + 2;
    const lineEnd = text.charCodeAt(end) === 0x2c ? end + 1 : end;
    if (lineEnd === text.length || text.charCodeAt(lineEnd) === 0x0a) {
      const prefix = LINE_PREFIX.exec(text.slice(text.lastIndexOf("\n", at) + 1, at));
      if (prefix) {
        parts.push(text.slice(copied, at + 1), "\n", prefix[1]!);
        copied = at + 1;
      }
    }
    if (at === object) object = text.indexOf("{}", end);
    else list = text.indexOf("[]", end);
  }
  parts.push(text.slice(copied));
  return parts.join("");
}

interface CopyState {
  /** Whether the value holds an empty object or list, which JSON.stringify writes on one line. */
  holdsEmpty: boolean;
  indexKeys: boolean;
  readonly canonical: CanonicalObjects | undefined;
}

/** Whether a key is a canonical array index, which JavaScript lists before all other keys, in numeric order. */
export function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * The value with every object's keys in sorted order and no value JSON leaves out. Most objects already have
 * their keys in order; an object or list is copied only where something inside it changes, as resolveValues does.
 */
function sortedCopy(value: unknown, state: CopyState): unknown {
  let v = value;
  // As json-stable-stringify does: toJSON is called without the key JSON.stringify would pass it.
  if (v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function")
    v = (v as { toJSON: () => unknown }).toJSON();
  if (v === null || typeof v !== "object") return v;
  const known = state.canonical?.get(v);
  if (known !== undefined) {
    state.holdsEmpty ||= known;
    return v;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) state.holdsEmpty = true;
    let items: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const item = sortedCopy(v[i], state);
      if (items === undefined && item !== v[i]) items = v.slice(0, i);
      items?.push(item);
    }
    return items ?? v;
  }
  const object = v as Record<string, unknown>;
  const keys = Object.keys(object);
  let inOrder = true;
  for (let i = 1; i < keys.length && inOrder; i++) inOrder = keys[i - 1]! < keys[i]!;
  if (!inOrder) keys.sort();
  let copy: Record<string, unknown> | undefined = inOrder ? undefined : {};
  let written = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const original = object[key];
    const item = sortedCopy(original, state);
    const dropped = item === undefined || typeof item === "function" || typeof item === "symbol";
    if (copy === undefined && (item !== original || dropped)) {
      copy = {};
      for (let j = 0; j < i; j++) copy[keys[j]!] = object[keys[j]!];
    }
    if (dropped) continue;
    if (copy !== undefined) copy[key] = item;
    written++;
    if (isArrayIndex(key)) state.indexKeys = true;
  }
  if (written === 0) state.holdsEmpty = true;
  return copy ?? object;
}

function jsonStableStringify(value: unknown): string {
  // cdktf's own dependency, the writer this one stands in for.
  const cdktf = require.resolve("cdktf");
  const stringify = require(require.resolve("json-stable-stringify", { paths: [cdktf] })) as (
    value: unknown,
    options: { space: number },
  ) => string;
  return stringify(value, { space: 2 });
}
