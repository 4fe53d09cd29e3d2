import { CatalogRootError, checkCatalog } from "../../catalog";
import { EXIT_INVALID, EXIT_OK, UsageError } from "../errors";
import { reportProblems, type Format, type Output } from "../output";

export interface ValidateOptions {
  root: string;
  format: Format;
  tokens?: boolean;
}

/** Runs a catalog read, turning a missing root into a usage error (exit 2). */
export function withCatalogRoot<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CatalogRootError) throw new UsageError(error.message);
    throw error;
  }
}

export function validateCommand(options: ValidateOptions, output: Output): number {
  const result = withCatalogRoot(() => checkCatalog(options.root));
  reportProblems(output, result.problems, result.prompts, options);
  return result.ok ? EXIT_OK : EXIT_INVALID;
}
