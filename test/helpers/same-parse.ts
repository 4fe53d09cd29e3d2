import { isDeepStrictEqual } from "node:util";

/**
 * Whether two parse results are the same all the way down: values (NaN and -0 included), prototypes, and the
 * order of every object's keys, undefined-valued keys included (isDeepStrictEqual does not look at order).
 */
export function sameParse(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b) && sameKeyOrder(a, b);
}

function sameKeyOrder(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return true;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (!isDeepStrictEqual(keysA, keysB)) return false;
  return keysA.every((key) =>
    sameKeyOrder((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key]),
  );
}
