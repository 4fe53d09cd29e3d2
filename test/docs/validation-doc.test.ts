import * as fs from "node:fs";
import * as path from "node:path";
import { READING_RULES, RULES, RUNNING_EXPERIMENT_RULE } from "../../src/catalog/rules";
import { REPO_ROOT } from "../helpers/catalog-fixture";

describe("docs/validation.md", () => {
  const doc = fs.readFileSync(path.join(REPO_ROOT, "docs/validation.md"), "utf8");
  const headings = [...doc.matchAll(/^### ([a-z-]+)/gm)].map((m) => m[1]);

  it("documents every rule the validator has, and no other", () => {
    expect([...headings].sort()).toEqual([...READING_RULES, ...RULES, RUNNING_EXPERIMENT_RULE].map((r) => r.id).sort());
  });
});
