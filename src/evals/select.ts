import type { AiConfig, Catalog, EvalDataset } from "../catalog";
import type { Impact } from "../impact/impact";
import { servedShares, servedVariations } from "../catalog/served";
import type { EvalTarget } from "./run";

/** What the user asked to evaluate; `base` compares with the catalog at a git revision (absent: it had none). */
export interface Selection {
  config?: string;
  variation?: string;
  env?: string;
  base?: { ref: string; catalog?: Catalog; impact: Impact };
}

/** A selection that names nothing the catalog has: a usage mistake. */
export class SelectionError extends Error {}

export interface Selected {
  targets: EvalTarget[];
  /** Selected variations without a dataset: nothing tests them. */
  untested: Array<{ config: string; variation: string }>;
}

/** The variation of a judge that scores answers: what the environment serves (its largest share), else its first. */
function judgeVariation(judge: AiConfig, environment: string) {
  const targeting = judge.targeting[environment];
  const shares = targeting?.enabled ? servedShares(targeting.fallthrough).sort(([, a], [, b]) => b - a) : [];
  const key = shares[0]?.[0] ?? [...servedVariations(judge, environment)][0];
  return judge.variations.find((v) => v.key === key) ?? judge.variations[0]!;
}

function judgesOf(head: Catalog, dataset: EvalDataset, environment: string): EvalTarget["judges"] {
  const keys = new Set(dataset.cases.flatMap((c) => c.assert.flatMap((a) => (a.type === "judge" ? [a.config] : []))));
  return [...keys].map((key) => {
    const config = head.aiConfigs.find((c) => c.key === key)!;
    return { catalog: head, config, variation: judgeVariation(config, environment) };
  });
}

/**
 * The variations to evaluate: with `env`, every variation that environment serves; with `base`, only those whose
 * served output a change alters (the impact analysis: prompt, model or parameters, in any environment or in
 * `env`), on both sides; with `variation`, that one; otherwise every variation of every config with a dataset.
 * Both sides run the head's dataset and judges, so a case added with a fix shows as failing on base.
 */
export function selectTargets(head: Catalog, selection: Selection): Selected {
  const environment = selection.env ?? head.environments[0]!.key;
  const env = head.environments.find((e) => e.key === environment);
  if (!env)
    throw new SelectionError(
      `unknown environment "${environment}"; known: ${head.environments.map((e) => e.key).join(", ")}`,
    );
  if (selection.config && !head.aiConfigs.some((c) => c.key === selection.config)) {
    throw new SelectionError(
      `unknown AI Config "${selection.config}"; known: ${head.aiConfigs.map((c) => c.key).join(", ")}`,
    );
  }
  const configs = head.aiConfigs.filter((c) => !selection.config || c.key === selection.config);
  if (selection.variation) {
    const owners = configs.filter((c) => c.variations.some((v) => v.key === selection.variation));
    if (owners.length === 0)
      throw new SelectionError(
        `no AI Config${selection.config ? ` ${selection.config}` : ""} has a variation "${selection.variation}"`,
      );
    if (owners.length > 1)
      throw new SelectionError(
        `several AI Configs have a variation "${selection.variation}" (${owners.map((c) => c.key).join(", ")}): add --config`,
      );
  }

  const wanted = new Map<string, Set<string>>();
  const want = (config: string, variation: string) => {
    if (selection.variation && variation !== selection.variation) return;
    if (selection.config && config !== selection.config) return;
    wanted.set(config, (wanted.get(config) ?? new Set()).add(variation));
  };
  if (selection.base) {
    const impacts = selection.env
      ? [selection.base.impact.environments[selection.env]]
      : Object.values(selection.base.impact.environments);
    for (const impact of impacts)
      for (const change of [...(impact?.prompts ?? []), ...(impact?.models ?? [])])
        want(change.config, change.variation);
  } else {
    for (const config of configs) {
      const variations = selection.env
        ? [...servedVariations(config, selection.env)]
        : config.variations.map((v) => v.key);
      for (const variation of variations) want(config.key, variation);
    }
  }

  const targets: EvalTarget[] = [];
  const untested: Selected["untested"] = [];
  for (const [configKey, variations] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const dataset = head.evals.find((d) => d.config === configKey);
    for (const variationKey of [...variations].sort()) {
      if (!dataset) {
        untested.push({ config: configKey, variation: variationKey });
        continue;
      }
      const judges = judgesOf(head, dataset, environment);
      const sides: Array<[EvalTarget["side"], Catalog | undefined]> = selection.base
        ? [
            ["base", selection.base.catalog],
            ["head", head],
          ]
        : [["head", head]];
      for (const [side, catalog] of sides) {
        const config = catalog?.aiConfigs.find((c) => c.key === configKey);
        const variation = config?.variations.find((v) => v.key === variationKey);
        if (catalog && config && variation)
          targets.push({ side, catalog, config, variation, dataset, judges, region: env.aws.region });
      }
    }
  }
  return { targets, untested };
}
