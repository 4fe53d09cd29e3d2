import { createTwoFilesPatch } from "diff";
import type { Variation } from "../../catalog";
import { renderServedPrompt } from "../../catalog/served";
import { reasonIf, same, type VariationComparator } from "./types";

/** The messages (or agent instructions) as the SDK serves them. */
export const prompt: VariationComparator = ({ config, key, old, now, name }) => {
  const oldText = config.before && old ? renderServedPrompt(config.before, old) : "";
  const newText = config.after && now ? renderServedPrompt(config.after, now) : "";
  if (oldText === newText) return {};
  const diff = createTwoFilesPatch(`${name} (base)`, `${name} (head)`, oldText, newText, undefined, undefined, {
    context: 3,
  });
  return {
    prompts: [{ config: config.key, variation: key, diff }],
    reasons: [`prompt of ${name} changed, and it is served here`],
  };
};

function modelText(variation: Variation | undefined): string | undefined {
  if (!variation) return undefined;
  const parameters = Object.entries(variation.parameters)
    .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
    .join(", ");
  return parameters ? `${variation.model} (${parameters})` : variation.model;
}

/** The model a variation names, or its parameters. */
export const modelChoice: VariationComparator = ({ config, key, old, now, name }) => {
  const before = modelText(old);
  const after = modelText(now);
  if (before === after) return {};
  return {
    models: [{ config: config.key, variation: key, before, after }],
    reasons: [`model or parameters of ${name} changed, and it is served here`],
  };
};

/** The same model key, with other prices, limits or defaults in configs/models.yaml. */
export const modelDefinition: VariationComparator = ({ old, now, name }, { base, head }) => {
  const oldModel = base?.models.find((m) => m.key === old?.model);
  const newModel = head.models.find((m) => m.key === now?.model);
  return reasonIf(
    base && oldModel && newModel && oldModel.key === newModel.key && !same(oldModel, newModel),
    `model ${newModel?.key} changed (prices, limits or defaults), and ${name} is served here`,
  );
};

export const toolsAndJudges: VariationComparator = ({ old, now, name }, { base }) =>
  reasonIf(
    base && old && now && (!same(old.tools, now.tools) || !same(old.judges, now.judges)),
    `tools or judges of ${name} changed, and it is served here`,
  );

/** A tool's definition in configs/tools.yaml, for each tool the variation uses after the change. */
export const toolDefinitions: VariationComparator = ({ now, name }, { base, head }) => ({
  reasons: (now?.tools ?? []).flatMap((tool) => {
    const t0 = base?.tools.find((t) => t.key === tool);
    const t1 = head.tools.find((t) => t.key === tool);
    return base && !same(t0, t1) ? [`tool ${tool} changed, and ${name} uses it`] : [];
  }),
});
