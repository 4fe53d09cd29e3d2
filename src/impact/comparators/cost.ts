import type { AiConfig, Catalog, DeepReadonly, EnvironmentTargeting } from "../../catalog";
import { servedShares } from "../../catalog/served";
import { costPer1000Requests } from "../cost";
import type { ConfigComparator } from "./types";

/** Fallthrough share of each variation, in percent. */
function fallthroughShares(targeting: DeepReadonly<EnvironmentTargeting> | undefined): Array<[string, number]> {
  if (!targeting || !targeting.enabled) return targeting?.offVariation ? [[targeting.offVariation, 100]] : [];
  return servedShares(targeting.fallthrough);
}

/** Rounded to a millionth of a dollar: the estimate is no more precise, and JSON readers get no float noise. */
const roundUsd = (usd: number) => Math.round(usd * 1e6) / 1e6;

function fallthroughCost(catalog: Catalog, config: AiConfig | undefined, environment: string): number | undefined {
  if (!config) return undefined;
  const shares = fallthroughShares(config.targeting[environment]);
  if (shares.length === 0) return undefined;
  return roundUsd(
    shares.reduce((sum, [key, percent]) => {
      const variation = config.variations.find((v) => v.key === key);
      return variation ? sum + (percent / 100) * costPer1000Requests(catalog, variation).usdPer1000 : sum;
    }, 0),
  );
}

/** A change of the estimated cost per 1,000 requests is shown, but is no reason of its own: its causes are. */
export const cost: ConfigComparator = ({ key, before, after }, { base, head, environment }) => {
  const costBefore = base ? fallthroughCost(base, before, environment.key) : undefined;
  const costAfter = fallthroughCost(head, after, environment.key);
  const changed =
    costBefore === undefined
      ? costAfter !== undefined
      : costAfter === undefined || Math.abs(costAfter - costBefore) > 1e-9;
  return changed ? { cost: [{ config: key, before: costBefore, after: costAfter }] } : {};
};
