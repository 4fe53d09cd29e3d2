import { defineRule, intact, promptPath } from "../context";

export const contextWindow = defineRule({
  id: "context-window",
  summary:
    "A prompt's estimated tokens fit the model's context window (an error), and so do they plus the output it may request (maxTokens, or the model's maximum output; a warning).",
  check(ctx, report) {
    if (!ctx.models) return;
    const models = new Map(
      ctx.models.data.models.filter((_, i) => intact(ctx.models!, ["models", i])).map((m) => [m.key, m]),
    );
    for (const config of ctx.aiConfigs) {
      for (const [i, variation] of config.data.variations.entries()) {
        const model = models.get(variation.model);
        const file = promptPath(config.data, variation);
        const prompt = ctx.prompts.get(file);
        if (!model || !prompt || !intact(config, ["variations", i, "parameters"])) continue;
        const output = variation.parameters.maxTokens ?? model.parameters.maxTokens ?? model.maxOutputTokens;
        const needed = prompt.parsed.estimatedTokens + output;
        if (prompt.parsed.estimatedTokens > model.contextWindow) {
          // No request can succeed: the provider refuses the prompt before generating anything.
          report.atPosition(
            file,
            { line: 1, col: 1 },
            `the prompt alone, about ${prompt.parsed.estimatedTokens} tokens, exceeds ${model.key}'s context window of ${model.contextWindow}: every request would fail (variation ${config.data.key}/${variation.key})`,
          );
        } else if (needed > model.contextWindow) {
          report.atPosition(
            file,
            { line: 1, col: 1 },
            `about ${prompt.parsed.estimatedTokens} prompt tokens plus ${output} output tokens exceed ${model.key}'s context window of ${model.contextWindow} (variation ${config.data.key}/${variation.key})`,
            "warning",
          );
        }
      }
    }
  },
});
