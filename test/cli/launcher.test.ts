import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateCatalog } from "../../bench/generate-catalog";
import type { Output } from "../../src/cli/output";
import { runCli } from "../../src/cli/program";
import { REPO_ROOT } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";

/** Every file under `dir`, by its path relative to it, with its bytes. */
function filesUnder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, file)] = fs.readFileSync(file, "latin1");
    }
  }
  return files;
}

/** Removes the code caches the launcher keeps for `command`, so that its next run compiles the bundle afresh. */
function removeCodeCaches(command: string): void {
  const dir = path.join(REPO_ROOT, "node_modules/.cache/aic");
  const caches = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  for (const name of caches.filter((n) => n.startsWith(`aic.js.${command}.`) && n.endsWith(".v8-cache")))
    fs.rmSync(path.join(dir, name), { force: true });
}

async function inProcess(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const output: Output = { out: (l) => lines.push(l), err: (l) => lines.push(l) };
  return { code: await runCli(args, output), lines };
}

/**
 * bin/aic.js runs a bundle that holds some dependencies itself, compiled from V8's code cache of an earlier run.
 * Neither may change a byte of what the commands write: the launcher's output is compared with the sources' own.
 */
describe("the aic launcher", () => {
  let work: string;
  let root: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "aic-launcher-"));
    root = path.join(work, "catalog");
    generateCatalog(root, 12);
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it("GIVEN a generated catalog WHEN synthesized without and with the code cache THEN both write the sources' exact files", async () => {
    removeCodeCaches("synth");
    const cold = runAic(["synth", "--root", root, "--out", path.join(work, "cold")]);
    const warm = runAic(["synth", "--root", root, "--out", path.join(work, "warm")]);
    const sources = await inProcess(["synth", "--root", root, "--out", path.join(work, "sources")]);
    expect([cold.code, warm.code, sources.code]).toEqual([0, 0, 0]);
    const expected = filesUnder(path.join(work, "sources"));
    expect(Object.keys(expected)).toContain("stacks/launchdarkly/cdk.tf.json");
    expect(filesUnder(path.join(work, "cold"))).toEqual(expected);
    expect(filesUnder(path.join(work, "warm"))).toEqual(expected);
    // One character outside ASCII and V8 keeps the whole bundle as a two-byte string: twice the memory, slower start.
    const bundle = fs.readFileSync(path.join(REPO_ROOT, "node_modules/.cache/aic/aic.js"), "utf8");
    expect(bundle.match(/[\u0080-\uffff]/g) ?? []).toEqual([]);
  }, 60_000);

  it("GIVEN a catalog with problems WHEN validated without and with the code cache THEN both print what the sources print", async () => {
    fs.writeFileSync(
      path.join(root, "prompts/generated-00003/v2.md"),
      "---\ndescription: true\n---\nHi {{nobody}} {{#a}}\n",
    );
    removeCodeCaches("validate");
    const args = ["validate", "--root", root, "--format", "json"];
    const [cold, warm, sources] = [runAic(args), runAic(args), await inProcess(args)];
    expect(sources.code).toBe(1);
    expect(sources.lines.join("\n")).toContain("generated-00003/v2.md");
    for (const run of [cold, warm])
      expect({ code: run.code, out: run.stdout.trimEnd() }).toEqual({ code: 1, out: sources.lines.join("\n") });
  }, 60_000);
});
