import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadCatalog, type LoadResult } from "./load";

/** A git revision that cannot be read: a usage mistake. */
export class BaseRefError extends Error {}

/**
 * Loads the catalog as it was at git `ref`: its configs/ and prompts/ are exported into a temporary directory
 * (git archive), so the working tree and the index are never touched. `undefined` when the ref has no catalog.
 */
export function loadCatalogAtRef(root: string, ref: string): LoadResult | undefined {
  const absRoot = path.resolve(root);
  const git = (args: string[]) =>
    execFileSync("git", ["-C", absRoot, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  let top: string;
  try {
    top = git(["rev-parse", "--show-toplevel"]);
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new BaseRefError(`cannot read git revision "${ref}" in ${root}`);
  }
  const prefix = path.relative(fs.realpathSync(top), fs.realpathSync(absRoot)).split(path.sep).join("/");
  const inRepo = (dir: string) => (prefix ? `${prefix}/${dir}` : dir);
  const present = git(["ls-tree", "--name-only", ref, "--", inRepo("configs"), inRepo("prompts")]);
  if (!present.split("\n").includes(inRepo("configs"))) return undefined;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aic-base-"));
  try {
    const archive = spawnSync(
      "git",
      ["-C", top, "archive", "--format=tar", ref, "--", ...present.split("\n").filter(Boolean)],
      { maxBuffer: 1 << 30 },
    );
    if (archive.status !== 0)
      throw new BaseRefError(`git archive of ${ref} failed: ${archive.stderr.toString().trim()}`);
    const untar = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`cannot unpack ${ref}: ${untar.stderr.toString().trim()}`);
    return loadCatalog(path.join(dir, prefix));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
