import { CatalogRootError, checkCatalog, loadCatalog, sortProblems, type Catalog, type Problem } from "../../catalog";
import { positionInCatalogFile } from "../../catalog/locate";
import { RUNNING_EXPERIMENT_RULE } from "../../catalog/rules";
import { runningExperimentConflicts } from "../../experiments/guard";
import { EXIT_INVALID, EXIT_OK, UsageError } from "../errors";
import { reportProblems, type Format, type Output } from "../output";
import { loadBaseCatalog } from "./base";

export interface ValidateOptions {
  root: string;
  format: Format;
  tokens?: boolean;
  /** A git revision to compare with: what only a comparison can tell (a running experiment's treatment changed). */
  base?: string;
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
  if (options.base === undefined) {
    const result = withCatalogRoot(() => checkCatalog(options.root));
    reportProblems(output, result.problems, result.prompts, options);
    return result.ok ? EXIT_OK : EXIT_INVALID;
  }
  const result = withCatalogRoot(() => loadCatalog(options.root));
  const base = result.ok
    ? loadBaseCatalog(options.root, options.base, output, "nothing was compared with it")
    : undefined;
  const problems =
    result.ok && base ? sortProblems([...result.problems, ...comparedProblems(base, result.catalog)]) : result.problems;
  reportProblems(output, problems, result.prompts, options);
  return problems.some((p) => p.severity === "error") ? EXIT_INVALID : EXIT_OK;
}

/** Problems only a comparison with the base can find, at their place in the head's files. */
function comparedProblems(base: Catalog, head: Catalog): Problem[] {
  return runningExperimentConflicts(base, head).map(({ message, at }) => ({
    file: at.file,
    ...positionInCatalogFile(head, at.file, at.path),
    severity: "error" as const,
    rule: RUNNING_EXPERIMENT_RULE.id,
    message,
  }));
}
