import type { LoadedFile, Reporter } from "../../context";
import { didYouMean } from "../../suggest";
import type { PathSegment } from "../../yaml-file";

/** Reports a name that refers to nothing declared, with the closest known name and, when short, the list. */
export function unknownReference(
  report: Reporter,
  target: LoadedFile<unknown>,
  path: PathSegment[],
  what: string,
  key: string,
  known: Iterable<string>,
): void {
  const list = [...new Set(known)];
  const hint = list.length > 0 && list.length <= 12 ? `; known: ${list.join(", ")}` : "";
  report.at(target, path, `unknown ${what} "${key}"${didYouMean(key, list)}${hint}`);
}
