import { pathText } from "../../schema-problems";
import type { PathSegment } from "../../yaml-file";

/** A path as the messages quote it, and a finding at it as a sentence ("<path> must …" or "<path>: <detail>"). */
export const label = (path: readonly PathSegment[]) => `"${pathText(path)}"`;
export const sentence = (path: readonly PathSegment[], detail: string) =>
  /^(must|is|cannot|names) /.test(detail) ? `${label(path)} ${detail}` : `${label(path)}: ${detail}`;
