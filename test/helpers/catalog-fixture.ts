import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadCatalog, type LoadResult } from "../../src/catalog";

export const REPO_ROOT = path.resolve(__dirname, "../..");

/**
 * The catalog the product's tests run on: a frozen copy of the example, so that an organisation replacing
 * configs/ and prompts/ with its own never breaks the product's tests (test/adopter/replaced-catalog.test.ts).
 */
export const EXAMPLE_ROOT = path.join(REPO_ROOT, "test/fixtures/catalogs/example");

/** A second catalog with other names, four environments, another region and other models. */
export const FOUR_ENVIRONMENTS_ROOT = path.join(REPO_ROOT, "test/fixtures/catalogs/four-environments");

/** A file's new content, or a function of its old content; `null` deletes the file. */
export type Edit = string | null | ((old: string) => string);

/** Replaces `search` with `replacement` in a file, failing loudly when the fixture no longer matches. */
export function replace(search: string, replacement: string): (old: string) => string {
  return (old) => {
    if (!old.includes(search)) throw new Error(`fixture edit: ${JSON.stringify(search)} not found`);
    return old.replace(search, () => replacement);
  };
}

/** Applies edits in order. */
export function chain(...edits: Array<(old: string) => string>): (old: string) => string {
  return (old) => edits.reduce((text, edit) => edit(text), old);
}

/**
 * Stops the example's running experiment on production's fallthrough of support-assistant: while it runs, that
 * rollout must stay split as the experiment says, so a test that changes the rollout stops it first.
 */
export const STOP_EXPERIMENT = replace("state: running", "state: stopped");

/**
 * Edits that rename environment `from` to `to` in every file of a fixture catalog's configs/ (its key in
 * project.yaml, and every mapping keyed by environment), as a team renaming an environment would.
 */
export function renameEnvironment(
  fixture: string,
  from: string,
  to: string,
  options: { acknowledged?: boolean } = {},
): Record<string, Edit> {
  const edits: Record<string, Edit> = {};
  const configs = path.join(fixture, "configs");
  const files = fs.readdirSync(configs, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml"));
  const asKey = new RegExp(`(?<![\\w.-])${from.replace(/[.]/g, "\\.")}(?=:)`, "g");
  for (const file of files) {
    edits[`configs/${file}`] = (old) =>
      old.replace(asKey, to).replace(new RegExp(`^(\\s*- key: )${from}$`, "m"), `$1${to}`);
  }
  if (options.acknowledged)
    edits["configs/project.yaml"] = chain(
      edits["configs/project.yaml"] as (old: string) => string,
      acknowledgeRemoval(from),
    );
  return edits;
}

/** An acknowledgement, in configs/project.yaml, that this change removes environment `key`. */
export function acknowledgeRemoval(
  key: string,
  reason = "renamed; the applications read the new environment's SDK key",
): (old: string) => string {
  return (old) => `${old}\nacknowledgements:\n  removedEnvironments:\n    - key: ${key}\n      reason: ${reason}\n`;
}

const tempRoots: string[] = [];
afterAll(() => {
  for (const dir of tempRoots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the example catalog fixture in a temporary directory, with edits applied. */
export function exampleCatalog(edits: Record<string, Edit> = {}): string {
  return catalogCopy(EXAMPLE_ROOT, edits);
}

/** A copy of a fixture catalog (every directory it holds) in a temporary directory, with edits applied. */
export function catalogCopy(fixture: string, edits: Record<string, Edit> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "aic-catalog-"));
  tempRoots.push(root);
  fs.cpSync(fixture, root, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const abs = path.join(root, file);
    if (edit === null) {
      fs.rmSync(abs, { recursive: true, force: true });
      continue;
    }
    // A function edits what is there: given a file the fixture lacks (a misspelt name), it would create one instead.
    if (typeof edit === "function" && !fs.existsSync(abs))
      throw new Error(`fixture edit: ${file} is not in ${fixture}`);
    const old = typeof edit === "function" ? fs.readFileSync(abs, "utf8") : "";
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, typeof edit === "function" ? edit(old) : edit);
  }
  return root;
}

/** Loads the edited example catalog and returns its problems as the CLI prints them. */
export function problemsOf(edits: Record<string, Edit>): string[] {
  return format(loadCatalog(exampleCatalog(edits)));
}

export function format(result: LoadResult): string[] {
  return result.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.severity}: ${p.message}`);
}

/** The rule ids that fired, for asserting that a compliant edit stays silent. */
export function rulesOf(edits: Record<string, Edit>): string[] {
  return loadCatalog(exampleCatalog(edits)).problems.map((p) => p.rule);
}

/** A copy of the example catalog as a git repository with one commit, so that `--base HEAD` is the fixture as it is. */
export function exampleCatalogInGit(edits: Record<string, Edit> = {}): string {
  const root = exampleCatalog(edits);
  const git = (...args: string[]) => execFileSync("git", ["-C", root, ...args], { encoding: "utf8" });
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.email=test@example.org", "-c", "user.name=test", "commit", "-qm", "base");
  return root;
}
