import type { AiConfig, Catalog, DeepReadonly, Variation } from "./catalog";
import type { Serve } from "./schema";

/** A serve as variation shares in percent: `[[key, 100]]` for one variation, else the rollout's weights. */
export function servedShares(serve: DeepReadonly<Serve> | undefined): Array<[string, number]> {
  if (!serve) return [];
  return serve.variation !== undefined ? [[serve.variation, 100]] : Object.entries(serve.rollout?.weights ?? {});
}

/**
 * The variations an environment can serve for one AI Config: every rule's and the fallthrough's variation or
 * rollout share above zero, and the off variation. Without targeting in that environment, none: LaunchDarkly
 * serves its built-in disabled variation.
 */
export function servedVariations(config: AiConfig, environment: string): Set<string> {
  const targeting = config.targeting[environment];
  const served = new Set<string>();
  if (!targeting) return served;
  if (targeting.offVariation) served.add(targeting.offVariation);
  if (!targeting.enabled) return served;
  for (const rule of targeting.rules) addServed(served, rule.serve);
  addServed(served, targeting.fallthrough);
  return served;
}

function addServed(served: Set<string>, serve: DeepReadonly<Serve> | undefined): void {
  for (const [key, share] of servedShares(serve)) if (share > 0) served.add(key);
}

/**
 * Model keys an environment can call: those of the variations it serves, and of what the judges attached to
 * them serve in the same environment. Sorted, so that output built from it is stable.
 */
export function servedModels(catalog: Catalog, environment: string): string[] {
  const configs = new Map(catalog.aiConfigs.map((c) => [c.key, c]));
  const models = new Set<string>();
  for (const config of catalog.aiConfigs) {
    const served = servedVariations(config, environment);
    for (const variation of config.variations) {
      if (!served.has(variation.key)) continue;
      models.add(variation.model);
      for (const judge of variation.judges) {
        const judgeConfig = configs.get(judge.key);
        if (!judgeConfig) continue;
        const judged = servedVariations(judgeConfig, environment);
        for (const v of judgeConfig.variations) if (judged.has(v.key)) models.add(v.model);
      }
    }
  }
  return [...models].sort();
}

/** The catalog models the application may call in `environment`: all of them where it opts in, else those it serves. */
export function callableModels(catalog: Catalog, environment: string): Catalog["models"] {
  const env = catalog.environments.find((e) => e.key === environment)!;
  if (env.bedrock.allowAllCatalogModels) return catalog.models;
  const served = servedModels(catalog, environment);
  return catalog.models.filter((m) => served.includes(m.key));
}

/** What the SDK serves for a variation, as text: the messages with their roles, or an agent's instructions. */
export function renderServedPrompt(config: AiConfig, variation: Variation): string {
  if (config.mode === "agent") return `${variation.prompt.instructions ?? ""}\n`;
  return `${variation.prompt.messages.map((m) => `${m.role}:\n${m.content}`).join("\n\n")}\n`;
}
