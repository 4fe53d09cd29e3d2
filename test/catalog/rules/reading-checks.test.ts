import { READING_RULES, type RuleId } from "../../../src/catalog/rules";
import { file, problem, problemsWith, type CatalogChange } from "../../helpers/catalog-builder";

/**
 * The checks made while each file is read, on the minimal catalog: for each, a change that breaks it and the
 * problem it gives. (Every other test of the minimal catalog is their compliant case: it reports nothing.)
 */
const PROMPT = "prompts/assistant/v1.md";
const TOOLS = "configs/tools.yaml";

const CASES: Record<
  (typeof READING_RULES)[number]["id"],
  Array<[string, CatalogChange[], ReturnType<typeof problem>[]]>
> = {
  "file-unreadable": [
    [
      "a required file missing",
      [file("configs/access.yaml", null)],
      [problem("file-unreadable", "configs/access.yaml", "is missing: every catalog needs it")],
    ],
  ],
  "unknown-file": [
    [
      "a misspelt file in configs/",
      [file("configs/tool.yaml", "tools: []\n")],
      [problem("unknown-file", "configs/tool.yaml", "is not a catalog file and is ignored", "warning")],
    ],
  ],
  "yaml-syntax": [
    [
      "an unclosed flow mapping",
      [file(TOOLS, "tools: [\n")],
      [problem("yaml-syntax", TOOLS, "YAML syntax: flow sequence in block collection must be sufficiently indented")],
    ],
  ],
  "yaml-aliases": [
    [
      "an alias bomb",
      [
        file(
          TOOLS,
          [
            "a: &a [x, x, x, x, x, x, x, x, x, x]",
            ..."bcdefghi".split("").map((k, i) => `${k}: &${k} [${Array(10).fill(`*${"abcdefghi"[i]}`).join(", ")}]`),
            "tools: []",
            "",
          ].join("\n"),
        ),
      ],
      [problem("yaml-aliases", TOOLS, "(an alias bomb?)")],
    ],
  ],
  "duplicate-yaml-key": [
    [
      "a key written twice",
      [file(TOOLS, "tools: []\ntools: []\n")],
      [problem("duplicate-yaml-key", TOOLS, 'duplicate key "tools" in the same mapping')],
    ],
  ],
  schema: [
    ["an unknown field", [file(TOOLS, "tools: []\ntols: []\n")], [problem("schema", TOOLS, 'unknown field "tols"')]],
  ],
  "prompt-front-matter": [
    [
      "front matter never closed",
      [file(PROMPT, "---\ndescription: x\n\n{{question}}\n")],
      [problem("prompt-front-matter", PROMPT, "front matter opened with '---' is never closed")],
    ],
  ],
  "prompt-empty-message": [
    ["an empty prompt", [file(PROMPT, "\n")], [problem("prompt-empty-message", PROMPT, "the prompt is empty")]],
  ],
  "prompt-template-syntax": [
    [
      "a section never closed",
      [file(PROMPT, "{{#question}}\n{{question}}\n")],
      [problem("prompt-template-syntax", PROMPT, 'section "question" is never closed: add {{/question}}')],
    ],
  ],
  "prompt-variable-name": [
    [
      "a dotted variable",
      [file(PROMPT, "{{question}} {{user.name}}\n")],
      [problem("prompt-variable-name", PROMPT, 'variable "user.name" contains a dot')],
    ],
  ],
};

describe("the checks made while reading files, on the minimal catalog", () => {
  it("has a failing case for every reading check of the registry", () => {
    expect(Object.keys(CASES).sort()).toEqual(READING_RULES.map((r) => r.id).sort());
  });

  describe.each(Object.entries(CASES))("%s", (rule, cases) => {
    it.each(cases)(`GIVEN %s THEN ${rule} reports it`, (_, changes, expected) => {
      const found = problemsWith(...changes);
      expect(found.filter((p) => p.rule === (rule as RuleId))).toEqual(expected);
    });
  });
});
