import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const REPOSITORY = path.resolve(__dirname, "../..");
/** What .prettierignore may leave out on purpose: generated code, and catalogs that stand for an organisation's. */
const GENERATED_OR_DATA = [/^\.gen\//, /^src\/catalog\/meta-schemas\//, /^test\/fixtures\//, /\/generated\//];
/** Not the repository's own files (the adopter test runs this suite in a copy without .git, so git is not asked). */
const NOT_SOURCES = /(^|\/)(node_modules|\.git|cdktf\.out|\.local)(\/|$)/;

/** Every script below `dir` (relative to the repository), not descending into NOT_SOURCES. */
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(REPOSITORY, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (NOT_SOURCES.test(file)) return [];
    if (entry.isDirectory()) return sources(file);
    return /\.(ts|js|cjs|mjs)$/.test(file) ? [file] : [];
  });
}

describe("the formatter's reach", () => {
  it("GIVEN every TypeScript and JavaScript file of the repository THEN prettier checks each one but generated code", () => {
    // An unanchored `docs/` or `prompts/` in .prettierignore once left src/docs, src/prompts, src/evals and
    // src/catalog/schema out of `npm test`'s check, 41 files in all.
    const tracked = sources("").filter((file) => !GENERATED_OR_DATA.some((re) => re.test(file)));
    // prettier's API loads its plugins with a dynamic import, which jest's module system refuses: asked in a process.
    const ask = `const p = require("prettier"); const files = JSON.parse(require("fs").readFileSync(0, "utf8"));
      Promise.all(files.map((f) => p.getFileInfo(f, { ignorePath: ".prettierignore" }).then((i) => (i.ignored ? f : ""))))
        .then((r) => process.stdout.write(JSON.stringify(r.filter(Boolean))));`;
    const ignored = JSON.parse(
      execFileSync(process.execPath, ["-e", ask], {
        cwd: REPOSITORY,
        input: JSON.stringify(tracked),
        encoding: "utf8",
      }),
    );
    expect(tracked.length).toBeGreaterThan(300);
    expect(ignored).toEqual([]);
  });
});
