import { Document } from "yaml";
import { z } from "zod";
import { AI_CONFIG_DIR, CONFIG_FILES } from "../catalog/config-files";
import { aiConfigFileSchema, evalDatasetFileSchema, KEY_PATTERN, promptFrontMatterSchema } from "../catalog/schema";

/** A catalog file the reference describes, with the schema it must match. */
interface CatalogFile {
  path: string;
  presence: string;
  about: string;
  schema: z.ZodType;
}

/** Every file the reference describes: configs/ as the loader knows it, then AI Configs, eval datasets and prompts. */
export const CATALOG_FILES: readonly CatalogFile[] = [
  ...Object.values(CONFIG_FILES).map(({ file, required, about, schema }) => ({
    path: file,
    presence: required ? "required" : "optional",
    about,
    schema,
  })),
  {
    path: `${AI_CONFIG_DIR}/<key>.yaml`,
    presence: "one per AI Config",
    about: "An AI Config: its variables, variations, targeting per environment and experiments.",
    schema: aiConfigFileSchema,
  },
  {
    path: "evals/<config key>.yaml",
    presence: "optional, one per AI Config",
    about: "The eval dataset of an AI Config: cases and what each answer must hold (docs/evals.md).",
    schema: evalDatasetFileSchema,
  },
  {
    path: "prompts/<config>/<variation>.md (front matter)",
    presence: "optional, between --- lines at the top",
    about: "A prompt's front matter; the body after it is the prompt (see docs/validation.md, Prompt files).",
    schema: promptFrontMatterSchema,
  },
];

/** One field of a catalog file, as the reference's table shows it. */
export interface FieldRow {
  path: string;
  type: string;
  /** "required", "optional", or "default: <value>". */
  presence: string;
  description: string;
  example: string;
}

type Json = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Json[];
  /** zod writes a discriminated union as oneOf; the reference reads it as it reads anyOf. */
  oneOf?: Json[];
  properties?: Record<string, Json>;
  required?: string[];
  additionalProperties?: Json | boolean;
  items?: Json;
  prefixItems?: Json[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  default?: unknown;
  description?: string;
  examples?: unknown[];
  key?: string;
};

/** A value as it would be written in the file, on one line. */
function inline(value: unknown): string {
  return new Document(value).toString({ collectionStyle: "flow", lineWidth: 0 }).trim();
}

function bounds(j: Json): string {
  const parts: string[] = [];
  if (j.exclusiveMinimum !== undefined) parts.push(`above ${j.exclusiveMinimum}`);
  if (j.minimum !== undefined) parts.push(`at least ${j.minimum}`);
  if (j.maximum !== undefined && j.maximum < Number.MAX_SAFE_INTEGER) parts.push(`at most ${j.maximum}`);
  return parts.length > 0 ? `, ${parts.join(", ")}` : "";
}

/** The options of a union, whether zod wrote it as anyOf or (a discriminated union) as oneOf. */
function options(j: Json): Json[] | undefined {
  return j.anyOf ?? j.oneOf;
}

function typeOf(j: Json): string {
  const alternatives = options(j);
  if (alternatives) return [...new Set(alternatives.map(typeOf))].join(", or ");
  if (j.const !== undefined) return `exactly \`${inline(j.const)}\``;
  if (j.enum) return `one of: ${j.enum.map(String).join(", ")}`;
  if (Array.isArray(j.type)) return j.type.map((t) => typeOf({ type: t })).join(" or ");
  switch (j.type) {
    case "string":
      if (j.format === "uri") return "URL";
      if (j.format === "email") return "e-mail address";
      if (j.pattern === KEY_PATTERN.source)
        return `LaunchDarkly key${j.maxLength ? ` (at most ${j.maxLength} characters)` : ""}`;
      if (j.pattern) return `text matching \`${j.pattern}\``;
      return j.minLength ? "non-empty text" : "text";
    case "number":
      return `number${bounds(j)}`;
    case "integer":
      return `whole number${bounds(j)}`;
    case "boolean":
      return "true or false";
    case "array":
      if (j.prefixItems) return `list of ${j.prefixItems.length}: ${j.prefixItems.map(typeOf).join(", ")}`;
      return `list${j.minItems ? ` (at least ${j.minItems})` : ""} of ${j.items ? typeOf(j.items) : "anything"}`;
    case "object":
      if (j.properties) return "mapping";
      if (
        j.additionalProperties &&
        typeof j.additionalProperties === "object" &&
        Object.keys(j.additionalProperties).length > 0
      ) {
        return `mapping of ${j.key ?? "<key>"} to ${typeOf(j.additionalProperties)}`;
      }
      return "mapping";
    default:
      return "anything";
  }
}

/** Options of a union that are mappings with fields (their fields become rows), or the schema itself. */
function shapes(j: Json): Json[] {
  return options(j)?.flatMap(shapes) ?? [j];
}

/** Whether rows for fields inside it follow (a mapping's fields, a list's items', a keyed mapping's entries'). */
function isContainer(j: Json): boolean {
  return shapes(j).some(
    (s) =>
      s.properties !== undefined ||
      (s.type === "array" && s.items !== undefined && isContainer(s.items)) ||
      (s.type === "object" && typeof s.additionalProperties === "object" && isContainer(s.additionalProperties)),
  );
}

function rowsOf(j: Json, prefix: string): FieldRow[] {
  const rows: FieldRow[] = [];
  // A union of several shapes (for example { email } or { https }) requires a field only in its own shape.
  const required = (options(j)?.length ?? 0) > 1 ? "required in this form" : "required";
  for (const shape of shapes(j)) {
    for (const [name, field] of Object.entries(shape.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      const presence =
        field.default !== undefined
          ? `default: \`${inline(field.default)}\``
          : shape.required?.includes(name)
            ? required
            : "optional";
      const example =
        field.examples?.[0] !== undefined
          ? `\`${inline(field.examples[0])}\``
          : isContainer(field)
            ? "(its fields below)"
            : "";
      rows.push({ path, type: typeOf(field), presence, description: field.description ?? "", example });
      rows.push(...childRows(field, path));
    }
  }
  return rows;
}

/** The fields inside a field: a mapping's, a list item's, or each entry's of a mapping keyed by name. */
function childRows(field: Json, path: string): FieldRow[] {
  if (shapes(field).some((shape) => shape.properties)) return rowsOf(field, path);
  return shapes(field).flatMap((shape) => {
    if (shape.type === "array" && shape.items && isContainer(shape.items)) return rowsOf(shape.items, `${path}[]`);
    const value = shape.additionalProperties;
    if (shape.type !== "object" || !value || typeof value !== "object") return [];
    const entry = `${path}.${shape.key ?? "<key>"}`;
    if (value.type === "array" && value.items && isContainer(value.items)) return rowsOf(value.items, `${entry}[]`);
    if (isContainer(value)) return rowsOf(value, entry);
    // An entry's own row only when it says more than the mapping's type does.
    if (!value.description) return [];
    return [
      {
        path: entry,
        type: typeOf(value),
        presence: "",
        description: value.description,
        example: value.examples?.[0] !== undefined ? `\`${inline(value.examples[0])}\`` : "",
      },
    ];
  });
}

/** Every field of every catalog file, in file order. */
export function catalogFormatRows(): Array<{ file: CatalogFile; rows: FieldRow[] }> {
  return CATALOG_FILES.map((file) => ({
    file,
    rows: rowsOf(z.toJSONSchema(file.schema, { io: "input", unrepresentable: "any" }) as Json, ""),
  }));
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** docs/catalog-format.md: the field reference, generated from the schemas the loader validates with. */
export function renderCatalogFormat(): string {
  const lines = [
    "# Catalog file format",
    "",
    "Every field of every file under `configs/` and of a prompt's front matter, with its type, its default (or",
    "whether it is required) and an example. Generated from the schemas the validator checks the files against",
    "(`src/catalog/schema/`) by `npm run catalog-format`; do not edit by hand (a test fails when it is stale).",
    "",
    "Paths read as in the file: `a.b` is field `b` of mapping `a`, `a[]` an item of list `a`, and `<environment>` (or",
    "`<variation>`, ...) a key you choose. The cross-file rules (every environment covered, known models and",
    "segments, weights that sum to 100, ...) are in [validation.md](validation.md).",
    "",
  ];
  for (const { file, rows } of catalogFormatRows()) {
    lines.push(
      `## \`${file.path}\``,
      "",
      `${file.about} (${file.presence})`,
      "",
      "| field | type | default | meaning | example |",
      "|---|---|---|---|---|",
    );
    for (const row of rows)
      lines.push(
        `| \`${cell(row.path)}\` | ${cell(row.type)} | ${cell(row.presence || "-")} | ${cell(row.description)} | ${cell(row.example || "-")} |`,
      );
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
