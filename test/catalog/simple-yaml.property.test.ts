import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { readSimpleYaml } from "../../src/catalog/simple-yaml";
import { sameParse } from "../helpers/same-parse";

/** js-yaml's reading, as YamlFile asks for it; `threw` when js-yaml refuses the text. */
function jsYaml(text: string): { data: unknown } | "threw" {
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return "threw";
  }
}

// Ordinary scalars and keys, and (less often) ones YAML reads in more than one way or that end a plain scalar.
const PLAIN_SCALARS = [
  "v1",
  "Generated config 7",
  "nova-lite",
  "a, b",
  "$ld:ai:judge:answer-quality",
  "/path/x",
  "_x",
  "x.y",
  "a  b",
  "nulL",
  "tRUE",
  "yes",
  "No",
  "on",
  "y",
  "0",
  "7",
  "-12",
  "+3",
  "0.1",
  "1.50",
  "-0.5",
  "123456789012345",
];
const TRICKY_SCALARS = [
  "null",
  "Null",
  "NULL",
  "true",
  "True",
  "TRUE",
  "false",
  "FALSE",
  "-0",
  "-0.0",
  "+0.5",
  "01",
  "007",
  "1.",
  ".5",
  "1e3",
  "1E-2",
  "0x1F",
  "0o17",
  "1_000",
  ".inf",
  "-.inf",
  ".nan",
  "123456789012345678",
  "2024-01-01",
  "1.0.0",
  "10%",
  "a: b",
  "a:",
  "a:b",
  "a #b",
  "#c",
  "a#b",
  "'q'",
  '"q"',
  "&a",
  "*a",
  "!t",
  "|",
  ">",
  "%x",
  "@x",
  "`x",
  "? x",
  "~",
  "- x",
  "-x",
  "[x",
  "x]",
  "{x",
  "x}",
  "Grüße",
  "tab\there",
  "",
];
const PLAIN_KEYS = ["key", "name", "v1", "dev", "generated-00001", "a.b", "_x", "temperature", "x", "constructor"];
const TRICKY_KEYS = [
  "toString",
  "__proto__",
  "null",
  "True",
  "false",
  "1",
  "0x1",
  "-a",
  "a b",
  "a:b",
  "$k",
  "~",
  "<<",
  "?x",
];
const mostlyPlain = (plain: string[], tricky: string[]) =>
  fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...plain) }, { weight: 1, arbitrary: fc.constantFrom(...tricky) });
const scalar = mostlyPlain(PLAIN_SCALARS, TRICKY_SCALARS);
const key = mostlyPlain(PLAIN_KEYS, TRICKY_KEYS);

type Tree = string | Tree[] | { [key: string]: Tree };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((self) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(self("node"), { maxLength: 4 }),
    fc.dictionary(key, self("node"), { maxKeys: 4 }),
  ),
})).node;
const top = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 });

/** How a document is written: indentation, spaces after indicators, lists under their key, flow or block. */
const style = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  afterDash: fc.constantFrom(" ", "  "),
  afterColon: fc.constantFrom(" ", "  "),
  listAtKeyIndent: fc.boolean(),
  flowDepth: fc.integer({ min: 0, max: 3 }),
  trailing: fc.constantFrom("", " "),
  blankLines: fc.boolean(),
});
type Style = typeof style extends fc.Arbitrary<infer S> ? S : never;

function flow(node: Tree): string {
  if (typeof node === "string") return node;
  if (Array.isArray(node)) return `[${node.map(flow).join(", ")}]`;
  const entries = Object.entries(node);
  return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${k}: ${flow(v)}`).join(", ")} }`;
}

function isFlowable(node: Tree, depth: number, s: Style): boolean {
  return (
    typeof node === "string" ||
    depth >= s.flowDepth ||
    (Array.isArray(node) ? node.length === 0 : Object.keys(node).length === 0)
  );
}

function block(node: Tree, depth: number, pad: string, s: Style): string[] {
  const lines: string[] = [];
  const step = " ".repeat(s.indent);
  if (Array.isArray(node)) {
    for (const item of node) {
      if (isFlowable(item, depth + 1, s)) lines.push(`${pad}-${s.afterDash}${flow(item)}${s.trailing}`);
      else {
        const inner = block(item, depth + 1, pad + " ".repeat(1 + s.afterDash.length), s);
        lines.push(`${pad}-${s.afterDash}${inner[0]!.trimStart()}`, ...inner.slice(1));
      }
      if (s.blankLines) lines.push("");
    }
    return lines;
  }
  for (const [key, value] of Object.entries(node as Record<string, Tree>)) {
    if (isFlowable(value, depth + 1, s)) lines.push(`${pad}${key}:${s.afterColon}${flow(value)}${s.trailing}`);
    else {
      lines.push(`${pad}${key}:`);
      lines.push(...block(value, depth + 1, Array.isArray(value) && s.listAtKeyIndent ? pad : pad + step, s));
    }
  }
  return lines;
}

/** Small edits that make many documents invalid, or valid in another way: the reader must never differ. */
const edit = fc.oneof(
  fc.constant((t: string) => t),
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1)) + t.slice((n % (t.length + 1)) + 1)),
  fc.tuple(fc.nat(), fc.constantFrom(" ", "\n", ":", "-", ",", "[", "]", "{", "}", "x", "#", "  ")).map(
    ([n, c]) =>
      (t: string) =>
        t.slice(0, n % (t.length + 1)) + c + t.slice(n % (t.length + 1)),
  ),
  fc.nat().map((n) => (t: string) => {
    const lines = t.split("\n");
    const i = n % lines.length;
    return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join("\n");
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -2, max: 2 })).map(([n, d]) => (t: string) => {
    const lines = t.split("\n");
    const i = n % lines.length;
    lines[i] = d >= 0 ? " ".repeat(d) + lines[i] : lines[i]!.slice(-d);
    return lines.join("\n");
  }),
);

const documents = fc
  .tuple(top, style, edit)
  .map(([data, s, change]) => change(block(data, 0, "", s).join("\n") + "\n"));

describe("the subset reader of YAML", () => {
  it("GIVEN any document, edited or not THEN it reads what js-yaml reads, or leaves the text to js-yaml", () => {
    let read = 0;
    fc.assert(
      fc.property(documents, (text) => {
        const simple = readSimpleYaml(text);
        if (simple === undefined) return;
        read++;
        const full = jsYaml(text);
        expect(full).not.toBe("threw");
        expect(sameParse(simple.data, (full as { data: unknown }).data)).toBe(true);
      }),
      { numRuns: 20000 },
    );
    // The documents above are mostly inside the subset: a reader that gave up on everything would pass the rest.
    expect(read).toBeGreaterThan(2000);
  });

  it("GIVEN the shape AI Config files are written in THEN it reads them itself", () => {
    const text = [
      "key: support-assistant",
      "name: Support assistant",
      "tags: [support, customer-facing]",
      "evaluationMetricKey: $ld:ai:judge:answer-quality",
      "variations:",
      "  - key: v1",
      "    model: nova-lite",
      "    parameters: { temperature: 0.1, maxTokens: 512 }",
      "targeting:",
      "  production:",
      "    enabled: false",
      "    rules:",
      "    - clauses:",
      "        - { attribute: country, op: in, values: [DE, FR] }",
      "      serve: { variation: v1 }",
      "    fallthrough:",
      "      rollout:",
      "        weights: { v1: 90, v2: 10.5 }",
      "    offVariation:",
      "",
    ].join("\n");
    const simple = readSimpleYaml(text);
    expect(simple).toBeDefined();
    expect(sameParse(simple!.data, load(text, { schema: CORE_SCHEMA }))).toBe(true);
  });

  it.each([
    ["a comment", "key: x # the key\n"],
    ["a quoted value", 'key: "x"\n'],
    ["a duplicate key", "key: x\nkey: y\n"],
    ["a value over two lines", "key: some\n  text\n"],
    ["uneven indentation", "a:\n    b: 1\n  c: 2\n"],
    ["a key YAML reads as a boolean", "True: x\n"],
    ["a number YAML could read another way", "n: 1e3\n"],
    ["a tab", "a:\n\tb: 1\n"],
    ["an anchor and alias", "a: &x 1\nb: *x\n"],
    ["a document that is a list", "- a\n- b\n"],
    ["a flow list over two lines", "a: [x,\n  y]\n"],
    ["the prototype key", "__proto__: x\n"],
    ["text that is not ASCII", "name: Grüße\n"],
    ["mappings nested 40 deep", Array.from({ length: 40 }, (_, i) => `${" ".repeat(i)}k:`).join("\n") + " 1\n"],
    ["flow lists nested 40 deep", `a: ${"[".repeat(40)}${"]".repeat(40)}\n`],
  ])("GIVEN %s THEN it leaves the text to js-yaml", (_what, text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });
});
