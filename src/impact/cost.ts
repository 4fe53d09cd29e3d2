import type { Catalog, Variation } from "../catalog";

/** Estimated cost of serving a variation 1,000 times, in USD, from the catalog's prices. */
export interface RequestCost {
  inputTokens: number;
  /** The output the variation may request (maxTokens): an upper bound, not an average. */
  maxOutputTokens: number;
  usdPer1000: number;
}

export function costPer1000Requests(catalog: Catalog, variation: Variation): RequestCost {
  const model = catalog.models.find((m) => m.key === variation.model)!;
  const inputTokens = variation.prompt.estimatedTokens;
  const maxOutputTokens = variation.parameters.maxTokens ?? model.maxOutputTokens;
  const perRequest =
    (inputTokens * model.costPerMillionTokens.input + maxOutputTokens * model.costPerMillionTokens.output) / 1_000_000;
  return { inputTokens, maxOutputTokens, usdPer1000: perRequest * 1000 };
}

export function formatUsd(value: number): string {
  return `$${value < 1 ? value.toFixed(3) : value.toFixed(2)}`;
}
