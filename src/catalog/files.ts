import * as fs from "node:fs";
import * as path from "node:path";
import { TextPositions, type Position } from "../prompts/text-positions";
import { START_OF_FILE, type Problem } from "./problems";

/** Why a file under the root cannot be read as catalog text; a message for a problem, never an exception. */
export class UnreadableFile extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly position: Position = START_OF_FILE,
  ) {
    super(message);
  }
}

// Without O_NOFOLLOW (Windows) the lstat checks below still refuse links; the flag closes the gap between them
// and the open. O_NONBLOCK keeps a named pipe from blocking the open; it is refused right after.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);
const UTF8 = new TextDecoder("utf-8", { fatal: true });

export interface ReadOptions {
  /** Found by listEntries or listNames, which follow no link: only the file itself remains to be checked. */
  listed?: boolean;
  /** The listing saw a regular file here (not a link, pipe, socket or device). */
  regular?: boolean;
}

/**
 * The text of `file` (relative to `root`, forward slashes), exactly as every machine reads it: only a regular
 * file reached without a symbolic link anywhere below the root, valid UTF-8, without a byte-order mark, with
 * LF line ends (CRLF and CR become LF). Throws UnreadableFile, whose message says what is wrong.
 */
export function readCatalogText(root: string, file: string, options: ReadOptions = {}): string {
  refuseLinks(root, file, options.listed === true);
  const abs = path.join(root, file);
  if (options.listed && options.regular && fs.constants.O_NOFOLLOW !== undefined) {
    const text = readListedFile(root, file, abs);
    if (text !== undefined) return text;
  }
  let fd: number;
  try {
    fd = fs.openSync(abs, OPEN_FLAGS);
  } catch (error) {
    throw unreadable(root, file, (error as NodeJS.ErrnoException).code);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new UnreadableFile("is a directory, but a file is expected here", "EISDIR");
    if (!stat.isFile())
      throw new UnreadableFile(
        "is not a regular file (a pipe, socket or device); the catalog reads only files",
        "ENOTFILE",
      );
    return normalizeText(decode(readAll(fd, stat.size)));
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw unreadable(root, file, (error as NodeJS.ErrnoException).code);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A file the listing saw as a regular file, read in one call: a catalog of 2,000 AI Configs opens 10,000 files,
 * and open, fstat, read and close one by one cost twice as much. O_NOFOLLOW still refuses a link put in its
 * place since the listing. Only a pipe or device swapped in at that very moment would be read (a pipe as empty),
 * which takes someone changing this machine's checkout while the command runs. Undefined when the text may hold
 * bad bytes (a U+FFFD), or is empty: the byte-by-byte reading then says exactly what is wrong.
 */
function readListedFile(root: string, file: string, abs: string): string | undefined {
  let text: string;
  try {
    // Node takes the open flags as a number too, though its types name only the string forms.
    text = fs.readFileSync(abs, { encoding: "utf8", flag: OPEN_FLAGS as unknown as string });
  } catch (error) {
    throw unreadable(root, file, (error as NodeJS.ErrnoException).code);
  }
  return text === "" || text.includes("\uFFFD") ? undefined : normalizeText(text);
}

/**
 * The file's bytes, read as `fs.readFileSync(fd)` reads them, without the second fstat it makes: the size is
 * already known, and a catalog of 2,000 AI Configs opens 10,000 files.
 */
function readAll(fd: number, size: number): Buffer {
  if (size === 0) return fs.readFileSync(fd); // The kernel reports 0 for some files that hold data.
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  let bytes: number;
  do {
    bytes = fs.readSync(fd, buffer, read, size - read, null);
    read += bytes;
  } while (bytes !== 0 && read < size);
  return read < size ? buffer.subarray(0, read) : buffer;
}

/** BOM dropped, CRLF and lone CR turned into LF: what an editor shows is what is parsed and served. */
export function normalizeText(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.includes("\r") ? unmarked.replace(/\r\n?/g, "\n") : unmarked;
}

function decode(bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UnreadableFile("is UTF-16; save it as UTF-8", "EENCODING");
  }
  // The fast lossy decoding marks each bad sequence with U+FFFD; only then is the strict decoder asked whether
  // the file holds bad bytes or a U+FFFD of its own.
  const text = bytes.toString("utf8");
  const mark = text.indexOf("\uFFFD");
  if (mark === -1) return text;
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new UnreadableFile(
      "is not valid UTF-8 here; save the file as UTF-8",
      "EENCODING",
      new TextPositions(text).at(mark),
    );
  }
}

/**
 * Refuses a symbolic link at `file` or at any directory between the root and it. No link is allowed, whether
 * it points inside the root or out of it: see docs/validation.md (file-unreadable) for why. Where the open can
 * refuse a link itself (O_NOFOLLOW), only the directories are looked at here.
 */
function refuseLinks(root: string, file: string, listed: boolean): void {
  const parts = file.split("/");
  const first = listed ? parts.length : 1;
  const last = fs.constants.O_NOFOLLOW === undefined ? parts.length : parts.length - 1;
  for (let i = first; i <= last; i++) {
    const below = parts.slice(0, i).join("/");
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(path.join(root, below));
    } catch {
      return; // Absent: the open reports it.
    }
    if (stat.isSymbolicLink())
      throw new UnreadableFile(describeLink(root, below, i === parts.length ? "file" : "directory"), "ELINK");
  }
}

function describeLink(root: string, link: string, what: "file" | "directory"): string {
  let target: string;
  try {
    target = fs.realpathSync(path.join(root, link));
  } catch {
    return what === "file"
      ? "is a link to a file that does not exist"
      : `is below ${link}, a link to a directory that does not exist`;
  }
  const realRoot = fs.realpathSync(root);
  const inside = target === realRoot || target.startsWith(`${realRoot}${path.sep}`);
  const where = inside
    ? `to ${path.relative(realRoot, target).split(path.sep).join("/")}`
    : "to a path outside the catalog root";
  const subject = what === "file" ? `is a symbolic link ${where}` : `is below ${link}, a symbolic link ${where}`;
  const fix = inside
    ? "replace the link with the file itself (a variation's prompt: may name any file under prompts/)"
    : "the catalog reads only files inside --root: put the file itself here";
  return `${subject}; ${fix}`;
}

function unreadable(root: string, file: string, code: string | undefined): UnreadableFile {
  switch (code) {
    case "EISDIR":
      return new UnreadableFile("is a directory, but a file is expected here", code);
    case "ENOENT":
      return new UnreadableFile("does not exist", code);
    case "ELOOP":
      return new UnreadableFile(describeLink(root, file, "file"), code);
    case "EACCES":
    case "EPERM":
      return new UnreadableFile("cannot be read: permission denied", code);
    default:
      return new UnreadableFile(`cannot be read (${code ?? "unknown error"})`, code);
  }
}

/** Reads one file under the catalog root; a failure becomes a problem, never an exception. */
export function readText(
  root: string,
  file: string,
  problems: Problem[],
  missingMessage?: string,
  options?: ReadOptions,
): string | undefined {
  try {
    return readCatalogText(root, file, options);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    if (error.code === "ENOENT" && missingMessage === undefined) return undefined;
    const message = error.code === "ENOENT" ? (missingMessage ?? error.message) : error.message;
    problems.push({ file, ...error.position, severity: "error", rule: "file-unreadable", message });
    return undefined;
  }
}

/**
 * Every entry below `dir` (relative to root), files and anything else that is not a directory, sorted. A link
 * is listed, not followed, so that reading it reports it; when `dir` itself is (or is below) a link, it is the
 * one entry.
 */
export function listEntries(root: string, dir: string): Listed[] {
  if (linkAbove(root, dir)) return [{ file: dir, regular: false }];
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
      return { file: `${dir}/${below}${e.name}`, regular: e.isFile() };
    })
    .sort(byFile);
}

const byFile = (a: Listed, b: Listed) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** A name a listing found, and whether it is a regular file (not a directory, link, pipe, socket or device). */
export interface Listed {
  file: string;
  regular: boolean;
}

/** Names directly inside `dir` (relative to root), directories included, sorted; none when `dir` is (or is below) a link. */
export function listNames(root: string, dir: string): Listed[] {
  if (linkAbove(root, dir)) return [];
  try {
    return fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .map((e) => ({ file: e.name, regular: e.isFile() }))
      .sort(byFile);
  } catch {
    return [];
  }
}

/** Whether `dir`, or a directory between the root and it, is a symbolic link. */
function linkAbove(root: string, dir: string): boolean {
  const parts = dir.split("/");
  return parts.some((_, i) => {
    try {
      return fs.lstatSync(path.join(root, ...parts.slice(0, i + 1))).isSymbolicLink();
    } catch {
      return false;
    }
  });
}
