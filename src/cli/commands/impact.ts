import { analyseImpact } from "../../impact/analyse";
import { renderImpactMarkdown } from "../../impact/markdown";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import type { Output } from "../output";
import { loadBaseCatalog } from "./base";
import { loadValidCatalog } from "./validate";

export interface ImpactOptions {
  root: string;
  base: string;
  format: "markdown" | "json";
}

/** What changed between git `base` and the working tree, per environment; exit 1 when it cannot be applied safely. */
export function impactCommand(options: ImpactOptions, output: Output): number {
  const head = loadValidCatalog(options.root, output, options.format === "json" ? "json" : "text");
  if (!head) return EXIT_INVALID;
  const base = loadBaseCatalog(options.root, options.base, output, "comparing with an empty catalog");
  const impact = analyseImpact(base, head);
  output.out(options.format === "json" ? JSON.stringify({ base: options.base, ...impact }, null, 2) : renderImpactMarkdown(impact, options.base).trimEnd());
  for (const blocker of impact.blockers) output.err(`aic: cannot be applied as it is: ${blocker}`);
  return impact.blockers.length > 0 ? EXIT_INVALID : EXIT_OK;
}
