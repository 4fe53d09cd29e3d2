/** `npm run catalog-format`: regenerates docs/catalog-format.md, the field reference, from the catalog's schemas. */
import * as path from "node:path";
import { writeFile } from "../src/cli/safe-write";
import { renderCatalogFormat } from "../src/docs/catalog-format";

const target = path.resolve(__dirname, "../docs/catalog-format.md");
writeFile(target, renderCatalogFormat());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
