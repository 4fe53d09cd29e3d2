export type Json = Record<string, unknown>;

/**
 * cdktf's merge: objects merge key by key, lists concatenate, `undefined` deletes; a token is kept whole.
 *
 * An object the target does not hold yet is taken as it is rather than copied key by key (a stack's JSON is
 * mostly such objects: every resource's attributes), and copied only when a later merge writes into it, so that
 * no element's own values are ever changed. `owned` holds the objects this merge made itself. Taken as it is, an
 * object keeps a key set to `undefined`, which a copy would drop: values resolveValues returned hold none, and
 * anything else is merged with `copy`.
 */
export class JsonMerge {
  private readonly owned = new WeakSet<object>();

  constructor(readonly target: Json) {
    this.owned.add(target);
  }

  add(source: Json, { copy = false } = {}): void {
    this.merge(this.target, source, copy);
  }

  private merge(target: Json, source: Json, copy: boolean): void {
    for (const key of Object.keys(source)) {
      const value = source[key];
      const existing = target[key];
      if (value === undefined) {
        delete target[key];
      } else if (Array.isArray(value)) {
        target[key] = Array.isArray(existing) ? [...existing, ...value] : value;
      } else if (
        typeof value !== "object" ||
        value === null ||
        isResolvable(value) ||
        (existing === undefined && !copy)
      ) {
        target[key] = value;
      } else {
        let into: Json;
        if (typeof existing !== "object" || existing === null) into = {};
        else if (this.owned.has(existing)) into = existing as Json;
        else into = Array.isArray(existing) ? ([...existing] as unknown as Json) : { ...(existing as Json) };
        this.owned.add(into);
        target[key] = into;
        this.merge(into, value as Json, copy);
      }
    }
  }
}

function isResolvable(value: object): boolean {
  return typeof (value as { resolve?: unknown }).resolve === "function";
}
