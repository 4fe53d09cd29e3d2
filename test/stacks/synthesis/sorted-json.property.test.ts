import fc from "fast-check";
import { sortedJson } from "../../../stacks/synthesis/sorted-json";

/** The writer cdktf's synthesizer uses for every stack: what sortedJson must write, byte for byte. */
const jsonStableStringify = require(
  require.resolve("json-stable-stringify", { paths: [require.resolve("cdktf")] }),
) as (value: unknown, options: { space: number }) => string;
const cdktfWrites = (value: unknown) => jsonStableStringify(value, { space: 2 });

/** Keys and strings that trip a writer up: braces, quotes, escapes, line breaks, array indexes, non-ASCII. */
const KEYS = [
  "a",
  "b",
  "B",
  "_",
  "//",
  "a b",
  '"',
  "\\",
  "{}",
  "[]",
  '": {}',
  "\n",
  "é",
  "0",
  "7",
  "10",
  "-1",
  "01",
  "1e3",
];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 }));
const text = fc.oneof(fc.constantFrom("", "{}", "[]", '"{}"', "x {}", "a\nb", '": {}', "${var.x}"), fc.string());

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    text,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 5 }),
    fc.date({ noInvalidDate: true }),
  ),
}));

describe("sortedJson", () => {
  it("GIVEN any value a stack could hold THEN it writes exactly what cdktf's json-stable-stringify writes", () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (stack) => {
        expect(sortedJson(stack)).toBe(cdktfWrites(stack));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["an empty stack", {}],
    ["empty objects and lists at every depth", { a: {}, b: [], c: { d: [[], {}], e: { f: {} } } }],
    ["an object whose only value is undefined", { a: { b: undefined }, c: [undefined] }],
    ["keys that are array indexes", { b: 1, "10": 2, "9": 3, a: { "0": [], x: {} } }],
    ["strings that look like empty objects", { a: "{}", "{}": "[]", b: ['"x": {}', "{}"] }],
    // JSON.stringify writes U+2028 and U+2029 as they are; they end no line of the file.
    ["line separators around braces in a string", { a: "\u2028{}\u2029", b: { c: "\u2028[],\u2028" }, d: {} }],
  ])("GIVEN %s THEN it writes cdktf's text", (_name, stack) => {
    expect(sortedJson(stack)).toBe(cdktfWrites(stack));
  });
});
