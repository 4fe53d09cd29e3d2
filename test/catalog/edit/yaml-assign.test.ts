import { isMap, parseDocument } from "yaml";
import { assign, renderEdited } from "../../../src/catalog/edit/yaml-assign";

const FILE = `# Top comment
key: demo
tags: [a, b]

targeting:
  dev:
    # Why dev serves v1
    fallthrough: { variation: v1 }   # trailing note
    rules:
      - clauses:
          - segments: [beta]
        serve: { variation: v2 }
`;

function edit(text: string, env: string, value: unknown): string {
  const doc = parseDocument(text);
  const targeting = doc.get("targeting", true);
  if (!isMap(targeting)) throw new Error("no targeting");
  assign(doc, targeting, env, value);
  return renderEdited(text, doc);
}

describe("editing a catalog file through the yaml Document API", () => {
  it("GIVEN the same value WHEN assigned THEN not a byte changes, whatever the flow padding", () => {
    const value = {
      fallthrough: { variation: "v1" },
      rules: [{ clauses: [{ segments: ["beta"], contextKind: "user", negate: false }], serve: { variation: "v2" } }],
    };
    expect(edit(FILE, "dev", value)).toBe(FILE);
  });

  it("GIVEN a new fallthrough variation THEN only that line changes (its comment kept, one space before it), defaults not spelled out", () => {
    const value = {
      fallthrough: { variation: "v3" },
      rules: [{ clauses: [{ segments: ["beta"], contextKind: "user", negate: false }], serve: { variation: "v2" } }],
    };
    expect(edit(FILE, "dev", value)).toBe(FILE.replace("{ variation: v1 }   #", "{ variation: v3 } #"));
  });

  it("GIVEN a rollout where a variation was served THEN the inline value becomes an inline rollout, the rest untouched", () => {
    const value = {
      fallthrough: { rollout: { contextKind: "user", bucketBy: "key", weights: { v1: 50, v2: 50 } } },
      rules: [{ clauses: [{ segments: ["beta"] }], serve: { variation: "v2" } }],
    };
    const text = edit(FILE, "dev", value);
    expect(text).toContain("    fallthrough: { rollout: { bucketBy: key, weights: { v1: 50, v2: 50 } } }");
    expect(text).toContain("tags: [a, b]\n");
    expect(text).toContain("    # Why dev serves v1\n");
    expect(parseDocument(text).toJS().targeting.dev.fallthrough.rollout.weights).toEqual({ v1: 50, v2: 50 });
  });

  it("GIVEN an environment the file does not target yet THEN it is added and the file stays valid YAML", () => {
    const text = edit(FILE, "staging", { fallthrough: { variation: "v2" } });
    expect(text.startsWith(FILE.trimEnd())).toBe(true);
    expect(parseDocument(text).toJS().targeting.staging).toEqual({ fallthrough: { variation: "v2" } });
  });
});
