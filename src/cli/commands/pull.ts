import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadCatalog } from "../../catalog";
import { pullEdits, type PulledFile } from "../../catalog/edit/pull";
import { planPull, readLive } from "../../live/pull";
import { ApiError } from "../../targeting/rest-client";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import type { Output } from "../output";
import { writeFiles } from "../safe-write";
import { openRestSession, type RestOptions } from "./rest-session";

/** The pulled files that git says differ from the last commit (or are untracked): a pull would overwrite them. */
function uncommitted(root: string, files: readonly PulledFile[]): string[] | string {
  try {
    const status = execFileSync("git", ["-C", root, "status", "--porcelain", "--", ...files.map((f) => f.file)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return status
      .split("\n")
      .filter(Boolean)
      .map((line) => line.slice(3));
  } catch {
    return `cannot tell whether ${root} has uncommitted changes (it is not in a git work tree), so nothing was pulled`;
  }
}

/** Whether the catalog with the pulled files is valid: checked in a copy, so that the real files change only if it is. */
function invalidAfter(root: string, files: readonly PulledFile[]): string[] {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "aic-pull-"));
  try {
    for (const dir of ["configs", "prompts", "evals"])
      if (fs.existsSync(path.join(root, dir)))
        fs.cpSync(path.join(root, dir), path.join(copy, dir), { recursive: true });
    writeFiles(files.map((f) => ({ path: path.join(copy, f.file), text: f.text })));
    const result = loadCatalog(copy);
    return result.ok
      ? []
      : result.problems.filter((p) => p.severity === "error").map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * `aic pull --env ENV [--config K]`: LaunchDarkly's live variations and ENV's targeting written into the files,
 * comments and layout kept; what the files cannot state is listed. Refuses to overwrite uncommitted changes.
 */
export async function pullCommand(options: RestOptions, output: Output): Promise<number> {
  const session = openRestSession("pull", "plan", options, output);
  if (!session) return EXIT_INVALID;
  const { catalog, client } = session;
  let plan;
  try {
    plan = planPull(catalog, options.env, await readLive(catalog, client, options.config));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    output.err(`aic: pull failed, nothing was written: ${error.message}`);
    return EXIT_INVALID;
  }
  const files = pullEdits(catalog, plan.configs);
  for (const line of plan.notPulled) output.err(`not pulled: ${line}`);
  if (files.length === 0) {
    output.out(`nothing to pull: the files already say what LaunchDarkly serves in ${options.env}`);
    return EXIT_OK;
  }
  const dirty = uncommitted(options.root, files);
  if (typeof dirty === "string" || dirty.length > 0) {
    output.err(
      `aic: not pulled: ${typeof dirty === "string" ? dirty : `${dirty.join(", ")} ${dirty.length === 1 ? "has" : "have"} uncommitted changes that the pull would overwrite: commit or stash them first`}`,
    );
    return EXIT_INVALID;
  }
  const problems = invalidAfter(options.root, files);
  if (problems.length > 0) {
    output.err(`aic: not pulled: the catalog would be invalid after the pull: ${problems.join("; ")}`);
    return EXIT_INVALID;
  }
  writeFiles(files.map((f) => ({ path: path.join(options.root, f.file), text: f.text })));
  for (const file of files) output.out(`${file.before === undefined ? "created" : "updated"} ${file.file}`);
  output.out(`pulled ${options.env}: ${files.length} file${files.length === 1 ? "" : "s"} changed`);
  return EXIT_OK;
}
