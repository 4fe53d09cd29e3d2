import * as fs from "node:fs";
import * as path from "node:path";
import type AjvCore from "ajv/dist/core";
import { META_SCHEMAS_DIR, metaSchemaModules } from "../../scripts/generate-meta-schemas";
import { jsonSchemaFindings } from "../../src/catalog/json-schema";

/** Schemas a tool's parameters might hold: valid, invalid in the ways people get them wrong, and of both drafts. */
const SCHEMAS: Array<Record<string, unknown>> = [
  { type: "object", properties: { query: { type: "string", minLength: 1 } }, required: ["query"] },
  { type: "object", properties: { q: { type: "strin" } } },
  { type: "object", properties: 42, required: "q" },
  { type: ["string", "null"], minLength: -1, enum: [] },
  { $defs: { id: { type: "integer" } }, properties: { id: { $ref: "#/$defs/id" } }, unevaluatedProperties: false },
  { anyOf: [{ type: "string" }, { not: 7 }], dependentRequired: { a: "b" } },
  { $schema: "http://json-schema.org/draft-07/schema#", definitions: { x: { type: "number" } }, items: [{}, 3] },
  { $schema: "http://json-schema.org/draft-07/schema#", type: "object", additionalProperties: "no" },
];

function ajvOwnCheck(schema: Record<string, unknown>): unknown {
  const draft07 = String(schema.$schema ?? "").includes("draft-07");
  const Ajv = (draft07 ? require("ajv").default : require("ajv/dist/2020").default) as typeof AjvCore;
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: false });
  return ajv.validateSchema(schema) ? [] : ajv.errors;
}

function precompiledCheck(schema: Record<string, unknown>): unknown {
  const draft07 = String(schema.$schema ?? "").includes("draft-07");
  const validate = require(path.join(META_SCHEMAS_DIR, draft07 ? "draft-07.js" : "draft-2020-12.js")) as (
    s: unknown,
  ) => boolean & { errors?: unknown };
  return validate(schema) ? [] : (validate as unknown as { errors: unknown }).errors;
}

describe("the meta-schemas compiled ahead of time (src/catalog/meta-schemas)", () => {
  it("are what ajv generates now: after an ajv upgrade, run npm run meta-schemas", () => {
    for (const { file, code } of metaSchemaModules())
      expect(fs.readFileSync(path.join(META_SCHEMAS_DIR, file), "utf8")).toBe(code);
  });

  it.each(SCHEMAS.map((schema) => [JSON.stringify(schema), schema]))(
    "GIVEN %s THEN they find exactly the errors ajv's own meta-schema check finds",
    (_name, schema) => {
      expect(precompiledCheck(schema)).toEqual(ajvOwnCheck(schema));
    },
  );

  it("GIVEN an invalid tool schema THEN validation still reports each place once", () => {
    expect(jsonSchemaFindings({ type: "object", properties: { q: { type: "strin" } } })).toEqual([
      { path: ["properties", "q", "type"], message: expect.stringContaining("must be one of") },
    ]);
  });
});
