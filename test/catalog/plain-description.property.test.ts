import fc from "fast-check";
import { plainDescription } from "../../src/catalog/parse-files";
import { promptFrontMatterSchema } from "../../src/catalog/schema";
import { validateYaml } from "../../src/catalog/schema-problems";
import { YamlFile } from "../../src/catalog/yaml-file";

/** What the full reading (js-yaml, then the schema) makes of a prompt's front matter, when it finds no problem. */
function fullReading(text: string): unknown {
  const yaml = new YamlFile("prompts/p.md", text);
  if (yaml.problems.length > 0) return undefined;
  const result = validateYaml(yaml, promptFrontMatterSchema);
  return result.problems.length > 0 ? undefined : result.data;
}

const CHARACTERS = [..."aZ09 .,;:()/?!+=-_#'\"\\&*|>%@`[]{}\t~"];
const value = fc.oneof(
  fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 12 }).map((c) => c.join("")),
  fc.constantFrom("null", "True", "FALSE", "yes", "Variation 2 of generated-00001.", "1e3", ".inf", "a: b", "a #b"),
);
const frontMatter = fc.oneof(
  value.map((v) => `description: ${v}`),
  fc
    .tuple(fc.constantFrom("description:", "description :", "Description:", "description:  ", "tags:"), value)
    .map(([k, v]) => k + v),
);

describe("the plain reading of a prompt's front matter", () => {
  it("GIVEN any one-line front matter THEN it reads what js-yaml and the schema read, or leaves it to them", () => {
    fc.assert(
      fc.property(frontMatter, (text) => {
        const plain = plainDescription(text);
        if (plain !== undefined) expect(plain).toEqual(fullReading(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("GIVEN the description prompts mostly have THEN it reads it itself", () => {
    const text = "description: The first production prompt; warm and short.";
    expect(plainDescription(text)).toEqual({ description: "The first production prompt; warm and short." });
    expect(plainDescription(text)).toEqual(fullReading(text));
  });

  it("GIVEN a value YAML reads as another type, or more than one line THEN it leaves it to the full reading", () => {
    for (const text of [
      "description: true",
      "description: 42",
      "description: a: b",
      "description: x #c",
      "description: x\ntags: [a]",
      "description: 'q'",
    ])
      expect(plainDescription(text)).toBeUndefined();
  });
});
