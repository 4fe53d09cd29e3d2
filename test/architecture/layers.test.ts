import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const REPOSITORY = path.resolve(__dirname, "../..");
const DEPCRUISE = path.join(REPOSITORY, "node_modules", ".bin", "depcruise");

/** Runs dependency-cruiser with the repository's rules over a scratch tree of the given files. */
function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "aic-layers-"));
  try {
    fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "commonjs" } }));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    const run = spawnSync(
      DEPCRUISE,
      ["--config", path.join(REPOSITORY, ".dependency-cruiser.cjs"), "--output-type", "err", ...Object.keys(files)],
      { cwd: root, encoding: "utf8" },
    );
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

interface Rule {
  name: string;
  from: { path?: string };
  to: { path?: string };
}
const RULES: Rule[] = require(path.join(REPOSITORY, ".dependency-cruiser.cjs")).forbidden;

/** The README's layer picture, bottom first: for each layer, one file path in each of its folders. */
function readmeLayers(): string[][] {
  const readme = fs.readFileSync(path.join(REPOSITORY, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Where things are"));
  const start = section.indexOf("```\n") + 4;
  const picture = section.slice(start, section.indexOf("\n```", start));
  return picture
    .split("\n")
    .map((line) => line.split(/\s{2,}/)[0]!.split(", "))
    .map((folders) => folders.map((f) => (f.endsWith("/") ? `${f}module.ts` : f)))
    .reverse();
}

const forbids = (from: string, to: string) =>
  RULES.some(
    (r) => r.name.startsWith("no-import-up") && new RegExp(r.from.path!).test(from) && new RegExp(r.to.path!).test(to),
  );

describe("the README's layer picture", () => {
  it("names every layer .dependency-cruiser.cjs holds, in its order: each may import down, none up", () => {
    const layers = readmeLayers();
    expect(layers.length).toBe(RULES.filter((r) => r.name.startsWith("no-import-up")).length + 1);
    layers.forEach((layer, below) =>
      layers.slice(below + 1).forEach((above) => {
        for (const lower of layer)
          for (const upper of above) {
            // The pair sits in the compared value, so that a failure names it.
            expect([lower, upper, forbids(lower, upper)]).toEqual([lower, upper, true]);
            expect([upper, lower, forbids(upper, lower)]).toEqual([upper, lower, false]);
          }
      }),
    );
  });
});

describe("the layers npm test holds (.dependency-cruiser.cjs)", () => {
  it("GIVEN the catalog importing the CLI THEN the cruise fails and names the rule and both files", () => {
    const result = cruise({
      "src/catalog/load.ts": 'import { runCli } from "../cli/program";\nexport const load = runCli;\n',
      "src/cli/program.ts": "export const runCli = 1;\n",
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/no-import-up-from-catalog: src\/catalog\/load\.ts → src\/cli\/program\.ts/);
  });

  it("GIVEN a construct importing only a type from stacks THEN the cruise fails all the same", () => {
    const result = cruise({
      "constructs/aws/role.ts": 'import type { Tags } from "../../stacks/tags";\nexport const role = (t: Tags) => t;\n',
      "stacks/tags.ts": "export type Tags = Record<string, string>;\nexport const none: Tags = {};\n",
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/no-import-up-from-constructs: constructs\/aws\/role\.ts → stacks\/tags\.ts/);
  });

  it("GIVEN a cycle between two modules of one layer THEN the cruise fails", () => {
    const result = cruise({
      "src/impact/a.ts": 'import { b } from "./b";\nexport const a = () => b;\n',
      "src/impact/b.ts": 'import { a } from "./a";\nexport const b = () => a;\n',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/no-circular/);
  });

  it("GIVEN imports that point down, from the CLI to stacks to the catalog THEN the cruise passes", () => {
    const result = cruise({
      "src/cli/synth.ts": 'import { app } from "../../stacks/app";\nexport const synth = app;\n',
      "stacks/app.ts": 'import { load } from "../src/catalog/load";\nexport const app = load;\n',
      "src/catalog/load.ts": 'import { secret } from "../secrets/shapes";\nexport const load = secret;\n',
      "src/secrets/shapes.ts": "export const secret = 1;\n",
    });
    expect(result.output).toMatch(/no dependency violations/);
    expect(result.status).toBe(0);
  });
});
