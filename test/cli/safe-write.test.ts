import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { OUTPUT_MARKER, replaceOutputDirectory, writeFiles, WriteRefused } from "../../src/cli/safe-write";
import { EXAMPLE_ROOT, exampleCatalog } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "aic-safe-write-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const dir = path.join(work, `case-${++n}`);
  fs.mkdirSync(dir);
  return dir;
};
/** Every entry under `dir`, so that a test can assert that nothing was added, removed or left behind. */
const tree = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

describe("writeFiles", () => {
  it("GIVEN a new path THEN it creates the parents and the file, and leaves no temporary file", () => {
    const dir = fresh();
    writeFiles([{ path: path.join(dir, "a/b/c.txt"), text: "hello" }]);
    expect(fs.readFileSync(path.join(dir, "a/b/c.txt"), "utf8")).toBe("hello");
    expect(tree(dir)).toEqual(["a", "a/b", "a/b/c.txt"]);
  });

  it("GIVEN an existing file THEN it is replaced whole, keeping its mode", () => {
    const dir = fresh();
    const file = path.join(dir, "x.sh");
    fs.writeFileSync(file, "old", { mode: 0o750 });
    writeFiles([{ path: file, text: "new" }]);
    expect(fs.readFileSync(file, "utf8")).toBe("new");
    expect(fs.statSync(file).mode & 0o777).toBe(0o750);
  });

  it("GIVEN a directory, a symbolic link or a file in the way of a parent THEN it writes none of the files and says why", () => {
    const dir = fresh();
    fs.mkdirSync(path.join(dir, "is-a-dir"));
    fs.writeFileSync(path.join(dir, "target"), "kept");
    fs.symlinkSync(path.join(dir, "target"), path.join(dir, "link"));
    fs.writeFileSync(path.join(dir, "plain"), "kept");
    const attempt = () =>
      writeFiles([
        { path: path.join(dir, "ok.txt"), text: "x" },
        { path: path.join(dir, "is-a-dir"), text: "x" },
        { path: path.join(dir, "link"), text: "x" },
        { path: path.join(dir, "plain/child.txt"), text: "x" },
      ]);
    expect(attempt).toThrow(WriteRefused);
    expect(attempt).toThrow(
      `nothing was written: ${dir}/is-a-dir is a directory; a file is never written in its place; ${dir}/link is a symbolic link; it is not replaced (remove it, or write somewhere else); ${dir}/plain/child.txt cannot be created: ${dir}/plain is a file, not a directory`,
    );
    expect(tree(dir)).toEqual(["is-a-dir", "link", "plain", "target"]);
    expect(fs.readFileSync(path.join(dir, "target"), "utf8")).toBe("kept");
  });
});

describe("replaceOutputDirectory", () => {
  const fill = (files: Record<string, string>) => (staging: string) => {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
      fs.writeFileSync(path.join(staging, file), text);
    }
  };

  it("GIVEN an earlier run's output THEN it is replaced, and the marker lists what was written", () => {
    const out = path.join(fresh(), "out");
    replaceOutputDirectory(out, "test", fill({ "a/one.json": "1", "two.json": "2" }));
    replaceOutputDirectory(out, "test", fill({ "a/three.json": "3" }));
    expect(tree(out)).toEqual([OUTPUT_MARKER, "a", "a/three.json"]);
    expect(fs.readFileSync(path.join(out, OUTPUT_MARKER), "utf8")).toContain("\na/three.json\n");
  });

  it("GIVEN terraform's working files in an earlier run's output THEN they do not stop the replacement", () => {
    const out = path.join(fresh(), "out");
    replaceOutputDirectory(out, "test", fill({ "stacks/dev/cdk.tf.json": "{}" }));
    fill({ "stacks/dev/.terraform/providers/p": "binary", "stacks/dev/.terraform.lock.hcl": "lock" })(out);
    replaceOutputDirectory(out, "test", fill({ "stacks/dev/cdk.tf.json": "{}" }));
    expect(tree(out)).toEqual([OUTPUT_MARKER, "stacks", "stacks/dev", "stacks/dev/cdk.tf.json"]);
  });

  it("GIVEN a file added to an earlier run's output THEN it refuses, naming the file, and keeps everything", () => {
    const out = path.join(fresh(), "out");
    replaceOutputDirectory(out, "test", fill({ "stacks/dev/cdk.tf.json": "{}" }));
    fs.writeFileSync(path.join(out, "stacks/dev/terraform.tfstate"), "state");
    expect(() => replaceOutputDirectory(out, "test", fill({}))).toThrow(
      `${out} holds files that test did not write (stacks/dev/terraform.tfstate); move them away, or choose another directory`,
    );
    expect(fs.readFileSync(path.join(out, "stacks/dev/terraform.tfstate"), "utf8")).toBe("state");
  });

  it("GIVEN a failing fill THEN the previous output stays as it was and nothing is left beside it", () => {
    const parent = fresh();
    const out = path.join(parent, "out");
    replaceOutputDirectory(out, "test", fill({ "kept.json": "1" }));
    expect(() =>
      replaceOutputDirectory(out, "test", (staging) => {
        fill({ "half.json": "" })(staging);
        throw new Error("synthesis failed");
      }),
    ).toThrow("synthesis failed");
    expect(tree(parent)).toEqual(["out", `out/${OUTPUT_MARKER}`, "out/kept.json"]);
  });
});

describe("aic synth --out: nothing is deleted", () => {
  const synth = (out: string, root = EXAMPLE_ROOT) => runAic(["synth", "--root", root, "--out", out]);

  it("GIVEN a directory holding an unrelated file THEN it refuses with exit 2 and leaves it intact", () => {
    const out = fresh();
    fs.writeFileSync(path.join(out, "notes.txt"), "mine");
    const run = synth(out);
    expect(run).toMatchObject({
      code: 2,
      stdout: "",
      stderr: `aic: ${out} is not empty and was not written by aic synth (no ${OUTPUT_MARKER} file in it: notes.txt); choose an empty or new directory\n`,
    });
    expect(tree(out)).toEqual(["notes.txt"]);
  });

  it("GIVEN the catalog's own configs/ directory THEN it refuses, and the catalog is still there", () => {
    const root = exampleCatalog();
    const before = tree(path.join(root, "configs"));
    const run = synth(path.join(root, "configs"), root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not empty and was not written by aic synth");
    expect(tree(path.join(root, "configs"))).toEqual(before);
  });

  it("GIVEN a file as --out THEN it refuses and the file is untouched", () => {
    const file = path.join(fresh(), "cdktf.out");
    fs.writeFileSync(file, "not a directory");
    expect(synth(file)).toMatchObject({
      code: 2,
      stderr: `aic: ${file} is a file, not a directory; aic synth never replaces a file\n`,
    });
    expect(fs.readFileSync(file, "utf8")).toBe("not a directory");
  });

  it("GIVEN an empty directory, then its own earlier output THEN it writes, then replaces it", () => {
    const out = fresh();
    expect(synth(out).code).toBe(0);
    expect(fs.existsSync(path.join(out, OUTPUT_MARKER))).toBe(true);
    fs.writeFileSync(path.join(out, "stacks/ld-dev/cdk.tf.json"), "edited");
    expect(synth(out).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(out, "stacks/ld-dev/cdk.tf.json"), "utf8"))).toHaveProperty(
      "terraform",
    );
  });
});

describe("every command that writes a file: never a directory replaced, never half a file", () => {
  it("GIVEN docs/catalog.md is a directory THEN aic docs exits 2 and writes neither page", () => {
    const root = exampleCatalog({ "docs/catalog.md/keep.txt": "mine" });
    const run = runAic(["docs", "--root", root]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe(
      `aic: nothing was written: ${root}/docs/catalog.md is a directory; a file is never written in its place\n`,
    );
    expect(tree(path.join(root, "docs"))).toEqual(["catalog.md", "catalog.md/keep.txt"]);
  });

  it("GIVEN --out is a directory THEN aic types exits 2 and leaves it alone", () => {
    const out = fresh();
    const run = runAic(["types", "--root", EXAMPLE_ROOT, "--out", out]);
    expect(run).toMatchObject({
      code: 2,
      stderr: `aic: nothing was written: ${out} is a directory; a file is never written in its place\n`,
    });
    expect(tree(out)).toEqual([]);
  });

  it("GIVEN export's --fallbacks would go under a file THEN neither file is written", () => {
    const dir = fresh();
    fs.writeFileSync(path.join(dir, "blocker"), "a file");
    const run = runAic([
      "export",
      "--root",
      EXAMPLE_ROOT,
      "--env",
      "dev",
      "--out",
      path.join(dir, "flags.json"),
      "--fallbacks",
      path.join(dir, "blocker/fallbacks.json"),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${dir}/blocker/fallbacks.json cannot be created: ${dir}/blocker is a file, not a directory`,
    );
    expect(tree(dir)).toEqual(["blocker"]);
  });

  it("GIVEN report --full is a directory THEN it exits 2 and leaves it alone", () => {
    const full = fresh();
    const run = runAic([
      "report",
      "--root",
      EXAMPLE_ROOT,
      "--plans",
      path.join(__dirname, "../fixtures/plans"),
      "--full",
      full,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${full} is a directory`);
  });

  it("GIVEN a promotion THEN the AI Config file is replaced whole, with no temporary file left beside it", () => {
    const root = exampleCatalog();
    expect(runAic(["promote", "docs-agent", "researcher-v1", "--to", "production", "--root", root]).code).toBe(0);
    expect(fs.readdirSync(path.join(root, "configs/ai-configs")).sort()).toEqual([
      "answer-judge.yaml",
      "docs-agent.yaml",
      "support-assistant.yaml",
      "ticket-summarizer.yaml",
    ]);
  });
});
