import { BaseRefError, loadCatalogAtRef } from "../../catalog/at-git-ref";
import type { Catalog } from "../../catalog";
import { UsageError } from "../errors";
import type { Output } from "../output";

/**
 * The catalog at git `ref`, for commands that compare with it; undefined when the revision has no catalog, or an
 * invalid one (said on stderr). A revision that cannot be read is a usage mistake.
 */
export function loadBaseCatalog(root: string, ref: string, output: Output, consequence: string): Catalog | undefined {
  let base: ReturnType<typeof loadCatalogAtRef>;
  try {
    base = loadCatalogAtRef(root, ref);
  } catch (error) {
    if (error instanceof BaseRefError) throw new UsageError(error.message);
    throw error;
  }
  if (base && !base.ok) output.err(`aic: the catalog at ${ref} is invalid; ${consequence}`);
  return base?.ok ? base.catalog : undefined;
}
