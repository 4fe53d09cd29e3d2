import { basicLogger, Context, init, type LDContext } from "@launchdarkly/node-server-sdk";
import { TestData } from "@launchdarkly/node-server-sdk/integrations";
import { initAi } from "@launchdarkly/server-sdk-ai";
import type { Catalog } from "../catalog";
import { didYouMean } from "../catalog/suggest";
import { describeClause } from "./describe";
import { disabledValue, flagData } from "./flag-data";

export interface PreviewResult {
  config: string;
  environment: string;
  enabled: boolean;
  /** The served variation's key; empty when LaunchDarkly's disabled variation is served. */
  variation: string;
  /** Why, as LaunchDarkly evaluated it: "rule 1 (in segment beta-users)", "fallthrough", "fallthrough rollout", "targeting off". */
  reason: string;
  /** The running experiment that measures the traffic this context fell into, and the treatment it gets. */
  experiment?: { key: string; treatment: string; baseline: boolean };
  model?: { name: string; parameters?: Record<string, unknown> };
  provider?: string;
  messages?: Array<{ role: string; content: string }>;
  instructions?: string;
}

/** A mistake in what the user asked to preview (unknown config or environment, missing or ill-typed variable). */
export class PreviewError extends Error {}

type DeclaredVariable = Catalog["aiConfigs"][number]["variables"][number];

/** A `--var` value as the application would pass it: of the declared type, and one of the enum when there is one. */
function typedValue(variable: DeclaredVariable, text: string): string | number | boolean {
  const problem = (why: string) => new PreviewError(`--var ${variable.name}=${text}: ${why}`);
  let value: string | number | boolean = text;
  if (variable.type === "number") {
    value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value)) throw problem(`${variable.name} is a number`);
  } else if (variable.type === "boolean") {
    if (text !== "true" && text !== "false") throw problem(`${variable.name} is true or false`);
    value = text === "true";
  }
  if (variable.enum && !variable.enum.includes(value))
    throw problem(`${variable.name} is one of ${variable.enum.map(String).join(", ")}`);
  return value;
}

/**
 * Why LaunchDarkly would not evaluate `context`, or undefined when it would: the SDK's own check (a non-empty
 * string key per kind, a valid kind), so that preview never answers for a context the SDK would reject.
 */
export function contextProblem(context: LDContext): string | undefined {
  const checked = Context.fromLDContext(context);
  if (checked.valid) return undefined;
  return `${(checked.message ?? "it is not valid").replace(/^./, (c) => c.toLowerCase())}: a context needs a non-empty string "key" and a "kind" of letters, digits, '.', '_' or '-' (default user), or "kind": "multi" with one such object per kind`;
}

/**
 * Evaluates one AI Config for one context exactly as LaunchDarkly would serve it in an environment: the real
 * Node server SDK evaluates the flag data built from the catalog (offline: TestData, no events, no network),
 * and the real AI SDK renders the messages with the variables. A missing required variable is an error here,
 * where the SDK would silently render an empty string.
 */
export async function preview(
  catalog: Catalog,
  configKey: string,
  environment: string,
  context: LDContext,
  variables: Record<string, string>,
): Promise<PreviewResult> {
  const config = catalog.aiConfigs.find((c) => c.key === configKey);
  const configKeys = catalog.aiConfigs.map((c) => c.key);
  if (!config)
    throw new PreviewError(
      `unknown AI Config "${configKey}"${didYouMean(configKey, configKeys)}; known: ${configKeys.join(", ")}`,
    );
  const environments = catalog.environments.map((e) => e.key);
  if (!environments.includes(environment))
    throw new PreviewError(
      `unknown environment "${environment}"${didYouMean(environment, environments)}; known: ${environments.join(", ")}`,
    );
  const missing = config.variables.filter((v) => v.required && !(v.name in variables)).map((v) => v.name);
  if (missing.length > 0)
    throw new PreviewError(`${configKey} requires ${missing.map((m) => `--var ${m}=...`).join(", ")}`);
  const undeclared = Object.keys(variables).filter((name) => !config.variables.some((v) => v.name === name));
  if (undeclared.length > 0) {
    const names = config.variables.map((v) => v.name);
    throw new PreviewError(
      `${configKey} declares no variable ${undeclared.map((name) => `${name}${didYouMean(name, names)}`).join(", ")}; it declares ${names.join(", ") || "none"}`,
    );
  }
  const invalid = contextProblem(context);
  if (invalid) throw new PreviewError(`--context: ${invalid}`);
  const typed = Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [
      name,
      typedValue(
        config.variables.find((v) => v.name === name)!,
        value,
      ),
    ]),
  );

  const data = flagData(catalog, environment);
  const td = new TestData();
  for (const segment of Object.values(data.segments)) await td.usePreconfiguredSegment(segment);
  for (const flag of Object.values(data.flags)) await td.usePreconfiguredFlag(flag);
  const client = init("offline-preview", {
    updateProcessor: td.getFactory(),
    sendEvents: false,
    diagnosticOptOut: true,
    logger: basicLogger({ level: "none" }),
  });
  try {
    await client.waitForInitialization({ timeout: 5 });
    const detail = await client.variationDetail(configKey, context, disabledValue(config));
    const ai = initAi(client);
    const served =
      config.mode === "agent"
        ? await ai.agentConfig(configKey, context, { enabled: false }, typed)
        : config.mode === "judge"
          ? await ai.judgeConfig(configKey, context, { enabled: false }, typed)
          : await ai.completionConfig(configKey, context, { enabled: false }, typed);
    const meta = (detail.value as { _ldMeta?: { variationKey?: string } })._ldMeta;
    const targeting = config.targeting[environment];
    let reason = detail.reason.kind === "OFF" ? "targeting off" : detail.reason.kind.toLowerCase();
    // The traffic the context fell into, as an experiment names it: undefined for the fallthrough.
    let audience: string | undefined | null = null;
    if (detail.reason.kind === "RULE_MATCH" && targeting) {
      const rule = targeting.rules[detail.reason.ruleIndex ?? 0]!;
      reason = `rule ${(detail.reason.ruleIndex ?? 0) + 1} (${rule.clauses.map(describeClause).join(" and ")})${rule.serve.rollout ? " rollout" : ""}`;
      audience = rule.description ?? null;
    } else if (detail.reason.kind === "FALLTHROUGH") {
      if (targeting?.fallthrough.rollout) reason = "fallthrough rollout";
      audience = undefined;
    }
    const variationKey = meta?.variationKey ?? "";
    const running = (config.experiments[environment] ?? []).find(
      (e) => e.state === "running" && audience !== null && e.rule === audience,
    );
    const treatment = running?.treatments.find((t) => t.variation === variationKey);
    const result = served as {
      enabled: boolean;
      model?: PreviewResult["model"];
      provider?: { name: string };
      messages?: PreviewResult["messages"];
      instructions?: string;
    };
    return {
      config: configKey,
      environment,
      enabled: result.enabled,
      variation: variationKey,
      reason,
      experiment:
        running && treatment
          ? { key: running.key, treatment: treatment.variation, baseline: treatment.baseline }
          : undefined,
      model: result.model,
      provider: result.provider?.name,
      messages: result.messages,
      instructions: result.instructions,
    };
  } finally {
    client.close();
  }
}
