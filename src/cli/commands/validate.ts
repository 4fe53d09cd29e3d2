import { CatalogRootError, checkCatalog, loadCatalog, type Catalog } from "../../catalog";
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

/**
 * The catalog a command works on, or undefined after every problem has been reported (the command then exits
 * 1). `refusal` says what the command did not do, e.g. "no page was written".
 */
export function loadValidCatalog(root: string, output: Output, format: Format, refusal?: string): Catalog | undefined {
  const result = withCatalogRoot(() => loadCatalog(root));
  if (result.ok) return result.catalog;
  reportProblems(output, result.problems, result.prompts, { format, root });
  if (refusal) output.err(refusal);
  return undefined;
}

export function validateCommand(options: ValidateOptions, output: Output): number {
  const result = withCatalogRoot(() => checkCatalog(options.root));
  reportProblems(output, result.problems, result.prompts, options);
  return result.ok ? EXIT_OK : EXIT_INVALID;
}
