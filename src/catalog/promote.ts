import * as fs from "node:fs";
import * as path from "node:path";
import { parseDocument } from "yaml";
import { servedShares, servedVariations } from "../targeting/served";
import type { Catalog } from "./catalog";
import { loadCatalog } from "./load";

/** Why a promotion is refused: the variation is not ready for that environment. */
export class PromotionRefused extends Error {}

export interface Promotion {
  file: string;
  /** The new fallthrough, in words. */
  fallthrough: string;
  percent: number;
}

/** Shares that sum to 100 with one decimal: `share` for the promoted variation, the rest scaled from `others`. */
function weights(others: Array<[string, number]>, variation: string, share: number): Array<[string, number]> {
  const rest = others.filter(([key]) => key !== variation);
  const total = rest.reduce((sum, [, w]) => sum + w, 0);
  const scaled = rest.map(([key, w]): [string, number] => [key, Math.round(((w / total) * (100 - share)) * 10) / 10]);
  const drift = Math.round((100 - share - scaled.reduce((sum, [, w]) => sum + w, 0)) * 10) / 10;
  if (scaled.length > 0) scaled[0]![1] = Math.round((scaled[0]![1] + drift) * 10) / 10;
  return [...scaled, [variation, share] as [string, number]].filter(([, w]) => w > 0);
}

/**
 * Makes `environment` serve `variation` of `configKey`: fully, or as the next step of a progressive rollout
 * (`rollout.steps` in configs/project.yaml), or at `percent`. Edits the AI Config file in place, keeping its
 * comments and layout, and refuses when the variation is not yet served in the environment before, or when a
 * running experiment measures the fallthrough it would change.
 */
export function promote(root: string, catalog: Catalog, configKey: string, variation: string, environment: string, percent?: number): Promotion {
  const config = catalog.aiConfigs.find((c) => c.key === configKey);
  if (!config) throw new PromotionRefused(`unknown AI Config "${configKey}"`);
  if (!config.variations.some((v) => v.key === variation)) throw new PromotionRefused(`${configKey} has no variation "${variation}"`);
  const order = catalog.environments.map((e) => e.key);
  const at = order.indexOf(environment);
  if (at === -1) throw new PromotionRefused(`unknown environment "${environment}"`);
  const previous = order[at - 1];
  if (previous && !servedVariations(config, previous).has(variation)) {
    throw new PromotionRefused(`${variation} is not served in ${previous} yet: promote it there first`);
  }

  const experiment = config.experiments[environment]?.find((e) => e.state === "running" && e.rule === undefined);
  if (experiment) {
    throw new PromotionRefused(
      `the running experiment "${experiment.key}" splits ${environment}'s fallthrough of ${configKey}: set its state to stopped in ${config.file} (with its winner), then promote`,
    );
  }

  const targeting = config.targeting[environment];
  const serve = targeting?.fallthrough;
  const current = servedShares(serve);
  const share = current.find(([key]) => key === variation)?.[1] ?? 0;
  // With nothing served yet there is nothing to split with: the first promotion into an environment is full.
  const next = percent ?? (current.length === 0 ? 100 : (catalog.rollout.steps.find((step) => step > share) ?? 100));
  if (next <= 0 || next > 100 || Math.round(next * 10) !== next * 10) throw new PromotionRefused(`--percent must be above 0, at most 100, with at most one decimal`);
  if (next < 100 && current.length === 0) throw new PromotionRefused(`${environment} serves nothing of ${configKey} yet, so there is nothing to split with: promote it fully (--percent 100)`);

  const file = path.join(root, config.file);
  const doc = parseDocument(fs.readFileSync(file, "utf8"));
  const split = weights(current, variation, next);
  const fallthrough =
    next === 100 ? { variation } : { rollout: { bucketBy: serve?.rollout?.bucketBy ?? "key", weights: Object.fromEntries(split) } };
  if (!targeting) doc.setIn(["targeting", environment], doc.createNode({ fallthrough }));
  else doc.setIn(["targeting", environment, "fallthrough"], doc.createNode(fallthrough));
  const before = fs.readFileSync(file, "utf8");
  fs.writeFileSync(file, doc.toString());
  const check = loadCatalog(root);
  if (!check.ok) {
    fs.writeFileSync(file, before);
    throw new PromotionRefused(`the promoted catalog would be invalid: ${check.problems.filter((p) => p.severity === "error").map((p) => p.message).join("; ")}`);
  }
  const words = next === 100 ? variation : split.map(([key, w]) => `${key} ${w}%`).join(", ");
  return { file: config.file, fallthrough: words, percent: next };
}
