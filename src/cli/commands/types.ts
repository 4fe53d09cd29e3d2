import { renderVariableTypes } from "../../codegen/variables";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import type { Output } from "../output";
import { writeFile } from "../safe-write";
import { loadValidCatalog } from "./validate";

/** `aic types --out FILE`: the TypeScript types of every AI Config's variables, for the application. */
export function typesCommand(options: { root: string; out: string }, output: Output): number {
  const catalog = loadValidCatalog(options.root, output, "text", "no type file was written");
  if (!catalog) return EXIT_INVALID;
  writeFile(options.out, renderVariableTypes(catalog));
  output.out(`wrote ${options.out}`);
  return EXIT_OK;
}
