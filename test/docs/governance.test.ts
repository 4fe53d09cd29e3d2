import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../helpers/catalog-fixture";

const doc = fs.readFileSync(path.join(REPO_ROOT, "docs/governance.md"), "utf8");
const section = doc.slice(doc.indexOf("## Guarantees"), doc.indexOf("## What these do not cover"));
/** The numbered guarantees, each as one line of text. */
const guarantees = section
  .split(/\n(?=\d+\. \*\*)/)
  .slice(1)
  .map((item) => item.replace(/\s+/g, " ").trim());

/** The tests a guarantee names: `file` › "title" › "title", titles belonging to the file named before them. */
function heldBy(item: string): Array<{ file: string; title: string }> {
  const refs: Array<{ file: string; title: string }> = [];
  let file = "";
  for (const [, named, title] of item.slice(item.indexOf("Held by:")).matchAll(/`(test\/[^`]+)`|› "([^"]+)"/g)) {
    if (named) file = named;
    else refs.push({ file, title: title! });
  }
  return refs;
}

describe("docs/governance.md", () => {
  it("lists the guarantees a security reviewer checks, each held by at least one named test", () => {
    expect(guarantees.length).toBeGreaterThanOrEqual(14);
    for (const item of guarantees)
      expect([item.slice(0, 60), heldBy(item).length > 0]).toEqual([item.slice(0, 60), true]);
  });

  it.each(guarantees.flatMap(heldBy).map((r) => [r.file, r.title]))(
    "names a test that exists: %s › %s",
    (file, title) => {
      const text = fs.readFileSync(path.join(REPO_ROOT, file), "utf8").replace(/\s+/g, " ");
      expect(text).toContain(title);
    },
  );
});
