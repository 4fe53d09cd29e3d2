import { createHash } from "node:crypto";
import { z } from "zod";

/** The parts of `terraform show -json <plan>` that say what applying it changes. */
const changeSchema = z.object({
  actions: z.array(z.string()),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  after_unknown: z.unknown().optional(),
  before_sensitive: z.unknown().optional(),
  after_sensitive: z.unknown().optional(),
  replace_paths: z.unknown().optional(),
  importing: z.unknown().optional(),
});

export const terraformPlanSchema = z.object({
  format_version: z.string().regex(/^1\./, "must be a Terraform JSON plan, format_version 1.x"),
  resource_changes: z
    .array(
      z.object({
        address: z.string(),
        previous_address: z.string().optional(),
        type: z.string(),
        action_reason: z.string().optional(),
        change: changeSchema,
      }),
    )
    .default([]),
  output_changes: z.record(z.string(), changeSchema).default({}),
});

export type TerraformPlan = z.infer<typeof terraformPlanSchema>;

/** What the apply job checks its own plan against: kept beside the reviewed plan, holding no sensitive value. */
export const planRecordSchema = z.object({
  stack: z.string(),
  commit: z.string(),
  /** SHA-256 of the plan's changes, sensitive values replaced by one marker (reviewers never see them either). */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  /** False only when applying the plan changes nothing. */
  changes: z.boolean(),
  /** LaunchDarkly environments the plan deletes, and whether each was gated in the live project. */
  removedEnvironments: z.array(z.object({ key: z.string(), gated: z.boolean() })),
});

export type PlanRecord = z.infer<typeof planRecordSchema>;

const SENSITIVE = "(sensitive)";

function masked(value: unknown, sensitive: unknown): unknown {
  if (sensitive === true) return value === null || value === undefined ? value : SENSITIVE;
  if (Array.isArray(value))
    return value.map((item, i) => masked(item, Array.isArray(sensitive) ? sensitive[i] : undefined));
  if (isObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, masked(v, isObject(sensitive) ? sensitive[k] : undefined)]),
    );
  return value;
}

/** JSON with object keys sorted, so equal content always gives equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

type Change = z.infer<typeof changeSchema>;
const comparable = (change: Change) => ({
  actions: change.actions,
  before: masked(change.before, change.before_sensitive),
  after: masked(change.after, change.after_sensitive),
  after_unknown: change.after_unknown,
  before_sensitive: change.before_sensitive,
  after_sensitive: change.after_sensitive,
  replace_paths: change.replace_paths,
  importing: change.importing,
});

/**
 * The digest of what applying a plan changes: every resource and output change, with sensitive values masked.
 * Two plans with equal digests do the same thing, as far as anyone reviewing them could see.
 */
export function planDigest(plan: TerraformPlan): string {
  const resources = [...plan.resource_changes]
    .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0))
    .map((rc) => ({
      address: rc.address,
      previous_address: rc.previous_address,
      type: rc.type,
      action_reason: rc.action_reason,
      change: comparable(rc.change),
    }));
  const outputs = Object.fromEntries(
    Object.entries(plan.output_changes).map(([name, change]) => [name, comparable(change)]),
  );
  return createHash("sha256").update(canonical({ resources, outputs })).digest("hex");
}

const changes = (change: Change) => change.actions.some((a) => a !== "no-op" && a !== "read");

type LiveEnvironment = { critical?: unknown; approval_settings?: { required?: unknown } | null };

/** Environments a plan deletes from the LaunchDarkly project (all of them when it replaces or destroys the project). */
function removedEnvironments(plan: TerraformPlan): PlanRecord["removedEnvironments"] {
  const removed: PlanRecord["removedEnvironments"] = [];
  for (const rc of plan.resource_changes.filter((c) => c.type === "launchdarkly_project")) {
    const before = (
      isObject(rc.change.before) && isObject(rc.change.before.environments) ? rc.change.before.environments : {}
    ) as Record<string, LiveEnvironment>;
    const deleted = rc.change.actions.includes("delete");
    const after =
      !deleted && isObject(rc.change.after) && isObject(rc.change.after.environments)
        ? rc.change.after.environments
        : {};
    for (const [key, env] of Object.entries(before)) {
      if (key in after) continue;
      removed.push({
        key,
        gated: key === "production" || env?.critical === true || env?.approval_settings?.required === true,
      });
    }
  }
  return removed;
}

export function planRecord(stack: string, commit: string, plan: TerraformPlan): PlanRecord {
  return {
    stack,
    commit,
    digest: planDigest(plan),
    changes: plan.resource_changes.some((rc) => changes(rc.change)) || Object.values(plan.output_changes).some(changes),
    removedEnvironments: removedEnvironments(plan),
  };
}

/** Why a plan made after the approval is not the reviewed one, or undefined when it is. */
export function differenceFromReviewed(reviewed: PlanRecord, now: PlanRecord): string | undefined {
  if (reviewed.stack !== now.stack) return `the reviewed record is of stack ${reviewed.stack}, not ${now.stack}`;
  if (reviewed.commit !== now.commit)
    return `the reviewed plan of ${now.stack} was made from commit ${reviewed.commit}, not ${now.commit}`;
  if (reviewed.digest !== now.digest)
    return `the plan of ${now.stack} changed since it was reviewed (the state or what is live moved in between)`;
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
