import type { Catalog } from "../catalog";
import { stackInputs } from "./stack-inputs";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Top-level fields whose values differ between two versions of one thing. */
function changedFields(before: object, after: object, ignore: readonly string[] = []): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !ignore.includes(k) && !same(b[k], a[k]));
}

/** "added", "removed" or "changes (fields)" for each keyed item that differs between two lists. */
function keyedChanges<T extends { key: string }>(
  what: string,
  before: readonly T[],
  after: readonly T[],
  ignore: readonly string[] = [],
): string[] {
  const lines: string[] = [];
  for (const item of after) {
    const old = before.find((b) => b.key === item.key);
    if (!old) lines.push(`${what} ${item.key} is added`);
    else {
      const fields = changedFields(old, item, ignore);
      if (fields.length > 0) lines.push(`${what} ${item.key} changes (${fields.join(", ")})`);
    }
  }
  for (const item of before) if (!after.some((a) => a.key === item.key)) lines.push(`${what} ${item.key} is removed`);
  return lines;
}

type LaunchDarklyInputs = {
  backend: unknown;
  project: unknown;
  environments: Array<{ key: string }>;
  models: Array<{ key: string }>;
  tools: Array<{ key: string }>;
  metrics: Array<{ key: string }>;
  teams: Array<{ key: string }>;
  auditLog: unknown;
  aiConfigs: Array<{ key: string; variations: Array<{ key: string }> }>;
};

/**
 * What changes in the project-wide `launchdarkly` stack, in words, one line per thing: every AI Config and
 * variation (names, maintainer, tags, prompts, models, tools, judges), model config, tool, metric, team role and
 * environment setting that LaunchDarkly shows in every environment, production included. Any change there that
 * these lines do not name still yields a line, so the stack never changes unannounced.
 */
export function launchDarklyChanges(base: Catalog | undefined, head: Catalog): string[] {
  const after = stackInputs(head).launchdarkly as LaunchDarklyInputs;
  if (!base) return ["the launchdarkly stack is new"];
  const before = stackInputs(base).launchdarkly as LaunchDarklyInputs;
  if (same(before, after)) return [];
  const lines = [
    ...(same(before.project, after.project) ? [] : ["the project's name or tags change"]),
    ...(same(before.backend, after.backend) ? [] : ["the LaunchDarkly instance or the Terraform state changes"]),
    ...keyedChanges("environment", before.environments, after.environments),
    ...keyedChanges("model", before.models, after.models),
    ...keyedChanges("tool", before.tools, after.tools),
    ...keyedChanges("metric", before.metrics, after.metrics),
    ...keyedChanges("the role of team", before.teams, after.teams),
    ...(same(before.auditLog, after.auditLog) ? [] : ["the audit-log export changes"]),
    ...keyedChanges("AI Config", before.aiConfigs, after.aiConfigs, ["variations"]),
  ];
  for (const config of after.aiConfigs) {
    const old = before.aiConfigs.find((c) => c.key === config.key);
    if (old)
      lines.push(
        ...keyedChanges(`variation ${config.key}/`, old.variations, config.variations).map((l) => l.replace("/ ", "/")),
      );
  }
  return lines.length > 0 ? lines : ["the launchdarkly stack's configuration changes"];
}
