import * as fs from "node:fs";
import * as path from "node:path";
import type { Catalog } from "./catalog";
import type { Position } from "../prompts/text-positions";
import { YamlFile, type PathSegment } from "./yaml-file";

/** Where a value is in one of the catalog's YAML files, for problems found after the catalog was built. */
export function positionInCatalogFile(catalog: Catalog, file: string, at: readonly PathSegment[]): Position {
  return new YamlFile(file, fs.readFileSync(path.join(catalog.root, file), "utf8")).valueAt(at);
}
