import { z } from "zod";

/** The parts of `terraform show -json <plan>` this report reads (format_version 1.x). */
const resourceChangeSchema = z.object({
  address: z.string(),
  type: z.string(),
  name: z.string().optional(),
  change: z.object({
    actions: z.array(z.enum(["no-op", "create", "read", "update", "delete"])),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    before_sensitive: z.unknown().optional(),
    after_sensitive: z.unknown().optional(),
  }),
});

export const planSchema = z.object({
  format_version: z.string().regex(/^1\./, "must be a Terraform JSON plan, format_version 1.x"),
  resource_changes: z.array(resourceChangeSchema).default([]),
});

export type Plan = z.infer<typeof planSchema>;
export type ResourceChange = z.infer<typeof resourceChangeSchema>;
export type Action = "create" | "update" | "replace" | "delete";

export function actionOf(change: ResourceChange): Action | undefined {
  const actions = change.change.actions;
  if (actions.includes("delete") && actions.includes("create")) return "replace";
  if (actions.includes("create")) return "create";
  if (actions.includes("delete")) return "delete";
  if (actions.includes("update")) return "update";
  return undefined;
}

/**
 * Names of the top-level attributes an update changes, marking the sensitive ones. Values are never returned:
 * a plan holds SDK keys and tokens in plain text (`terraform show -json` does not mask them).
 */
export function changedAttributes(change: ResourceChange): string[] {
  const before = (change.change.before ?? {}) as Record<string, unknown>;
  const after = (change.change.after ?? {}) as Record<string, unknown>;
  const sensitive = {
    ...((change.change.before_sensitive ?? {}) as Record<string, unknown>),
    ...((change.change.after_sensitive ?? {}) as Record<string, unknown>),
  };
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names
    .filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]))
    .map((name) => (sensitive[name] ? `${name} (sensitive)` : name));
}

/** Resource types whose replacement or deletion changes what users are served, or destroys SDK keys. */
export const LOUD_TYPES = new Set([
  "launchdarkly_project",
  "launchdarkly_environment",
  "launchdarkly_ai_config",
  "launchdarkly_ai_config_variation",
]);
