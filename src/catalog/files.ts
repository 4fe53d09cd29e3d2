import * as fs from "node:fs";
import * as path from "node:path";
import type { Problem } from "./problems";

/** Reads one file under the catalog root; a failure becomes a problem, never an exception. */
export function readText(root: string, file: string, problems: Problem[], missingMessage?: string): string | undefined {
  try {
    return fs.readFileSync(path.join(root, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && missingMessage === undefined) return undefined;
    problems.push({ file, line: 1, col: 1, severity: "error", rule: "file-unreadable", message: describeReadError(root, file, code, missingMessage) });
    return undefined;
  }
}

function describeReadError(root: string, file: string, code: string | undefined, missingMessage: string | undefined): string {
  switch (code) {
    case "EISDIR":
      return "is a directory, but a file is expected here";
    case "ENOENT":
      return isBrokenLink(path.join(root, file)) ? "is a link to a file that does not exist" : (missingMessage ?? "does not exist");
    case "EACCES":
    case "EPERM":
      return "cannot be read: permission denied";
    default:
      return `cannot be read (${code ?? "unknown error"})`;
  }
}

function isBrokenLink(abs: string): boolean {
  try {
    return fs.lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Every entry below `dir` (relative to root), files and anything else that is not a directory, sorted. */
export function listEntries(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(abs, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  // String slicing rather than path.relative: this runs for every prompt file of the catalog.
  const prefix = abs.length + 1;
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => {
      const below = e.parentPath.length > abs.length ? `${e.parentPath.slice(prefix).split(path.sep).join("/")}/` : "";
      return `${dir}/${below}${e.name}`;
    })
    .sort();
}

/** Names directly inside `dir` (relative to root), directories included, sorted. */
export function listNames(root: string, dir: string): string[] {
  try {
    return fs.readdirSync(path.join(root, dir)).sort();
  } catch {
    return [];
  }
}
