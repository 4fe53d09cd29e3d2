import type { z } from "zod";
import type { PathSegment } from "./yaml-file";

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas a value at `path` may have to match (several under a union), wrappers such as optional removed. */
export function schemasAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType[] {
  const unwrap = (s: z.ZodType): z.ZodType[] => {
    const def = defOf(s);
    if (def.innerType) return unwrap(def.innerType);
    if (def.type === "pipe" && def.in) return unwrap(def.in);
    if (def.type === "union" && def.options) return def.options.flatMap(unwrap);
    return [s];
  };
  let current = unwrap(schema);
  for (const segment of path) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      if (def.type === "object" && typeof segment === "string" && def.shape?.[segment])
        return unwrap(def.shape[segment]!);
      if (def.type === "array" && typeof segment === "number" && def.element) return unwrap(def.element);
      if (def.type === "tuple" && typeof segment === "number" && def.items?.[segment])
        return unwrap(def.items[segment]!);
      if (def.type === "record" && def.valueType) return unwrap(def.valueType);
      return [];
    });
  }
  return current;
}

/** The field names an object at `path` may have. */
export function fieldsAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  return schemasAt(schema, path).flatMap((s) => Object.keys(defOf(s).type === "object" ? (defOf(s).shape ?? {}) : {}));
}
