import * as path from "node:path";
import { loadCatalog } from "../../catalog";
import { promote, PromotionRefused, UnknownPromotionTarget } from "../../catalog/promote";
import { EXIT_INVALID, EXIT_OK, UsageError } from "../errors";
import type { Output } from "../output";
import { writeFile } from "../safe-write";
import { loadValidCatalog } from "./validate";

/** `--percent`: a share above 0 and at most 100, with at most one decimal; anything else is a usage mistake. */
export function parsePercent(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (
    text.trim() === "" ||
    !Number.isFinite(value) ||
    value <= 0 ||
    value > 100 ||
    Math.round(value * 10) !== value * 10
  ) {
    throw new UsageError(
      `--percent ${text}: must be a number above 0 and at most 100, with at most one decimal (e.g. 10 or 12.5)`,
    );
  }
  return value;
}

/** `aic promote <config> <variation> --to ENV [--percent N]`: an ordinary edit, for an ordinary pull request. */
export function promoteCommand(
  configKey: string,
  variation: string,
  options: { root: string; to: string; percent?: string },
  output: Output,
): number {
  const percent = parsePercent(options.percent);
  const catalog = loadValidCatalog(options.root, output, "text", "nothing was promoted");
  if (!catalog) return EXIT_INVALID;
  let result;
  try {
    result = promote(catalog, configKey, variation, options.to, percent);
  } catch (error) {
    if (error instanceof UnknownPromotionTarget) throw new UsageError(error.message);
    if (!(error instanceof PromotionRefused)) throw error;
    output.err(`aic: not promoted: ${error.message}`);
    return EXIT_INVALID;
  }
  if (!result.changed) {
    output.out(
      `nothing to change: ${options.to} already serves ${result.fallthrough} as its fallthrough; ${result.file} is untouched`,
    );
    return EXIT_OK;
  }
  const file = path.join(options.root, result.file);
  writeFile(file, result.text);
  // The edit is checked as part of the whole catalog; an invalid result is taken back.
  const check = loadCatalog(options.root);
  if (!check.ok) {
    writeFile(file, result.before);
    const errors = check.problems.filter((p) => p.severity === "error").map((p) => p.message);
    output.err(`aic: not promoted: the promoted catalog would be invalid: ${errors.join("; ")}`);
    return EXIT_INVALID;
  }
  output.out(`${result.file}: ${options.to} fallthrough -> ${result.fallthrough}`);
  return EXIT_OK;
}
