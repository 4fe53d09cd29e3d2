import type { DeepReadonly, EnvironmentTargeting } from "../../catalog";
import { describeTargeting } from "../../targeting/describe";
import { same, type ConfigComparator } from "./types";

type Targeting = DeepReadonly<EnvironmentTargeting>;

/**
 * Pairs the changed lines of two targeting descriptions by what they describe ("fallthrough", "rule 1: ...").
 * Targeting that starts or ends here is said once, as such, followed by what it serves (or served).
 */
export function targetingChanges(before: Targeting | undefined, after: Targeting | undefined): string[] {
  if (same(before, after)) return [];
  if (!before || !after) {
    const lines = describeTargeting(before ?? after);
    return before
      ? ["no longer targeted here: LaunchDarkly serves its disabled variation", ...lines.map((line) => `was: ${line}`)]
      : [
          "targeted here for the first time (LaunchDarkly served its disabled variation)",
          ...lines.map((line) => `now: ${line}`),
        ];
  }
  const split = (line: string) => {
    const at = line.lastIndexOf(" -> ");
    return at === -1 ? [line, ""] : [line.slice(0, at), line.slice(at + 4)];
  };
  const old = new Map(describeTargeting(before).map(split) as Array<[string, string]>);
  const now = new Map(describeTargeting(after).map(split) as Array<[string, string]>);
  const changes: string[] = [];
  for (const [label, value] of now) {
    const previous = old.get(label);
    if (previous === undefined) changes.push(`${label}: (none) -> ${value || label}`);
    else if (previous !== value) changes.push(`${label}: ${previous} -> ${value}`);
  }
  for (const [label, value] of old) if (!now.has(label)) changes.push(`${label}: ${value || label} -> (none)`);
  return changes;
}

export const targeting: ConfigComparator = ({ key, before, after }, { environment }) => {
  const changes = targetingChanges(before?.targeting[environment.key], after?.targeting[environment.key]);
  if (changes.length === 0) return {};
  return { targeting: [{ config: key, changes }], reasons: [`targeting of ${key} changed`] };
};
