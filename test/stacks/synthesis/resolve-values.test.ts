import {
  App,
  DefaultTokenResolver,
  Fn,
  Lazy,
  StringConcat,
  TerraformStack,
  TerraformVariable,
  Token,
  Tokenization,
} from "cdktf";
import fc from "fast-check";
import { isTokenFree, resolveValues } from "../../../stacks/synthesis/resolve-values";
import { sortedJson, type CanonicalObjects } from "../../../stacks/synthesis/sorted-json";

/** The writer cdktf's synthesizer uses for every stack. */
const jsonStableStringify = require(
  require.resolve("json-stable-stringify", { paths: [require.resolve("cdktf")] }),
) as (value: unknown, options: { space: number }) => string;

/** What cdktf's own resolver makes of a value: the behaviour resolveValues must keep. */
function byCdktf(stack: TerraformStack, value: unknown): unknown {
  return Tokenization.resolve(value, {
    scope: stack,
    resolver: new DefaultTokenResolver(new StringConcat()),
    preparing: false,
  });
}

describe("resolveValues", () => {
  const stack = new TerraformStack(new App({ stackTraces: false }), "values");
  const region = new TerraformVariable(stack, "region", { type: "string" });
  const sizes = new TerraformVariable(stack, "sizes", { type: "list(number)" });
  const tags = new TerraformVariable(stack, "tags", { type: "map(string)" });
  const count = new TerraformVariable(stack, "count", { type: "number" });

  const cases: Array<[string, unknown]> = [
    [
      "a plain nested value, undefined dropped from objects and lists",
      { a: "x", b: undefined, c: [1, undefined, { d: true, e: null }], f: {} },
    ],
    [
      "a prompt with Terraform-looking text but no token",
      { content: "Hello ${name}, %{if x}y%{endif} and {{ mustache }} at 1e5 or 2.5e-3" },
    ],
    ["a string token", { region: region.stringValue }],
    ["a token inside a longer string", { arn: `arn:aws:s3:::bucket-${region.stringValue}/*` }],
    ["a number token, alone and written into a string", { n: count.numberValue, text: `${count.numberValue} items` }],
    ["a list token", { sizes: sizes.listValue, first: Fn.element(sizes.listValue, 0) }],
    ["a list of number tokens", { sizes: Token.asNumberList(sizes.value) }],
    ["a map token, and a map key that is a token", { tags: tags.value, keyed: { [region.stringValue]: "v" } }],
    [
      "a lazy value that itself holds a token",
      { lazy: Lazy.anyValue({ produce: () => ({ r: region.stringValue, dropped: undefined }) }) },
    ],
    ["a function call", { upper: Fn.upper(region.stringValue), joined: Fn.join(",", ["a", region.stringValue]) }],
    ["dates and numbers", { when: new Date(0), pi: 3.14, big: 1e21 }],
  ];

  it.each(cases)("GIVEN %s THEN it resolves exactly as cdktf does", (_name, value) => {
    expect(resolveValues(stack, value)).toStrictEqual(byCdktf(stack, value));
  });

  it.each(cases)(
    "GIVEN %s and a record of canonical objects THEN it resolves as cdktf does, and the stack's text is cdktf's",
    (_name, value) => {
      const canonical: CanonicalObjects = new WeakMap();
      const resolved = resolveValues(stack, value, canonical);
      expect(resolved).toStrictEqual(byCdktf(stack, value));
      expect(sortedJson(resolved, canonical)).toBe(jsonStableStringify(byCdktf(stack, value), { space: 2 }));
    },
  );

  it("GIVEN any value with tokens, dates, array-index keys and empties THEN the text written with the record is cdktf's", () => {
    const key = fc.constantFrom("a", "b", "B", "_", "//", "0", "7", "10", "-1", "x y", "{}");
    const leaf = fc.oneof(
      fc.constantFrom("", "{}", "[]", "1e5", "plain text", "${var.x}", region.stringValue, `${region.stringValue}-a`),
      fc.constantFrom(count.numberValue, 0, -1.5, 1e21, true, false, null, undefined),
      fc.date({ noInvalidDate: true }),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(key, tie("value"), { maxKeys: 5 }),
      ),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (stackJson) => {
        const canonical: CanonicalObjects = new WeakMap();
        const text = sortedJson(resolveValues(stack, stackJson, canonical), canonical);
        expect(text).toBe(jsonStableStringify(byCdktf(stack, stackJson), { space: 2 }));
      }),
      { numRuns: 1500 },
    );
  });

  it("GIVEN a record of canonical objects THEN keys come back sorted and a value already in order is not copied", () => {
    const inOrder = { content: "plain", role: "system" };
    const resolved = resolveValues(stack, { z: 1, a: { m: [inOrder], b: 2 } }, new WeakMap()) as Record<string, any>;
    expect(Object.keys(resolved)).toEqual(["a", "z"]);
    expect(Object.keys(resolved.a)).toEqual(["b", "m"]);
    expect(resolved.a.m[0]).toBe(inOrder);
  });

  it("GIVEN an object whose class writes its own JSON THEN the record changes nothing in the text", () => {
    class Stamp {
      b = 2;
      a = 1;
      toJSON() {
        return { z: 1, y: [] };
      }
    }
    const value = { stamp: new Stamp(), inner: { stamp: new Stamp() } };
    const canonical: CanonicalObjects = new WeakMap();
    expect(sortedJson(resolveValues(stack, value, canonical), canonical)).toBe(sortedJson(resolveValues(stack, value)));
  });

  it("GIVEN a token-free value THEN it returns that value itself and says it is token-free", () => {
    const value = { messages: [{ role: "system", content: "You are ${helpful}." }] };
    expect(resolveValues(stack, value)).toBe(value);
    expect(isTokenFree(value)).toBe(true);
  });

  it("GIVEN any token, however deep, or in a key THEN it is not token-free", () => {
    expect(isTokenFree({ a: [{ b: region.stringValue }] })).toBe(false);
    expect(isTokenFree({ a: [count.numberValue] })).toBe(false);
    expect(isTokenFree({ a: Lazy.stringValue({ produce: () => "x" }) })).toBe(false);
    expect(isTokenFree({ a: { [region.stringValue]: "x" } })).toBe(false);
  });

  it("GIVEN a token deep inside THEN only the objects and lists around it are copied; the input is left as it was", () => {
    const unchanged = { role: "system", content: "plain" };
    const token = region.stringValue;
    const value = { messages: [unchanged, { role: "user", content: token }], dropped: undefined };
    const resolved = resolveValues(stack, value) as { messages: unknown[] };
    expect(resolved).toStrictEqual({ messages: [unchanged, { role: "user", content: "${var.region}" }] });
    expect(resolved.messages[0]).toBe(unchanged);
    expect(value.messages[1]!.content).toBe(token);
    expect("dropped" in value).toBe(true);
  });

  it("GIVEN a reference written into many values THEN every one resolves as cdktf resolves it", () => {
    const arn = `arn:aws:s3:::bucket-${region.stringValue}`;
    const value = { a: arn, b: [arn, { c: arn }], d: region.stringValue };
    expect(resolveValues(stack, value)).toStrictEqual(byCdktf(stack, value));
    expect(resolveValues(stack, value)).toStrictEqual(byCdktf(stack, value));
  });

  it("GIVEN a lazy value that changes each time it is asked THEN each resolution asks it again, as cdktf does", () => {
    let asked = 0;
    const lazy = Lazy.stringValue({ produce: () => `answer-${++asked}` });
    const text = `${region.stringValue}/${lazy}`;
    expect(resolveValues(stack, { text })).toStrictEqual({ text: "${var.region}/answer-1" });
    expect(resolveValues(stack, { text })).toStrictEqual({ text: "${var.region}/answer-2" });
  });

  it("GIVEN a construct where a value belongs THEN it refuses it with cdktf's error", () => {
    expect(() => resolveValues(stack, { oops: region })).toThrow(/construct/i);
  });

  it("GIVEN a number that looks like an encoded list token but is none THEN it is kept alone, and refused in a list as cdktf refuses it", () => {
    const lookalike = -1.8881545897087626e289;
    expect(resolveValues(stack, { n: lookalike, s: `${lookalike}` })).toStrictEqual(
      byCdktf(stack, { n: lookalike, s: `${lookalike}` }),
    );
    expect(() => byCdktf(stack, { l: [lookalike] })).toThrow(/unknown number Token/);
    expect(() => resolveValues(stack, { l: [lookalike] })).toThrow(/unknown number Token/);
  });
});
