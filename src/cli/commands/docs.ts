import * as fs from "node:fs";
import * as path from "node:path";
import { loadCatalog } from "../../catalog";
import { renderAccessPage } from "../../docs/access-page";
import { renderCatalogPage } from "../../docs/catalog-page";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import { reportProblems, type Format, type Output } from "../output";
import { withCatalogRoot } from "./validate";

export interface DocsOptions {
  root: string;
  format: Format;
}

/** The generated pages, by path relative to the catalog root. */
export function renderDocs(catalog: Parameters<typeof renderCatalogPage>[0]): Record<string, string> {
  return { "docs/catalog.md": renderCatalogPage(catalog), "docs/access.md": renderAccessPage(catalog) };
}

export function docsCommand(options: DocsOptions, output: Output): number {
  const result = withCatalogRoot(() => loadCatalog(options.root));
  if (!result.ok) {
    reportProblems(output, result.problems, result.prompts, options);
    output.err("no page was written");
    return EXIT_INVALID;
  }
  for (const [file, text] of Object.entries(renderDocs(result.catalog))) {
    const target = path.join(options.root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    output.out(`wrote ${file}`);
  }
  return EXIT_OK;
}
