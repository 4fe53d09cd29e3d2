import fc from "fast-check";
import { parseWithMustache, simpleTemplateTags } from "../../src/prompts/template";

type Token = ReturnType<typeof parseWithMustache>[number];
/** What the analysis reads of a token: its type, name, start, and the tags nested in it; text is left out. */
type Tag = [type: string, name: string, start: number, children: Tag[]];

const tagsOf = (tokens: Token[]): Tag[] =>
  tokens.filter((t) => t[0] !== "text").map((t) => [t[0], t[1], t[2], tagsOf(t[4] ?? [])]);

/** Pieces that make templates mustache reads in every way it can: tags, sections, stray braces, whitespace, sigils. */
const PIECES = [
  "{{",
  "}}",
  "{",
  "}",
  "#",
  "^",
  "/",
  "!",
  "&",
  ">",
  "=",
  ".",
  " ",
  "\t",
  "\n",
  "a",
  "b",
  "ldctx.plan",
  "-",
  "_",
  "x y",
];
const tag = fc
  .tuple(
    fc.constantFrom("", "#", "^", "/", "{", "&", "!", ">"),
    fc.constantFrom("", " ", "\t"),
    fc.constantFrom("a", "b", "ldctx.plan", "c-d", "_e", "."),
  )
  .map(([sigil, space, name]) => `{{${sigil}${space}${name}${space}}}`);
const template = fc
  .array(fc.oneof(tag, fc.constantFrom(...PIECES), fc.constantFrom("Hello ", "{{#a}}", "{{/a}}")), { maxLength: 24 })
  .map((parts) => parts.join(""));

describe("the simple-tag reading of a template", () => {
  it("GIVEN any template THEN it finds exactly the tags mustache finds, or leaves the template to mustache", () => {
    fc.assert(
      fc.property(template, (content) => {
        const simple = simpleTemplateTags(content);
        if (simple === undefined) return;
        expect(tagsOf(simple)).toEqual(tagsOf(parseWithMustache(content)));
      }),
      { numRuns: 5000 },
    );
  });

  it("GIVEN the templates prompts mostly hold THEN it reads them itself", () => {
    const content =
      "Hi {{ customer_name }} of {{company}}.\n{{#topic}}About {{topic}}.{{/topic}} {{^vip}}Plan {{ldctx.plan}}{{/vip}}";
    expect(tagsOf(simpleTemplateTags(content)!)).toEqual(tagsOf(parseWithMustache(content)));
    expect(simpleTemplateTags(content)).toHaveLength(4);
  });

  it("GIVEN a tag mustache refuses or reads differently THEN it leaves the template to mustache", () => {
    for (const content of [
      "{{#a}}x",
      "{{#a}}{{/b}}",
      "{{/a}}",
      "Hi {{name",
      "{{{raw}}}",
      "{{! note }}",
      "{{> partial}}",
      "{{=<% %>=}}",
      "{{.}}",
    ])
      expect(simpleTemplateTags(content)).toBeUndefined();
  });
});
