import * as fs from "node:fs";
import * as path from "node:path";
import { RULES, VALIDATION_RULES } from "../../src/catalog/rules";
import { REPO_ROOT } from "../helpers/catalog-fixture";

describe("docs/validation.md", () => {
  const doc = fs.readFileSync(path.join(REPO_ROOT, "docs/validation.md"), "utf8");
  const headings = [...doc.matchAll(/^### ([a-z-]+)/gm)].map((m) => m[1]);

  it("documents every rule of the registry, and no other", () => {
    expect([...headings].sort()).toEqual(VALIDATION_RULES.map((r) => r.id).sort());
  });
});

describe("the rule registry", () => {
  const rulesDir = path.join(REPO_ROOT, "src/catalog/rules");

  it("has one file per cross-file rule, named after its id, and no other rule file", () => {
    const files = fs
      .readdirSync(rulesDir)
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .map((f) => f.replace(/\.ts$/, ""));
    expect(files.sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("never gives two checks the same id", () => {
    const ids = VALIDATION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
