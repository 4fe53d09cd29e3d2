import type { Catalog } from "../src/catalog";

export function commonTags(catalog: Catalog, stack: string, environment?: string): Record<string, string> {
  return {
    "managed-by": "aic-terraform",
    "aic-project": catalog.project.key,
    "aic-stack": stack,
    ...(environment ? { "aic-environment": environment } : {}),
  };
}
