import { z } from "zod";

/**
 * zod's answer for a value its schema accepts, computed without zod's per-value bookkeeping.
 *
 * For every AI Config file and prompt front matter zod allocates a result and an issue list per value, and runs
 * its parse code cold in every short-lived `aic` process: about a fifth of validate's time at 2,000 AI Configs.
 * This walks the schema's own definition once, builds a plain function per node, and runs zod's own check code
 * (regex, lengths, trim, superRefine) on each value. The kinds it builds are the ones catalog schemas are made
 * of: string, number, boolean, enum, optional, default, array, object, record and union. A node of any other
 * kind, or with an option it does not know, is handed to zod itself (its `run`, as its parent would call it).
 *
 * Each node's function returns REJECTED exactly when zod would report an issue there, so a union takes the same
 * option zod takes; a rejected file is parsed again by zod, which then says why. A property test holds this
 * against zod on generated and mutated documents of every catalog schema.
 */
export function fastParse<S extends z.ZodType>(schema: S, data: unknown): { data: z.infer<S> } | undefined {
  try {
    const value = rootParser(schema)(data);
    return value === REJECTED ? undefined : { data: value as z.infer<S> };
  } catch {
    // zod would throw the same (a refinement's own error); let it, where the caller asks it.
    return undefined;
  }
}

const REJECTED: unique symbol = Symbol("rejected");
type Parser = (value: unknown) => unknown;
type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;

const parsers = new WeakMap<Schema, Parser>();
const roots = new WeakMap<Schema, Parser>();

/** The parser of a schema that cannot recur; of one that may, a parser that always asks zod. */
function rootParser(schema: Schema): Parser {
  let parser = roots.get(schema);
  if (parser === undefined) {
    parser = mayRecur(schema, new Set()) ? () => REJECTED : parserFor(schema);
    roots.set(schema, parser);
  }
  return parser;
}

function parserFor(schema: Schema): Parser {
  let parser = parsers.get(schema);
  if (parser === undefined) {
    parser = compile(schema);
    parsers.set(schema, parser);
  }
  return parser;
}

/** The definition keys each kind is built for; a definition with any other key set goes to zod. */
const KNOWN_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["string", new Set(["type", "checks", "error"])],
  ["number", new Set(["type", "checks", "error"])],
  ["boolean", new Set(["type", "checks", "error"])],
  ["enum", new Set(["type", "entries", "checks", "error"])],
  ["optional", new Set(["type", "innerType", "checks", "error"])],
  ["default", new Set(["type", "innerType", "defaultValue", "checks", "error"])],
  ["array", new Set(["type", "element", "checks", "error"])],
  ["object", new Set(["type", "shape", "catchall", "checks", "error"])],
  ["record", new Set(["type", "keyType", "valueType", "checks", "error"])],
  ["union", new Set(["type", "options", "checks", "error"])],
]);

function compile(schema: Schema): Parser {
  const zod = schema._zod;
  const def = zod.def as unknown as Record<string, unknown> & { type: string };
  const known = KNOWN_KEYS.get(def.type);
  const plain = known !== undefined && Object.keys(def).every((key) => known.has(key) || def[key] === undefined);
  const parse = plain && !zod.traits.has("$ZodCheck") ? kindParser(schema) : undefined;
  if (parse === undefined) return byZod(schema);
  const checks = (zod.def.checks ?? []) as Check[];
  return checks.length === 0 ? parse : withChecks(parse, checks);
}

/** What zod's parent would do with this node: run it, with the context safeParse gives. */
function byZod(schema: Schema): Parser {
  return (value) => {
    const result = schema._zod.run({ value, issues: [] }, { async: false });
    return result instanceof Promise || result.issues.length > 0 ? REJECTED : result.value;
  };
}

/** zod's checks run on the parsed value in order, as zod runs them, a check's `when` included. */
function withChecks(parse: Parser, checks: readonly Check[]): Parser {
  return (value) => {
    const parsed = parse(value);
    if (parsed === REJECTED) return REJECTED;
    const payload: z.core.ParsePayload = { value: parsed, issues: [] };
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when && !when(payload as z.core.ParsePayload<never>)) continue;
      if (
        (check._zod.check(payload as z.core.ParsePayload<never>) as unknown) instanceof Promise ||
        payload.issues.length > 0
      )
        return REJECTED;
    }
    return payload.value;
  };
}

function kindParser(schema: Schema): Parser | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  switch (def.type) {
    case "string":
      return (v) => (typeof v === "string" ? v : REJECTED);
    case "number":
      return (v) => (typeof v === "number" && Number.isFinite(v) ? v : REJECTED);
    case "boolean":
      return (v) => (typeof v === "boolean" ? v : REJECTED);
    case "enum": {
      const values = schema._zod.values;
      return values ? (v) => (values.has(v as never) ? v : REJECTED) : undefined;
    }
    case "optional":
      return optionalParser(def as unknown as z.core.$ZodOptionalDef);
    case "default":
      return defaultParser(def as unknown as z.core.$ZodDefaultDef);
    case "array":
      return arrayParser(parserFor((def as unknown as z.core.$ZodArrayDef).element));
    case "object":
      return objectParser(def as unknown as z.core.$ZodObjectDef);
    case "record":
      return recordParser(def as unknown as z.core.$ZodRecordDef);
    case "union":
      return unionParser((def as unknown as z.core.$ZodUnionDef).options.map(parserFor));
    default:
      return undefined;
  }
}

function optionalParser(def: z.core.$ZodOptionalDef): Parser | undefined {
  // An optional default fills in even a missing value; rare enough to leave to zod.
  if (def.innerType._zod.optin === "defaulted") return undefined;
  const inner = parserFor(def.innerType);
  return (v) => (v === undefined ? undefined : inner(v));
}

function defaultParser(def: z.core.$ZodDefaultDef): Parser {
  const inner = parserFor(def.innerType);
  // `defaultValue` is zod's getter: a fresh shallow copy of the default each time, as zod hands it out.
  return (v) => {
    if (v === undefined) return def.defaultValue;
    const parsed = inner(v);
    return parsed === undefined ? def.defaultValue : parsed;
  };
}

function arrayParser(element: Parser): Parser {
  return (v) => {
    if (!Array.isArray(v)) return REJECTED;
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const item = element(v[i]);
      if (item === REJECTED) return REJECTED;
      out[i] = item;
    }
    return out;
  };
}

interface Field {
  key: string;
  parse: Parser;
  optin: "optional" | "defaulted" | undefined;
  optionalOut: boolean;
}

/** zod's object: the shape's keys in order, absent optional keys left out, unknown keys refused when strict. */
function objectParser(def: z.core.$ZodObjectDef): Parser | undefined {
  const shape = def.shape as Record<PropertyKey, Schema>;
  const strict = def.catchall?._zod.def.type === "never";
  if ((def.catchall !== undefined && !strict) || Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const fields: Field[] = Object.keys(shape)
    .filter((key) => key !== "__proto__")
    .map((key) => ({
      key,
      parse: parserFor(shape[key]!),
      optin: shape[key]!._zod.optin,
      optionalOut: shape[key]!._zod.optout === "optional",
    }));
  const keys = new Set(Object.keys(shape));
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return REJECTED;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, parse, optin, optionalOut } of fields) {
      const present = key in input;
      if (!present && optionalOut && optin === "optional") continue;
      const parsed = parse(input[key]);
      if (parsed === REJECTED) {
        if (!present && optionalOut && optin !== undefined) continue;
        return REJECTED;
      }
      if (!present && optin === undefined) return REJECTED;
      if (parsed !== undefined) out[key] = parsed;
      else if (present || (optin === "defaulted" && !optionalOut)) out[key] = undefined;
    }
    if (strict) {
      for (const key in input) if (!keys.has(key)) return REJECTED;
    }
    return out;
  };
}

/** zod's record with string keys: every own enumerable key and its value parsed, in the input's order. */
function recordParser(def: z.core.$ZodRecordDef): Parser | undefined {
  const keyType = def.keyType._zod;
  // Enumerated keys, and keys that may be numbers (zod retries a numeric key as a number), go to zod.
  if (keyType.def.type !== "string" || keyType.values !== undefined) return undefined;
  const parseKey = parserFor(def.keyType);
  const parseValue = parserFor(def.valueType);
  return (v) => {
    if (!z.core.util.isPlainObject(v)) return REJECTED;
    const out: Record<PropertyKey, unknown> = {};
    for (const key of Reflect.ownKeys(v)) {
      if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(v, key)) continue;
      const outKey = parseKey(key);
      if (outKey === REJECTED) return REJECTED;
      if (outKey === "__proto__") continue;
      const value = parseValue((v as Record<PropertyKey, unknown>)[key]);
      if (value === REJECTED) return REJECTED;
      out[outKey as PropertyKey] = value;
    }
    return out;
  };
}

/** The first option that accepts the value, as zod picks it. */
function unionParser(options: readonly Parser[]): Parser {
  return (v) => {
    for (const option of options) {
      const parsed = option(v);
      if (parsed !== REJECTED) return parsed;
    }
    return REJECTED;
  };
}

/**
 * Whether a schema may refer to itself (a lazy schema, or a shape with a getter), as zod's memoizer asks: zod
 * then hands out one result per input object, which a walk per value would not copy.
 */
function mayRecur(schema: Schema, seen: Set<Schema>): boolean {
  if (seen.has(schema)) return true;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (def.type === "lazy") return true;
  const children: unknown[] = [];
  // A getter here computes a value (a default's copy); it is a shape's getter that may name the schema itself.
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(def))) {
    if (key === "shape" || descriptor.get) continue;
    children.push(...(Array.isArray(descriptor.value) ? descriptor.value : [descriptor.value]));
  }
  if (def.type === "object") {
    const shapeGetter = Object.getOwnPropertyDescriptor(def, "shape")?.get as { raw?: object } | undefined;
    const shape = shapeGetter?.raw ?? (def.shape as object);
    for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(shape))) {
      if (descriptor.get) return true;
      children.push(descriptor.value);
    }
  }
  const recurs = children.some((child) => isSchema(child) && mayRecur(child, seen));
  seen.delete(schema);
  return recurs;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && "_zod" in value;
}
