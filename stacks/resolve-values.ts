import { DefaultTokenResolver, StringConcat, Token, Tokenization } from "cdktf";
import type { IConstruct } from "constructs";

const RESOLVER = new DefaultTokenResolver(new StringConcat());
/** Every encoded string, list and map token contains this (`${TfToken[`, `#{TfToken[`, `&{TfToken[`). */
const TOKEN_MARKER = "TfToken[";
/** A number token written into a string reads like `-1.8881545897087626e+289`; cdktf looks for this shape. */
const NUMBER_IN_STRING = /[-\d.+|]e[-\d.eE+|]/;
/** cdktf refuses deeper values as circular; past this depth the value is handed to cdktf to say so. */
const MAX_DEPTH = 200;

/**
 * Resolves a value to plain JSON exactly as cdktf's resolver does, but copies the token-free parts itself.
 *
 * cdktf's resolver allocates two contexts per value and runs three regular expressions over every string and
 * every object key, prompts included; on a catalog of 500 AI Configs that was most of synth's time. Here a
 * string, number, list or map that could hold a token, and every resolvable object, goes to cdktf's resolver
 * unchanged; everything else is copied, dropping `undefined` as cdktf does. A test compares both on every stack.
 */
export function resolveValues(scope: IConstruct, value: unknown): unknown {
  function walk(v: unknown, depth: number): unknown {
    if (v === undefined || v === null || typeof v === "boolean") return v;
    if (depth > MAX_DEPTH || needsCdktf(v)) return Tokenization.resolve(v, { scope, resolver: RESOLVER, preparing: false });
    if (typeof v !== "object" || v instanceof Date) return v;
    if (Array.isArray(v)) {
      const items: unknown[] = [];
      for (const item of v) {
        const resolved = walk(item, depth + 1);
        if (resolved !== undefined) items.push(resolved);
      }
      return items;
    }
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      const resolved = walk((v as Record<string, unknown>)[key], depth + 1);
      if (resolved !== undefined) result[key] = resolved;
    }
    return result;
  }
  return walk(value, 0);
}

/** Whether resolving would change nothing but drop `undefined`: no token anywhere in the value. */
export function isTokenFree(value: unknown, depth = 0): boolean {
  if (value === undefined || value === null || typeof value === "boolean") return true;
  if (depth > MAX_DEPTH || needsCdktf(value)) return false;
  if (typeof value !== "object" || value instanceof Date) return true;
  return Object.values(value).every((item) => isTokenFree(item, depth + 1));
}

/** Whether this value itself, not only its contents, is one cdktf's resolver must see whole. */
function needsCdktf(v: unknown): boolean {
  if (typeof v === "string") return mayHoldToken(v);
  if (typeof v === "number") return Token.isUnresolved(v) || v === Token.NUMBER_MAP_TOKEN_VALUE;
  if (typeof v !== "object" || v === null) return true;
  if (v instanceof Date) return false;
  if (Array.isArray(v)) {
    return v.some((item) => (typeof item === "string" && item.includes(TOKEN_MARKER)) || (typeof item === "number" && mayBeListItemToken(item)));
  }
  return Tokenization.isResolvable(v) || isConstruct(v) || Object.keys(v).some(mayHoldToken);
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
  return s.includes(TOKEN_MARKER) || NUMBER_IN_STRING.test(s) || s === Token.STRING_MAP_TOKEN_VALUE || s === Token.ANY_MAP_TOKEN_VALUE;
}

/** cdktf refuses to resolve a construct (a typo that would recurse through parent and children); so do we. */
function isConstruct(v: object): boolean {
  return "_children" in v && "_metadata" in v;
}
