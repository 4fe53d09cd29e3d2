import type AjvCore from "ajv/dist/core";
import type { ErrorObject, ValidateFunction } from "ajv/dist/core";
import type { PathSegment } from "./yaml-file";

/** A problem inside a JSON Schema (or a value checked against one), at a path into it. */
export interface SchemaFinding {
  path: PathSegment[];
  /** What is wrong at `path`, to follow its name: "must be ...", "is ...", or a clause after a colon. */
  message: string;
  /** The problem is the mapping key at `path` (an unknown keyword), not its value. */
  atKey?: boolean;
}

const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

/**
 * The drafts a tool's parameter schema may be written in. LaunchDarkly stores the schema as the tool's
 * schema_json and hands it to the model provider: Anthropic's tool input_schema and the MCP tools that agents
 * call are draft 2020-12; OpenAI's function parameters and Bedrock's toolSpec inputSchema take plain JSON Schema
 * objects, which both drafts cover. Without `$schema`, 2020-12 applies.
 */
const DRAFTS: Record<string, () => Draft> = {
  [DRAFT_2020_12]: () => draft(require("ajv/dist/2020").default, require("./meta-schemas/draft-2020-12")),
  [DRAFT_07]: () => draft(require("ajv").default, require("./meta-schemas/draft-07")),
  "http://json-schema.org/draft-07/schema": () => DRAFTS[DRAFT_07]!(),
};

/**
 * A draft's validator: ajv, to compile each tool's schema in strict mode, and the draft's meta-schema compiled
 * ahead of time (src/catalog/meta-schemas), which ajv would otherwise compile on every run before the first
 * schema, about 50 ms for 2020-12.
 */
interface Draft {
  ajv: AjvCore;
  metaSchema: ValidateFunction;
}

function draft(Ajv: typeof AjvCore, metaSchema: ValidateFunction): Draft {
  return { ajv: new Ajv({ ...ajvOptions(), validateSchema: false }), metaSchema };
}

/** The formats JSON Schema defines: known, so that a misspelt one is an error, but not checked against values. */
const FORMATS = [
  "date-time",
  "date",
  "time",
  "duration",
  "email",
  "idn-email",
  "hostname",
  "idn-hostname",
  "ipv4",
  "ipv6",
  "uri",
  "uri-reference",
  "iri",
  "iri-reference",
  "uuid",
  "uri-template",
  "json-pointer",
  "relative-json-pointer",
  "regex",
];

let strictWarnings: string[] = [];

function ajvOptions(): ConstructorParameters<typeof AjvCore>[0] {
  return {
    // "log": strict-mode findings (unknown keywords, required names without a property, ...) are collected,
    // all of them, instead of stopping at the first.
    strict: "log",
    strictRequired: "log",
    allErrors: true,
    allowUnionTypes: true,
    formats: Object.fromEntries(FORMATS.map((f) => [f, true])),
    logger: {
      log: () => undefined,
      warn: (message: string) => strictWarnings.push(String(message)),
      error: () => undefined,
    },
  };
}

const instances = new Map<string, Draft>();

function draftValidator(id: string, make: () => Draft): Draft {
  let validator = instances.get(id);
  if (!validator) instances.set(id, (validator = make()));
  return validator;
}

/**
 * Every problem of a tool's parameter schema, compiled by a real JSON Schema validator (ajv): the schema must
 * match its draft's meta-schema (so `limit: 42` where a schema belongs is refused), and compile in strict mode
 * (no unknown or misspelt keyword or format, every required name a property, no reference it cannot resolve:
 * a tool's schema must be self-contained).
 */
export function jsonSchemaFindings(schema: Record<string, unknown>): SchemaFinding[] {
  const declared = schema.$schema;
  const declaredDraft = declared === undefined ? DRAFT_2020_12 : typeof declared === "string" ? declared : "";
  const make = DRAFTS[declaredDraft];
  if (!make) {
    return [
      {
        path: ["$schema"],
        message: `must be ${DRAFT_2020_12} (the default) or ${DRAFT_07}, the drafts LaunchDarkly and the model providers accept`,
      },
    ];
  }
  const { ajv, metaSchema } = draftValidator(declaredDraft, make);
  if (!metaSchema(schema)) return metaSchemaFindings(metaSchema.errors ?? []);

  strictWarnings = [];
  const findings: SchemaFinding[] = [];
  try {
    // A fresh compile each time: ajv caches by schema, and the warnings are what is needed here.
    ajv.removeSchema(schema);
    ajv.compile(schema);
  } catch (error) {
    findings.push(compileFinding(schema, error as Error & { missingRef?: string }));
  } finally {
    ajv.removeSchema(schema);
  }
  for (const warning of new Set(strictWarnings)) findings.push(strictFinding(schema, warning));
  return findings;
}

/** One finding per place in the schema; ajv repeats itself through the meta-schema's dynamic references. */
function metaSchemaFindings(errors: readonly ErrorObject[]): SchemaFinding[] {
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) if (!byPath.has(error.instancePath)) byPath.set(error.instancePath, error);
  return [...byPath.values()].map((error) => ({ path: pointerPath(error.instancePath), message: metaMessage(error) }));
}

function metaMessage(error: ErrorObject): string {
  const params = error.params as { type?: string | string[]; allowedValues?: unknown[] };
  if (error.keyword === "type" && Array.isArray(params.type) && params.type.join() === "object,boolean")
    return "must be a JSON Schema (a mapping, or true or false)";
  if (error.keyword === "enum" && params.allowedValues)
    return `must be one of: ${params.allowedValues.map(String).join(", ")}`;
  return `is not valid JSON Schema: ${error.message ?? error.keyword}`;
}

function compileFinding(schema: Record<string, unknown>, error: Error & { missingRef?: string }): SchemaFinding {
  if (error.missingRef !== undefined) {
    const path = findPath(schema, (key, value) => key === "$ref" && value === error.missingRef) ?? [];
    return {
      path,
      message: "cannot be resolved: a tool's schema must be self-contained (refer only to its own $defs)",
    };
  }
  if (error instanceof SyntaxError) {
    const path =
      findPath(schema, (key, value) => key === "pattern" && typeof value === "string" && !isRegExp(value)) ?? [];
    return {
      path,
      message: `is not a regular expression: ${error.message.replace(/^Invalid regular expression: /, "")}`,
    };
  }
  const format = /^unknown format "(.*)" ignored in schema at path "#(.*)"$/.exec(error.message);
  if (format) {
    const path = [...pointerPath(format[2]!), "format"];
    return { path, message: `is an unknown format "${format[1]}"; known: ${FORMATS.join(", ")}` };
  }
  return { path: [], message: `is not valid JSON Schema: ${error.message}` };
}

function strictFinding(schema: Record<string, unknown>, warning: string): SchemaFinding {
  const text = warning.replace(/^strict mode: /, "");
  const unknown = /^unknown keyword: "(.*)"$/.exec(text);
  if (unknown) {
    const path = findPath(schema, (key, _value, inSchema) => inSchema && key === unknown[1]) ?? [];
    return { path, atKey: true, message: "is not a JSON Schema keyword (misspelt?)" };
  }
  const at = / at "#([^"]*)"/.exec(text);
  const path = at ? pointerPath(at[1]!) : [];
  const required = /^required property "(.*)" is not defined/.exec(text);
  if (required) {
    const names = valueAt(schema, path) as { required?: unknown };
    const index = Array.isArray(names?.required) ? names.required.indexOf(required[1]) : -1;
    return {
      path: index === -1 ? path : [...path, "required", index],
      message: `names "${required[1]}", which is not one of its properties`,
    };
  }
  return { path, message: text.replace(/ at "#[^"]*"/, "").replace(/ \((strict\w+)\)$/, "") };
}

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}

/** The first path (depth first) whose last key and value satisfy `match`; `inSchema` is false inside enum/const/examples/default values. */
function findPath(
  root: unknown,
  match: (key: string, value: unknown, inSchema: boolean) => boolean,
): PathSegment[] | undefined {
  const walk = (node: unknown, path: PathSegment[], inSchema: boolean): PathSegment[] | undefined => {
    if (node === null || typeof node !== "object") return undefined;
    for (const [key, value] of Object.entries(node)) {
      const segment: PathSegment = Array.isArray(node) ? Number(key) : key;
      if (!Array.isArray(node) && match(key, value, inSchema)) return [...path, segment];
      const childInSchema = inSchema && !["enum", "const", "examples", "default"].includes(key);
      const found = walk(value, [...path, segment], childInSchema);
      if (found) return found;
    }
    return undefined;
  };
  return walk(root, [], true);
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  return path.reduce<unknown>(
    (node, segment) =>
      node !== null && typeof node === "object" ? (node as Record<PathSegment, unknown>)[segment] : undefined,
    root,
  );
}

function pointerPath(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Every way `value` fails `schema` (draft 2020-12), one finding per place, with ajv's error for it. */
export function valueFindings(
  schema: Record<string, unknown>,
  value: unknown,
): Array<SchemaFinding & { error: ErrorObject }> {
  const { ajv, metaSchema } = draftValidator(DRAFT_2020_12, DRAFTS[DRAFT_2020_12]!);
  // As ajv's compile does when it checks the schema itself.
  if (!metaSchema(schema)) throw new Error(`schema is invalid: ${ajv.errorsText(metaSchema.errors)}`);
  const validate = ajv.compile(schema);
  if (validate(value)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? []).flatMap((error) => {
    const extra =
      (error.params as { additionalProperty?: string; missingProperty?: string }).additionalProperty ??
      (error.params as { missingProperty?: string }).missingProperty;
    const path = [...pointerPath(error.instancePath), ...(extra !== undefined ? [extra] : [])];
    const key = `${path.join("\u0000")}\u0000${error.keyword}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ path, message: error.message ?? error.keyword, error, atKey: error.keyword === "additionalProperties" }];
  });
}
