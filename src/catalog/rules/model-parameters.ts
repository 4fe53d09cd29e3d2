import { type LoadedFile, type Reporter, defineRule, intact } from "../context";
import type { Model, Parameters } from "../schema";
import type { PathSegment } from "../yaml-file";

function checkLimits(
  report: Reporter,
  target: LoadedFile<unknown>,
  path: PathSegment[],
  parameters: Parameters,
  model: Model,
): void {
  const [low, high] = model.temperatureRange;
  if (parameters.maxTokens !== undefined && parameters.maxTokens > model.maxOutputTokens) {
    report.at(
      target,
      [...path, "maxTokens"],
      `maxTokens ${parameters.maxTokens} exceeds ${model.key}'s maximum output of ${model.maxOutputTokens} tokens`,
    );
  }
  if (parameters.temperature !== undefined && (parameters.temperature < low || parameters.temperature > high)) {
    report.at(
      target,
      [...path, "temperature"],
      `temperature ${parameters.temperature} is outside ${model.key}'s range ${low} to ${high}`,
    );
  }
}

export const modelParameters = defineRule({
  id: "model-parameters",
  summary:
    "Model parameters stay within the model's limits: maxTokens at most its maximum output, temperature within its range; its input price is not above its output price by mistake.",
  check(ctx, report) {
    if (!ctx.models) return;
    // A model that lost a field to a schema error would be checked against a default standing in for it.
    const models = new Map(
      ctx.models.data.models.filter((_, i) => intact(ctx.models!, ["models", i])).map((m) => [m.key, m]),
    );
    ctx.models.data.models.forEach((model, i) => {
      if (!intact(ctx.models!, ["models", i])) return;
      const [low, high] = model.temperatureRange;
      if (low > high)
        report.at(ctx.models!, ["models", i, "temperatureRange"], `temperatureRange ${low} to ${high} is empty`);
      if (model.maxOutputTokens > model.contextWindow) {
        report.at(
          ctx.models!,
          ["models", i, "maxOutputTokens"],
          `maxOutputTokens ${model.maxOutputTokens} exceeds the context window of ${model.contextWindow}`,
        );
      }
      checkLimits(report, ctx.models!, ["models", i, "parameters"], model.parameters, model);
    });
    for (const config of ctx.aiConfigs) {
      config.data.variations.forEach((variation, i) => {
        const model = models.get(variation.model);
        if (model) checkLimits(report, config, ["variations", i, "parameters"], variation.parameters, model);
      });
    }
  },
});
