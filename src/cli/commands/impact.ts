import { analyseImpact } from "../../impact/analyse";
import { renderImpactMarkdown } from "../../impact/markdown";
import { renderImpactText } from "../../impact/text";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import type { Output } from "../output";
import { loadBaseCatalog } from "./base";
import { loadValidCatalog } from "./validate";

export interface ImpactOptions {
  root: string;
  base: string;
  /** Default: text on a terminal, Markdown otherwise (the pull-request comment is made from a redirect). */
  format?: "text" | "markdown" | "json";
}

/** What changed between git `base` and the working tree, per environment; exit 1 when it cannot be applied safely. */
export function impactCommand(options: ImpactOptions, output: Output): number {
  const format = options.format ?? (output.isTerminal ? "text" : "markdown");
  const head = loadValidCatalog(options.root, output, format === "json" ? "json" : "text");
  if (!head) return EXIT_INVALID;
  const base = loadBaseCatalog(options.root, options.base, output, "comparing with an empty catalog");
  const impact = analyseImpact(base, head);
  const rendered = {
    json: () => JSON.stringify({ base: options.base, ...impact }, null, 2),
    markdown: () => renderImpactMarkdown(impact, options.base),
    text: () => renderImpactText(impact, options.base),
  };
  output.out(rendered[format]().trimEnd());
  for (const blocker of impact.blockers) output.err(`aic: cannot be applied as it is: ${blocker}`);
  return impact.blockers.length > 0 ? EXIT_INVALID : EXIT_OK;
}
