import { CatalogRootError, loadCatalog } from "../../catalog";
import { EXIT_INVALID, EXIT_OK, UsageError } from "../errors";
import { reportProblems, type Format, type Output } from "../output";

export interface ValidateOptions {
  root: string;
  format: Format;
  tokens?: boolean;
}

export function loadOrUsageError(root: string): ReturnType<typeof loadCatalog> {
  try {
    return loadCatalog(root);
  } catch (error) {
    if (error instanceof CatalogRootError) throw new UsageError(error.message);
    throw error;
  }
}

export function validateCommand(options: ValidateOptions, output: Output): number {
  const result = loadOrUsageError(options.root);
  reportProblems(output, result.problems, result.prompts, options);
  return result.ok ? EXIT_OK : EXIT_INVALID;
}
