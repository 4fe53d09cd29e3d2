import { promote, PromotionRefused } from "../../catalog/promote";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import type { Output } from "../output";
import { loadValidCatalog } from "./validate";

/** `aic promote <config> <variation> --to ENV [--percent N]`: an ordinary edit, for an ordinary pull request. */
export function promoteCommand(configKey: string, variation: string, options: { root: string; to: string; percent?: string }, output: Output): number {
  const catalog = loadValidCatalog(options.root, output, "text", "nothing was promoted");
  if (!catalog) return EXIT_INVALID;
  try {
    const result = promote(options.root, catalog, configKey, variation, options.to, options.percent === undefined ? undefined : Number(options.percent));
    output.out(`${result.file}: ${options.to} fallthrough -> ${result.fallthrough}`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof PromotionRefused)) throw error;
    output.err(`aic: not promoted: ${error.message}`);
    return EXIT_INVALID;
  }
}
