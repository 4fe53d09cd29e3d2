import * as fs from "node:fs";
import * as path from "node:path";
import { renderAccessPage } from "../../docs/access-page";
import { renderCatalogPage } from "../../docs/catalog-page";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import type { Format, Output } from "../output";
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
  for (const [file, text] of Object.entries(renderDocs(catalog))) {
    const target = path.join(options.root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    output.out(`wrote ${file}`);
  }
  return EXIT_OK;
}
