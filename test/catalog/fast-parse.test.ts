import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { fastParse } from "../../src/catalog/fast-parse";
import { sameParse } from "../helpers/same-parse";

/** Each row: a minimal schema, inputs it accepts and inputs it refuses. */
const CASES: { name: string; schema: z.ZodType; accepted: unknown[]; refused: unknown[] }[] = [
  { name: "string", schema: z.string(), accepted: ["", "x"], refused: [1, null, undefined, ["x"]] },
  { name: "number", schema: z.number(), accepted: [0, -0, 1.5], refused: [NaN, Infinity, "1", null] },
  { name: "boolean", schema: z.boolean(), accepted: [true, false], refused: ["true", 0] },
  { name: "enum", schema: z.enum(["a", "b"]), accepted: ["a", "b"], refused: ["c", "A", undefined] },
  { name: "regex check", schema: z.string().regex(/^[a-z]+$/), accepted: ["abc"], refused: ["ABC", ""] },
  { name: "trim then length", schema: z.string().trim().min(1), accepted: [" x ", "x"], refused: ["   ", ""] },
  { name: "number range", schema: z.number().min(0).max(1), accepted: [0, 1, 0.5], refused: [-1, 2] },
  { name: "array", schema: z.array(z.string()).min(1), accepted: [["a"], ["a", "b"]], refused: [[], [1], "a"] },
  { name: "optional", schema: z.string().optional(), accepted: [undefined, "x"], refused: [null, 1] },
  { name: "default", schema: z.array(z.string()).default([]), accepted: [undefined, ["x"]], refused: [null, [1]] },
  {
    name: "default of what parses to undefined",
    schema: z
      .string()
      .transform((): string | undefined => undefined)
      .default("d"),
    accepted: [undefined, "x"],
    refused: [1],
  },
  {
    name: "union in order",
    schema: z.union([z.string(), z.number(), z.boolean()]),
    accepted: ["1", 1, true],
    refused: [null, {}],
  },
  {
    name: "union whose first option transforms",
    schema: z.union([z.string().trim(), z.string()]),
    accepted: [" x "],
    refused: [1],
  },
  {
    name: "strict object",
    schema: z.strictObject({ a: z.string(), b: z.number().optional(), c: z.boolean().default(true) }),
    accepted: [{ a: "x" }, { b: 1, a: "x", c: false }, { a: "x", b: undefined }],
    refused: [{}, { a: "x", d: 1 }, { a: 1 }, [], null, JSON.parse('{ "a": "x", "__proto__": 1 }')],
  },
  {
    name: "required key whose schema takes undefined",
    schema: z.strictObject({ a: z.unknown() }),
    accepted: [{ a: 1 }, { a: undefined }],
    refused: [{}],
  },
  {
    name: "stripping object",
    schema: z.object({ a: z.string() }),
    accepted: [{ a: "x", other: 1 }],
    refused: [{ other: 1 }],
  },
  {
    name: "object refinement",
    schema: z.strictObject({ a: z.number(), b: z.number() }).superRefine((v, ctx) => {
      if (v.a > v.b) ctx.addIssue({ code: "custom", message: "a above b" });
    }),
    accepted: [{ a: 1, b: 2 }],
    refused: [{ a: 2, b: 1 }],
  },
  {
    name: "record with checked keys",
    schema: z.record(z.string().regex(/^[a-z]+$/), z.number()),
    accepted: [{}, { a: 1, b: 2 }, Object.assign(Object.create(null) as object, { a: 1 })],
    refused: [{ A: 1 }, { a: "1" }, [], { "1": 1 }],
  },
  {
    name: "record whose key check turns a key into __proto__",
    schema: z.record(z.string().trim(), z.object({ n: z.number() })),
    accepted: [{ " __proto__": { n: 1 }, a: { n: 2 } }],
    refused: [{ " __proto__": { n: 1 }, a: { n: "2" } }],
  },
  {
    name: "kinds it leaves to zod",
    schema: z.strictObject({
      url: z.url().optional(),
      count: z.int().positive().optional(),
      at: z.iso.date().optional(),
    }),
    accepted: [{ url: "https://x.example" }, { count: 3 }, { at: "2026-12-03" }],
    refused: [{ url: "nope" }, { count: 1.5 }, { count: 0 }, { at: "03.12.2026" }],
  },
  {
    name: "a transform and a pipe",
    schema: z.strictObject({ n: z.string().transform((s) => s.length), p: z.string().pipe(z.email()).optional() }),
    accepted: [{ n: "abc" }, { n: "", p: "a@b.example" }],
    refused: [{ n: 1 }, { n: "", p: "x" }],
  },
  {
    name: "an optional default (left to zod)",
    schema: z.strictObject({ a: z.string().default("d").optional() }),
    accepted: [{}, { a: "x" }],
    refused: [{ a: 1 }],
  },
];

describe("fastParse: zod's result for what zod accepts, nothing for what it refuses", () => {
  describe.each(CASES)("$name", ({ schema, accepted, refused }) => {
    it.each(accepted.map((input) => [input]))("GIVEN %p THEN it returns what zod returns", (input) => {
      const zod = schema.safeParse(input);
      expect(zod.success).toBe(true);
      const fast = fastParse(schema, input);
      expect(fast).toBeDefined();
      expect(sameParse(fast!.data, zod.data)).toBe(true);
    });

    it.each(refused.map((input) => [input]))("GIVEN %p THEN it leaves the answer to zod", (input) => {
      expect(schema.safeParse(input).success).toBe(false);
      expect(fastParse(schema, input)).toBeUndefined();
    });
  });

  it("GIVEN a default THEN every parse gets its own copy, as from zod", () => {
    const schema = z.strictObject({ tags: z.array(z.string()).default(["x"]) });
    const first = fastParse(schema, {})!.data;
    const second = fastParse(schema, {})!.data;
    expect(first.tags).toEqual(["x"]);
    expect(first.tags).not.toBe(second.tags);
  });

  it("GIVEN the input THEN it is never changed, and objects and lists come back as new ones", () => {
    const schema = z.strictObject({ name: z.string().trim(), items: z.array(z.strictObject({ k: z.string() })) });
    const input = { name: " x ", items: [{ k: "a" }] };
    const copy = structuredClone(input);
    const out = fastParse(schema, input)!.data;
    expect(input).toEqual(copy);
    expect(out).toEqual({ name: "x", items: [{ k: "a" }] });
    expect(out.items).not.toBe(input.items);
    expect(out.items[0]).not.toBe(input.items[0]);
  });

  it("GIVEN a schema that refers to itself THEN zod alone answers (its memoizer keeps shared inputs shared)", () => {
    interface Node {
      name: string;
      children: Node[];
    }
    const node: z.ZodType<Node> = z.strictObject({
      name: z.string(),
      get children() {
        return z.array(node);
      },
    });
    const leaf = { name: "leaf", children: [] };
    const input = { name: "root", children: [leaf, leaf] };
    expect(fastParse(node, input)).toBeUndefined();
    expect(fastParse(z.strictObject({ tree: z.lazy(() => node) }), { tree: input })).toBeUndefined();
    expect(node.safeParse(input).success).toBe(true);
  });

  it("GIVEN a refinement that throws THEN it leaves the answer to zod, which throws the same", () => {
    const schema = z.string().refine(() => {
      throw new Error("boom");
    });
    expect(fastParse(schema, "x")).toBeUndefined();
    expect(() => schema.safeParse("x")).toThrow("boom");
  });

  it("GIVEN key order and undefined values THEN they are zod's too", () => {
    const schema = z.strictObject({ b: z.string().optional(), a: z.string() });
    const out = fastParse(schema, { a: "1", b: undefined })!.data;
    expect(Object.keys(out)).toEqual(["b", "a"]);
    expect(isDeepStrictEqual(out, schema.parse({ a: "1", b: undefined }))).toBe(true);
  });
});
