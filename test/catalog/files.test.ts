import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadCatalog } from "../../src/catalog";
import { exampleCatalog, format, problemsOf, EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";
import { catalogAt } from "../helpers/synth";

describe("reading the catalog's files", () => {
  it("GIVEN a required file is missing THEN it is reported and the rest is still checked", () => {
    expect(
      problemsOf({
        "configs/access.yaml": null,
        "configs/ai-configs/docs-agent.yaml": (old) => old.replace("maintainer: ai-ml", "maintainer: 3"),
      }),
    ).toEqual([
      "configs/access.yaml:1:1: error: is missing: every catalog needs it",
      'configs/ai-configs/docs-agent.yaml:5:13: error: "maintainer" must be a string',
    ]);
  });

  it("GIVEN a directory where a file should be THEN it is reported, without a stack trace", () => {
    const root = exampleCatalog({ "configs/models.yaml": null });
    fs.mkdirSync(path.join(root, "configs/models.yaml"));
    expect(format(loadCatalog(root))).toContain(
      "configs/models.yaml:1:1: error: is a directory, but a file is expected here",
    );
  });

  it("GIVEN an AI Config that is a directory THEN it is reported", () => {
    const root = exampleCatalog();
    fs.mkdirSync(path.join(root, "configs/ai-configs/extra.yaml"));
    expect(format(loadCatalog(root))).toEqual([
      "configs/ai-configs/extra.yaml:1:1: error: is a directory, but a file is expected here",
    ]);
  });

  it("GIVEN a prompt that is a broken link THEN it is reported as unreadable", () => {
    const root = exampleCatalog({ "prompts/support-assistant/friendly-v1.md": null });
    fs.symlinkSync(path.join(root, "nowhere.md"), path.join(root, "prompts/support-assistant/friendly-v1.md"));
    expect(format(loadCatalog(root))).toEqual([
      "configs/ai-configs/support-assistant.yaml:23:13: error: prompt file prompts/support-assistant/friendly-v1.md does not exist",
      "prompts/support-assistant/friendly-v1.md:1:1: error: is a link to a file that does not exist",
    ]);
  });

  it("GIVEN a file in configs/ that is not a catalog file THEN it is a warning (a misspelt name is ignored otherwise)", () => {
    expect(problemsOf({ "configs/tool.yaml": "tools: []\n" })).toEqual([
      "configs/tool.yaml:1:1: warning: is not a catalog file and is ignored (known: configs/project.yaml, configs/models.yaml, configs/access.yaml, configs/observability.yaml, configs/segments.yaml, configs/tools.yaml, configs/metrics.yaml, configs/imports.yaml, configs/ai-configs/*.yaml)",
    ]);
  });
});

describe("the catalog reads only the catalog", () => {
  const outside = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aic-outside-"));
    fs.writeFileSync(path.join(dir, "environ"), "AWS_SECRET=wJalrXUtnFEMI/K7MDENG\nYou are helpful.\n");
    return dir;
  };
  const link = (root: string, file: string, target: string) => {
    fs.rmSync(path.join(root, file), { recursive: true, force: true });
    fs.symlinkSync(target, path.join(root, file));
  };

  it("GIVEN a prompt that links to a file outside --root THEN it is an error naming the file, and nothing of the target is read", () => {
    const root = exampleCatalog();
    link(root, "prompts/support-assistant/friendly-v1.md", path.join(outside(), "environ"));
    const result = loadCatalog(root);
    expect(result.ok).toBe(false);
    expect(format(result)).toContain(
      "prompts/support-assistant/friendly-v1.md:1:1: error: is a symbolic link to a path outside the catalog root; the catalog reads only files inside --root: put the file itself here",
    );
    expect(JSON.stringify(result)).not.toContain("wJalrXUtnFEMI");
  });

  it("GIVEN /proc/self/environ behind a prompt link THEN synth writes nothing", () => {
    const root = exampleCatalog();
    link(root, "prompts/support-assistant/friendly-v1.md", "/proc/self/environ");
    const out = path.join(root, "out");
    const run = runAic(["synth", "--root", root, "--out", out], { PLANTED_SECRET: "planted-value-1234" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "prompts/support-assistant/friendly-v1.md:1:1: error: is a symbolic link to a path outside the catalog root",
    );
    expect(fs.existsSync(out)).toBe(false);
    expect(run.stdout + run.stderr).not.toContain("planted-value-1234");
  });

  it("GIVEN a link that stays inside --root THEN it is an error too, saying where it points and what to do instead", () => {
    const root = exampleCatalog();
    link(root, "prompts/support-assistant/friendly-v1.md", "friendly-v2.md");
    expect(format(loadCatalog(root))).toContain(
      "prompts/support-assistant/friendly-v1.md:1:1: error: is a symbolic link to prompts/support-assistant/friendly-v2.md; replace the link with the file itself (a variation's prompt: may name any file under prompts/)",
    );
  });

  it("GIVEN a prompt directory that links outside --root THEN every file the catalog names below it is refused", () => {
    const root = exampleCatalog();
    const dir = outside();
    fs.writeFileSync(path.join(dir, "friendly-v1.md"), "Leaked.\n");
    link(root, "prompts/support-assistant", dir);
    const problems = format(loadCatalog(root));
    expect(problems).toContain(
      "prompts/support-assistant:1:1: error: is a symbolic link to a path outside the catalog root; the catalog reads only files inside --root: put the file itself here",
    );
    expect(problems).toContain(
      "configs/ai-configs/support-assistant.yaml:23:13: error: prompt file prompts/support-assistant/friendly-v1.md does not exist",
    );
  });

  it("GIVEN configs/models.yaml as a link, or configs/ai-configs as a linked directory THEN each is refused", () => {
    const root = exampleCatalog();
    const dir = outside();
    fs.copyFileSync(path.join(root, "configs/models.yaml"), path.join(dir, "models.yaml"));
    link(root, "configs/models.yaml", path.join(dir, "models.yaml"));
    fs.cpSync(path.join(root, "configs/ai-configs"), path.join(dir, "ai-configs"), { recursive: true });
    link(root, "configs/ai-configs", path.join(dir, "ai-configs"));
    const problems = format(loadCatalog(root));
    expect(problems).toContain(
      "configs/models.yaml:1:1: error: is a symbolic link to a path outside the catalog root; the catalog reads only files inside --root: put the file itself here",
    );
    expect(problems).toContain(
      "configs/ai-configs:1:1: error: is a symbolic link to a path outside the catalog root; the catalog reads only files inside --root: put the file itself here",
    );
  });

  it("GIVEN a named pipe among the prompts THEN it is refused at once instead of blocking", () => {
    const root = exampleCatalog();
    const fifo = path.join(root, "prompts/support-assistant/pipe.md");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(format(loadCatalog(root))).toContain(
      "prompts/support-assistant/pipe.md:1:1: error: is not a regular file (a pipe, socket or device); the catalog reads only files",
    );
  });
});

describe("same text on every machine", () => {
  const V2 = "prompts/support-assistant/friendly-v2.md";
  const served = (root: string) =>
    catalogAt(root)
      .aiConfigs.find((c) => c.key === "support-assistant")!
      .variations.find((v) => v.key === "friendly-v2")!.prompt;

  it("GIVEN a prompt saved with CRLF line ends THEN the served prompt is byte-identical to the LF file's", () => {
    const crlf = served(exampleCatalog({ [V2]: (old) => old.replace(/\n/g, "\r\n") }));
    const lf = served(EXAMPLE_ROOT);
    expect(crlf).toEqual(lf);
    expect(JSON.stringify(crlf.messages)).not.toContain("\\r");
  });

  it("GIVEN a prompt saved with a byte-order mark THEN its front matter is read, and the served prompt is the LF file's", () => {
    const bom = served(exampleCatalog({ [V2]: (old) => `\uFEFF${old}` }));
    expect(bom).toEqual(served(EXAMPLE_ROOT));
    expect(bom.description).toBeDefined();
    expect(bom.messages.map((m) => m.role)).toEqual(served(EXAMPLE_ROOT).messages.map((m) => m.role));
  });

  it("GIVEN YAML configs with a BOM and CRLF line ends THEN the catalog is the same as the LF one", () => {
    const edits = Object.fromEntries(
      ["configs/project.yaml", "configs/ai-configs/support-assistant.yaml"].map((f) => [
        f,
        (old: string) => `\uFEFF${old.replace(/\n/g, "\r\n")}`,
      ]),
    );
    const { root: _a, ...windows } = catalogAt(exampleCatalog(edits));
    const { root: _b, ...unix } = catalogAt(EXAMPLE_ROOT);
    expect(windows).toEqual(unix);
  });

  it("GIVEN a file that is not UTF-8 THEN it is an error at the first bad byte, not text with replacement characters", () => {
    const root = exampleCatalog();
    fs.writeFileSync(
      path.join(root, V2),
      Buffer.concat([Buffer.from("---\ndescription: x\n---\nCaf"), Buffer.from([0xe9]), Buffer.from(" au lait.\n")]),
    );
    expect(format(loadCatalog(root))).toContain(`${V2}:4:4: error: is not valid UTF-8 here; save the file as UTF-8`);
    fs.writeFileSync(path.join(root, V2), Buffer.from("\uFEFFHello.\n", "utf16le"));
    expect(format(loadCatalog(root))).toContain(`${V2}:1:1: error: is UTF-16; save it as UTF-8`);
  });

  it("GIVEN a prompt that holds a replacement character of its own THEN it is served as written", () => {
    const root = exampleCatalog({
      [V2]: (old) => old.replace("Never invent order details", "Never \uFFFD invent order details"),
    });
    expect(format(loadCatalog(root))).not.toContain("error");
    expect(JSON.stringify(served(root).messages)).toContain("Never \uFFFD invent");
  });
});
