import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "./errors";

/**
 * Writes `text` to `file` through a temporary file beside it and a rename, so that no reader ever sees half a
 * file and a failed write leaves the old one. A directory in the way is a usage error, never replaced.
 */
export function writeFileAtomically(file: string, text: string): void {
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new UsageError(`${file} is a directory; nothing was written there`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
