import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "./errors";

/**
 * Every file and directory an `aic` command writes goes through this module, so that no command ever leaves a
 * half-written file, puts a file where a directory was (or the reverse), or deletes what it did not write.
 */

/** A write refused because it would replace something the command must not replace; exit 2, nothing written. */
export class WriteRefused extends UsageError {}

export interface FileToWrite {
  /** Where to write, absolute or relative to the working directory. */
  path: string;
  text: string;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

function lstatOrUndefined(target: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(target);
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return undefined;
    throw error;
  }
}

/** Why `target`'s parent directories cannot be created, or undefined when they exist or can be. */
function parentRefusal(target: string): string | undefined {
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    const stat = lstatOrUndefined(dir);
    if (stat) {
      const isDirectory =
        stat.isDirectory() || (stat.isSymbolicLink() && fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory());
      return isDirectory ? undefined : `cannot be created: ${dir} is a file, not a directory`;
    }
    if (dir === path.dirname(dir)) return undefined;
  }
}

/** Why `target` cannot be written as a file, or undefined when it can (it is absent or a regular file). */
function fileRefusal(target: string): string | undefined {
  const stat = lstatOrUndefined(target);
  if (!stat) return parentRefusal(target);
  if (stat.isDirectory()) return "is a directory; a file is never written in its place";
  if (stat.isSymbolicLink()) return "is a symbolic link; it is not replaced (remove it, or write somewhere else)";
  if (!stat.isFile()) return "is not a regular file; it is not replaced";
  return undefined;
}

/** Writes `text` to a temporary file beside `target`, then renames it over `target`: readers never see half a file. */
function writeAtomically(target: string, text: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const mode = lstatOrUndefined(target)?.mode;
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.aic-${process.pid}-${Date.now().toString(36)}.tmp`,
  );
  try {
    fs.writeFileSync(temporary, text, { flag: "wx", mode: mode === undefined ? undefined : mode & 0o7777 });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes every file, or none: each target is checked first (a directory, a symbolic link or anything but a regular
 * file is never replaced, and a missing parent must not be blocked by a file), then each is written atomically.
 */
export function writeFiles(files: readonly FileToWrite[]): void {
  const refusals = files.flatMap((file) => {
    const reason = fileRefusal(file.path);
    return reason ? [`${file.path} ${reason}`] : [];
  });
  if (refusals.length > 0) throw new WriteRefused(`nothing was written: ${refusals.join("; ")}`);
  for (const file of files) writeAtomically(file.path, file.text);
}

export function writeFile(target: string, text: string): void {
  writeFiles([{ path: target, text }]);
}

/** The file an output directory's writer leaves in it, listing what it wrote, so that it may replace it later. */
export const OUTPUT_MARKER = ".aic-output";

function filesUnder(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? [`${relative}/`, ...filesUnder(path.join(dir, entry.name), relative)] : [relative];
  });
}

/**
 * What is in `dir` that an earlier run did not write: everything, when it has no marker. Terraform's working files
 * (`.terraform/`, `.terraform.lock.hcl`, created by `terraform init` in a stack's directory) are re-created by the
 * next init and do not count; a state file does.
 */
function foreignEntries(dir: string): string[] {
  const entries = filesUnder(dir);
  const markerText = entries.includes(OUTPUT_MARKER)
    ? fs.readFileSync(path.join(dir, OUTPUT_MARKER), "utf8")
    : undefined;
  if (markerText === undefined)
    return entries.filter((entry) => !entries.some((other) => other !== entry && entry.startsWith(other)));
  const written = new Set(markerText.split("\n").filter((line) => line && !line.startsWith("#")));
  const terraformWorkingFile = (entry: string) =>
    /(^|\/)\.terraform(\/|$)/.test(entry) || /(^|\/)\.terraform\.lock\.hcl$/.test(entry);
  return entries.filter(
    (entry) => entry !== OUTPUT_MARKER && !entry.endsWith("/") && !written.has(entry) && !terraformWorkingFile(entry),
  );
}

function listSome(entries: readonly string[]): string {
  return entries.length <= 5 ? entries.join(", ") : `${entries.slice(0, 5).join(", ")} and ${entries.length - 5} more`;
}

/** Why `dir` may not be replaced by a new output directory, or undefined when it may (absent, empty, or ours alone). */
function directoryRefusal(dir: string, writer: string): string | undefined {
  const stat = lstatOrUndefined(dir);
  if (!stat) return parentRefusal(dir);
  if (stat.isSymbolicLink())
    return `${dir} is a symbolic link; ${writer} does not replace it (choose another directory)`;
  if (!stat.isDirectory()) return `${dir} is a file, not a directory; ${writer} never replaces a file`;
  const foreign = foreignEntries(dir);
  if (foreign.length === 0) return undefined;
  const marked = fs.existsSync(path.join(dir, OUTPUT_MARKER));
  return marked
    ? `${dir} holds files that ${writer} did not write (${listSome(foreign)}); move them away, or choose another directory`
    : `${dir} is not empty and was not written by ${writer} (no ${OUTPUT_MARKER} file in it: ${listSome(foreign)}); choose an empty or new directory`;
}

/**
 * Fills a new directory with `fill` (beside `dir`, so that a failure leaves `dir` as it was), records what it holds
 * in OUTPUT_MARKER, then puts it in place of `dir`. `dir` is replaced only when it is absent, empty, or holds
 * nothing but what an earlier run wrote; anything else is refused with WriteRefused before any work.
 */
export function replaceOutputDirectory(dir: string, writer: string, fill: (staging: string) => void): void {
  const out = path.resolve(dir);
  const refusal = directoryRefusal(out, writer);
  if (refusal) throw new WriteRefused(refusal);
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const staging = `${out}.aic-tmp-${suffix}`;
  const previous = `${out}.aic-old-${suffix}`;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  try {
    fill(staging);
    const written = filesUnder(staging).filter((entry) => !entry.endsWith("/"));
    fs.writeFileSync(
      path.join(staging, OUTPUT_MARKER),
      [`# written by ${writer}; it replaces this directory only while it holds nothing else`, ...written, ""].join(
        "\n",
      ),
    );
    if (fs.existsSync(out)) fs.renameSync(out, previous);
    fs.renameSync(staging, out);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(out) && fs.existsSync(previous)) fs.renameSync(previous, out);
    throw error;
  }
  fs.rmSync(previous, { recursive: true, force: true });
}
