import { DefaultTokenResolver, StringConcat, Token, Tokenization } from "cdktf";
import { ref } from "cdktf/lib/tfExpression";
import type { IConstruct } from "constructs";
import { isArrayIndex, type CanonicalObjects } from "./sorted-json";

const RESOLVER = new DefaultTokenResolver(new StringConcat());
/** Every encoded string, list and map token contains this (`${TfToken[`, `#{TfToken[`, `&{TfToken[`). */
const TOKEN_MARKER = "TfToken[";
/** A number token written into a string reads like `-1.8881545897087626e+289`; cdktf looks for this shape. */
const NUMBER_IN_STRING = /[-\d.+|]e[-\d.eE+|]/;
/** cdktf refuses deeper values as circular; past this depth the value is handed to cdktf to say so. */
const MAX_DEPTH = 200;
/** cdktf's class of a reference to a resource's attribute (`${aws_iam_role.x.arn}`), which it does not export. */
const Reference = Object.getPrototypeOf(ref("")).constructor as abstract new (...args: never[]) => object;

/**
 * Strings holding only text and references, resolved, by scope. In one stack such a string always resolves to
 * the same text: a reference's text changes only in cdktf's preparing pass, which the stacks skip. The constructs
 * hand one reference to many resources (every variation names its AI Config, its model config and the project),
 * so most strings with a token are resolved once per stack instead of once per resource.
 */
const resolvedByScope = new WeakMap<IConstruct, Map<string, string>>();

/**
 * Resolves a value to plain JSON exactly as cdktf's resolver does, but handles the token-free parts itself.
 *
 * cdktf's resolver allocates two contexts per value and runs three regular expressions over every string and
 * every object key, prompts included; on a catalog of 500 AI Configs that was most of synth's time. Here a
 * string, number, list or map that could hold a token, and every resolvable object, goes to cdktf's resolver
 * unchanged. Everything else is kept as it is; an object or list is copied only where something inside it
 * resolves or is dropped (`undefined`, as cdktf drops it), and the input is never changed. Tests compare the
 * result with cdktf's for every kind of token, and on every stack.
 *
 * Given `canonical`, the same walk also does sortedJson's work: every object comes back with its keys in sorted
 * order (copied where they were not), and the objects and lists of the first levels that JSON.stringify writes as
 * json-stable-stringify does are recorded there, so that writing the stack walks them no more. What cdktf's
 * resolver returned, and anything else in doubt, is left unrecorded for sortedJson to look at.
 */
export function resolveValues(scope: IConstruct, value: unknown, canonical?: CanonicalObjects): unknown {
  const byCdktf = (v: unknown) => Tokenization.resolve(v, { scope, resolver: RESOLVER, preparing: false });
  let resolved = resolvedByScope.get(scope);
  if (!resolved) resolvedByScope.set(scope, (resolved = new Map()));
  const resolvedStrings = resolved;
  function resolveString(s: string): unknown {
    const known = resolvedStrings.get(s);
    if (known !== undefined) return known;
    const result = byCdktf(s);
    if (typeof result === "string" && onlyReferences(s)) resolvedStrings.set(s, result);
    return result;
  }
  // Of the value walk returned last: whether JSON.stringify writes it as json-stable-stringify does (`plain`),
  // and whether it holds an empty object or list.
  let plain = true;
  let empty = false;
  function leaf(result: unknown): unknown {
    const type = typeof result;
    // What JSON.stringify writes as json-stable-stringify does, once an object's `undefined` values are dropped.
    plain = result === null || type === "string" || type === "number" || type === "boolean" || type === "undefined";
    empty = false;
    return result;
  }
  function walk(v: unknown, depth: number): unknown {
    // Strings first: most values are, and most hold no token.
    if (typeof v === "string" && depth <= MAX_DEPTH) {
      if (mayHoldToken(v)) return leaf(resolveString(v));
      plain = true;
      empty = false;
      return v;
    }
    if (v === undefined || v === null || typeof v === "boolean") return leaf(v);
    if (typeof v !== "object") return leaf(depth > MAX_DEPTH || needsCdktf(v) ? byCdktf(v) : v);
    if (depth > MAX_DEPTH || v instanceof Date || needsCdktf(v)) {
      plain = false;
      return v instanceof Date && depth <= MAX_DEPTH ? v : byCdktf(v);
    }
    // Copied only from the first item or key that resolves to something else, or that is dropped.
    let allPlain = true;
    let anyEmpty = false;
    let out: unknown[] | Record<string, unknown>;
    if (Array.isArray(v)) {
      let items: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const resolved = walk(v[i], depth + 1);
        allPlain &&= plain;
        anyEmpty ||= empty;
        if (items === undefined && (resolved !== v[i] || resolved === undefined)) items = v.slice(0, i);
        if (items !== undefined && resolved !== undefined) items.push(resolved);
      }
      out = items ?? v;
      anyEmpty ||= out.length === 0;
    } else {
      const object = v as Record<string, unknown>;
      const keys = Object.keys(object);
      // A key may hold a token too; cdktf then resolves the whole map.
      for (let i = 0; i < keys.length; i++) {
        if (mayHoldToken(keys[i]!)) {
          plain = false;
          return byCdktf(v);
        }
      }
      let result: Record<string, unknown> | undefined;
      let written = 0;
      for (let i = 0; i < keys.length; i++) {
        const original = object[keys[i]!];
        const resolved = walk(original, depth + 1);
        allPlain &&= plain;
        anyEmpty ||= empty;
        if (result === undefined && (resolved !== original || resolved === undefined)) {
          result = {};
          for (let j = 0; j < i; j++) result[keys[j]!] = object[keys[j]!];
        }
        if (resolved !== undefined) {
          written++;
          if (result !== undefined) result[keys[i]!] = resolved;
        }
      }
      out = result ?? object;
      anyEmpty ||= written === 0;
      // JSON.stringify writes what toJSON returns, so such an object is kept as it is, unsorted.
      if (canonical && typeof (out as { toJSON?: unknown }).toJSON !== "function") {
        const outKeys = result === undefined ? keys : Object.keys(out);
        out = sortedKeys(out, outKeys);
        allPlain &&= !outKeys.some(isArrayIndex);
      }
    }
    allPlain &&= typeof (out as { toJSON?: unknown }).toJSON !== "function";
    if (canonical && allPlain && depth <= RECORDED_DEPTH) canonical.set(out, anyEmpty);
    plain = allPlain;
    empty = anyEmpty;
    return out;
  }
  return walk(value, 0);
}

/**
 * Objects are recorded down to a resource's body (depth 3: `resource`, its type, its name, the body): a recorded
 * body spares sortedJson everything below it, and recording every object would cost more than it saves.
 */
const RECORDED_DEPTH = 3;

/** The object itself when `keys`, its keys, are in order; else a copy with its keys in order. */
function sortedKeys(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  let inOrder = true;
  for (let i = 1; i < keys.length && inOrder; i++) inOrder = keys[i - 1]! < keys[i]!;
  if (inOrder) return object;
  const copy: Record<string, unknown> = {};
  for (const key of [...keys].sort()) copy[key] = object[key];
  return copy;
}

/**
 * Whether this value itself must go to cdktf's resolver whole: a string or number that may hold a token, a list
 * holding a token item, a resolvable object or a construct. An object's keys are looked at by `walk`.
 */
function needsCdktf(v: unknown): boolean {
  if (typeof v === "string") return mayHoldToken(v);
  if (typeof v === "number") return Token.isUnresolved(v) || v === Token.NUMBER_MAP_TOKEN_VALUE;
  if (typeof v !== "object" || v === null) return true;
  if (Array.isArray(v)) {
    return v.some(
      (item) =>
        (typeof item === "string" && item.includes(TOKEN_MARKER)) ||
        (typeof item === "number" && mayBeListItemToken(item)),
    );
  }
  return Tokenization.isResolvable(v) || isConstruct(v);
}

/** Whether resolving would change nothing but drop `undefined`: no token anywhere in the value, keys included. */
export function isTokenFree(value: unknown, depth = 0): boolean {
  if (value === undefined || value === null || typeof value === "boolean") return true;
  if (depth > MAX_DEPTH || needsCdktf(value)) return false;
  if (typeof value !== "object" || value instanceof Date) return true;
  if (!Array.isArray(value) && Object.keys(value).some(mayHoldToken)) return false;
  return Object.values(value).every((item) => isTokenFree(item, depth + 1));
}

/** Whether every token in `s` is a reference, and no number token is written into it. */
function onlyReferences(s: string): boolean {
  if (NUMBER_IN_STRING.test(s) || s === Token.STRING_MAP_TOKEN_VALUE || s === Token.ANY_MAP_TOKEN_VALUE) return false;
  const tokens = Tokenization.reverseString(s).tokens;
  return tokens.length > 0 && tokens.every((token) => token instanceof Reference);
}

/** In a list, a number may also encode a token for the whole list of numbers; cdktf refuses an unknown one. */
function mayBeListItemToken(n: number): boolean {
  try {
    return Token.isUnresolved(n) || Tokenization.reverseNumberList([n]) !== undefined;
  } catch {
    return true;
  }
}

function mayHoldToken(s: string): boolean {
  return (
    s.includes(TOKEN_MARKER) ||
    NUMBER_IN_STRING.test(s) ||
    s === Token.STRING_MAP_TOKEN_VALUE ||
    s === Token.ANY_MAP_TOKEN_VALUE
  );
}

/** cdktf refuses to resolve a construct (a typo that would recurse through parent and children); so do we. */
function isConstruct(v: object): boolean {
  return "_children" in v && "_metadata" in v;
}
