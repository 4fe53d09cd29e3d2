import fc from "fast-check";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import type { z } from "zod";
import { generateCatalog } from "../../bench/generate-catalog";
import { fastParse } from "../../src/catalog/fast-parse";
import { AI_CONFIG_DIR, CONFIG_FILES } from "../../src/catalog/config-files";
import { aiConfigFileSchema, evalDatasetFileSchema, promptFrontMatterSchema } from "../../src/catalog/schema";
import { sameParse } from "../helpers/same-parse";

const FIXTURES = path.resolve(__dirname, "../fixtures/catalogs");
const FILE_SCHEMAS: Record<string, z.ZodType> = Object.fromEntries(
  Object.values(CONFIG_FILES).map(({ file, schema }) => [file, schema]),
);

interface Document {
  file: string;
  schema: z.ZodType;
  data: unknown;
}

/** Every catalog file of the fixture catalogs and of a small generated one, with its schema. */
function documents(): Document[] {
  const generated = fs.mkdtempSync(path.join(os.tmpdir(), "aic-fast-parse-"));
  generateCatalog(generated, 12);
  const roots = [...fs.readdirSync(FIXTURES).map((name) => path.join(FIXTURES, name)), generated];
  const found: Document[] = [];
  for (const root of roots) {
    for (const file of fs.readdirSync(root, { recursive: true, encoding: "utf8" }).sort()) {
      const schema =
        FILE_SCHEMAS[file] ??
        (file.startsWith(`${AI_CONFIG_DIR}/`) && file.endsWith(".yaml") ? aiConfigFileSchema : undefined) ??
        (file.startsWith("evals/") && file.endsWith(".yaml") ? evalDatasetFileSchema : undefined);
      if (schema)
        found.push({
          file,
          schema,
          data: load(fs.readFileSync(path.join(root, file), "utf8"), { schema: CORE_SCHEMA }),
        });
    }
  }
  fs.rmSync(generated, { recursive: true, force: true });
  found.push({ file: "front matter", schema: promptFrontMatterSchema, data: { description: "Warm and short." } });
  return found;
}

type Json = unknown;
type Path = (string | number)[];

/** Every place in a value that a mutation can change: the value itself and everything inside it. */
function paths(value: Json, at: Path = []): Path[] {
  const inside =
    typeof value === "object" && value !== null
      ? Object.entries(value).flatMap(([key, item]) => paths(item, [...at, Array.isArray(value) ? Number(key) : key]))
      : [];
  return [at, ...inside];
}

// Values near what the schemas accept: keys, names, enum members, numbers at their bounds, and the wrong types.
const VALUES: Json[] = [
  "",
  " ",
  "x",
  "  padded  ",
  "Bad Key!",
  "v1",
  "v2",
  "dev",
  "production",
  "completion",
  "agent",
  "judge",
  "in",
  "user",
  "string",
  "number",
  "boolean",
  "bedrock",
  "https://x.example",
  "http://x.example",
  "$ld:ai:judge:x",
  "support-assistant/friendly-v2.md",
  "prompt.txt",
  "eu-central-1",
  "123456789012",
  "contains",
  0,
  -0,
  1,
  0.5,
  2,
  10,
  90,
  100,
  101,
  -1,
  1.5,
  2048,
  NaN,
  Infinity,
  true,
  false,
  null,
  [],
  {},
  ["x"],
  [1],
  { variation: "v1" },
  { rollout: { weights: { v1: 100 } } },
  { name: "x" },
];
const KEYS = [
  "key",
  "name",
  "description",
  "variation",
  "extra",
  "__proto__",
  "constructor",
  "toString",
  "1",
  "v1",
  "dev",
];

type Mutation =
  | { kind: "delete"; at: number }
  | { kind: "set"; at: number; value: Json }
  | { kind: "add-key"; at: number; key: string; value: Json }
  | { kind: "wrap"; at: number }
  | { kind: "pad"; at: number }
  | { kind: "empty"; at: number };

const value = fc.constantFrom(...VALUES);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value }),
  fc.record({ kind: fc.constant("add-key" as const), at: fc.nat(), key: fc.constantFrom(...KEYS), value }),
  fc.record({ kind: fc.constant("wrap" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("pad" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("empty" as const), at: fc.nat() }),
);

function get(root: Json, at: Path): Json {
  return at.reduce<Json>((v, key) => (v as Record<string | number, Json>)[key], root);
}

/** The document with one mutation applied at one of its places (a copy; the root stays an object). */
function mutate(root: Json, m: Mutation): Json {
  const places = paths(root);
  const at = places[m.at % places.length]!;
  const parent = at.length > 0 ? (get(root, at.slice(0, -1)) as Record<string | number, Json>) : undefined;
  const last = at[at.length - 1]!;
  const target = get(root, at);
  const replace = (next: Json) => {
    if (parent) parent[last] = next;
  };
  switch (m.kind) {
    case "delete":
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else if (parent) delete parent[last];
      break;
    case "set":
      replace(structuredClone(m.value));
      break;
    case "add-key":
      // defineProperty, as js-yaml does, so that "__proto__" becomes an own key and not the prototype.
      if (typeof target === "object" && target !== null && !Array.isArray(target))
        Object.defineProperty(target, m.key, {
          value: structuredClone(m.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      break;
    case "wrap":
      replace([target]);
      break;
    case "pad":
      if (typeof target === "string") replace(` ${target} `);
      break;
    case "empty":
      replace(Array.isArray(target) ? [] : typeof target === "object" && target !== null ? {} : target);
      break;
  }
  return root;
}

describe("fastParse against zod, on every catalog schema", () => {
  const docs = documents();

  it("GIVEN the fixture catalogs and a generated one THEN it reads every file as zod does", () => {
    expect(docs.length).toBeGreaterThan(30);
    for (const { file, schema, data } of docs) {
      const zod = schema.safeParse(data);
      expect({ file, success: zod.success }).toEqual({ file, success: true });
      expect(sameParse(fastParse(schema, data)?.data, zod.data)).toBe(true);
    }
  });

  it("GIVEN those files edited at random THEN it accepts exactly what zod accepts, with zod's result", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        const { schema, data } = docs[which % docs.length]!;
        const input = mutations.reduce(mutate, structuredClone(data));
        const zod = schema.safeParse(input);
        const fast = fastParse(schema, input);
        if (zod.success) accepted++;
        else refused++;
        expect(fast !== undefined).toBe(zod.success);
        if (fast) expect(sameParse(fast.data, zod.data)).toBe(true);
      }),
      { numRuns: 4000 },
    );
    // A fast path that always gave up, or one never shown a valid file, would pass the property above.
    expect(accepted).toBeGreaterThan(400);
    expect(refused).toBeGreaterThan(400);
  });
});
