import type { z } from "zod";
import type { PathSegment } from "./yaml-file";

type Issue = z.core.$ZodIssue;
type Path = PathSegment[];

const key = (path: readonly PathSegment[]) => JSON.stringify(path);
const startsWith = (path: readonly PathSegment[], prefix: readonly PathSegment[]) =>
  prefix.length <= path.length && prefix.every((s, i) => s === path[i]);

/**
 * What is left of a file that did not match its schema once every offending value is removed: the part that does
 * match, for the cross-file rules, so that one schema error does not hide every other problem of the file.
 *
 * Its data is in its own coordinates (a removed list item shifts the items after it); `toOriginal` maps a path
 * back to the file's, so that problems point at the right line. A rule that concludes something from an absence
 * ("nothing declares X", "the weights sum to 90") must first ask `intact` whether anything was removed there.
 */
export class Salvaged {
  /** Paths removed, in the file's own coordinates. */
  private readonly removed: Path[] = [];
  /** For each list that lost items (by its path in the file), the file's index of each item left. */
  private readonly kept = new Map<string, number[]>();

  /** The path in the file of `path` in the salvaged data. */
  toOriginal(path: readonly PathSegment[]): Path {
    const original: Path = [];
    for (const segment of path) {
      const indices = typeof segment === "number" ? this.kept.get(key(original)) : undefined;
      original.push(indices && typeof segment === "number" ? (indices[segment] ?? segment) : segment);
    }
    return original;
  }

  /** True when nothing at, above or below `path` (in salvaged coordinates) was removed. */
  intact(path: readonly PathSegment[]): boolean {
    const original = this.toOriginal(path);
    return !this.removed.some((removed) => startsWith(original, removed) || startsWith(removed, original));
  }

  /** Removes the value at `path` (salvaged coordinates) from `data`; false when there is nothing to remove. */
  remove(data: unknown, path: readonly PathSegment[]): boolean {
    if (path.length === 0) return false;
    let parent = data;
    for (const segment of path.slice(0, -1)) {
      if (parent === null || typeof parent !== "object") return false;
      parent = (parent as Record<PathSegment, unknown>)[segment];
    }
    const last = path[path.length - 1]!;
    if (parent === null || typeof parent !== "object") return false;
    if (Array.isArray(parent) ? typeof last !== "number" || last >= parent.length : !(last in parent)) return false;
    this.removed.push(this.toOriginal(path));
    if (Array.isArray(parent)) {
      const listPath = this.toOriginal(path.slice(0, -1));
      const indices = this.kept.get(key(listPath)) ?? parent.map((_, i) => i);
      indices.splice(last as number, 1);
      this.kept.set(key(listPath), indices);
      parent.splice(last as number, 1);
      return true;
    }
    delete (parent as Record<PathSegment, unknown>)[last];
    return true;
  }
}

/** The value at `path` in parsed YAML data, or undefined when there is none. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

/** What to remove for one issue: the offending value, the unknown keys, or, for a missing field, its parent. */
function removalsFor(issue: Issue, data: unknown): Path[] {
  const path = issue.path as Path;
  if (issue.code === "unrecognized_keys") return issue.keys.map((k) => [...path, k]);
  if (issue.code === "invalid_type" && valueAt(data, path) === undefined) return [path.slice(0, -1)];
  return [path];
}

/** Deepest first, and later list items before earlier ones, so that each removal leaves the others' paths valid. */
function removalOrder(a: Path, b: Path): number {
  if (a.length !== b.length) return b.length - a.length;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    return typeof a[i] === "number" && typeof b[i] === "number"
      ? (b[i] as number) - (a[i] as number)
      : String(a[i]) < String(b[i])
        ? -1
        : 1;
  }
  return 0;
}

/**
 * Removes what each issue points at, parses again, and repeats until the rest matches `schema`. Undefined when
 * nothing would be left to check: the file's top level itself does not match.
 */
export function salvage<S extends z.ZodType>(
  raw: unknown,
  schema: S,
  issues: readonly Issue[],
): { data: z.infer<S>; salvaged: Salvaged } | undefined {
  if (raw === null || typeof raw !== "object") return undefined;
  const data = structuredClone(raw);
  const salvaged = new Salvaged();
  let pending = issues;
  // Each round removes at least one value, so this ends; the bound only guards against a schema that never agrees.
  for (let round = 0; round < 64; round++) {
    const removals = [
      ...new Map(pending.flatMap((issue) => removalsFor(issue, data)).map((p) => [key(p), p])).values(),
    ].sort(removalOrder);
    if (removals.some((p) => p.length === 0)) return undefined;
    let removedAny = false;
    for (const path of removals) removedAny = salvaged.remove(data, path) || removedAny;
    if (!removedAny) return undefined;
    const result = schema.safeParse(data);
    if (result.success) return { data: result.data, salvaged };
    pending = result.error.issues;
  }
  return undefined;
}
