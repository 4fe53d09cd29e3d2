import * as path from "node:path";
import { renderAccessPage } from "../../docs/access-page";
import { renderCatalogPage } from "../../docs/catalog-page";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import type { Format, Output } from "../output";
import { writeFiles } from "../safe-write";
import { loadValidCatalog } from "./validate";

export interface DocsOptions {
  root: string;
  format: Format;
}

/** The generated pages, by path relative to the catalog root. */
export function renderDocs(catalog: Parameters<typeof renderCatalogPage>[0]): Record<string, string> {
  return { "docs/catalog.md": renderCatalogPage(catalog), "docs/access.md": renderAccessPage(catalog) };
}

export function docsCommand(options: DocsOptions, output: Output): number {
  const catalog = loadValidCatalog(options.root, output, options.format, "no page was written");
  if (!catalog) return EXIT_INVALID;
  const pages = Object.entries(renderDocs(catalog));
  writeFiles(pages.map(([file, text]) => ({ path: path.join(options.root, file), text })));
  for (const [file] of pages) output.out(`wrote ${file}`);
  return EXIT_OK;
}
