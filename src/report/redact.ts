import { createHmac, randomBytes } from "node:crypto";
import type { Plan, ResourceChange } from "./plan";

/**
 * A plan to keep as a CI artifact: `terraform show -json` writes sensitive values (SDK keys, tokens) in plain
 * text, in the changes and in `prior_state`, `planned_values`, `variables` and `configuration`. Only what
 * `aic report` reads is kept (the plan schema drops the rest), and every value a `*_sensitive` mask marks
 * becomes a fingerprint: equal values keep equal fingerprints within this plan, so the report still sees which
 * sensitive attributes change, and the random key behind them is never written anywhere.
 */
export function redactPlan(plan: Plan): Plan {
  const key = randomBytes(32);
  const fingerprint = (value: unknown) =>
    `(sensitive ${createHmac("sha256", key)
      .update(JSON.stringify(value) ?? "")
      .digest("hex")
      .slice(0, 16)})`;
  const mask = (value: unknown, sensitive: unknown): unknown => {
    if (sensitive === true) return value === null || value === undefined ? value : fingerprint(value);
    if (Array.isArray(value) && Array.isArray(sensitive)) return value.map((item, i) => mask(item, sensitive[i]));
    if (isObject(value) && isObject(sensitive))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v, sensitive[k])]));
    return value;
  };
  return {
    format_version: plan.format_version,
    resource_changes: plan.resource_changes.map((rc): ResourceChange => ({
      ...rc,
      change: {
        ...rc.change,
        before: mask(rc.change.before, rc.change.before_sensitive),
        after: mask(rc.change.after, rc.change.after_sensitive),
      },
    })),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
