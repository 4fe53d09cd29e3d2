import { defineRule } from "../context";

export const inferenceProfile = defineRule({
  id: "inference-profile",
  summary:
    "A cross-region inference profile is only for Bedrock models and routes to the model's own id (<geo>.<modelId>).",
  check(ctx, report) {
    ctx.models?.data.models.forEach((model, i) => {
      if (model.inferenceProfile === undefined) return;
      if (model.provider !== "bedrock") {
        report.at(
          ctx.models!,
          ["models", i, "inferenceProfile"],
          `inferenceProfile is only meaningful for provider bedrock, not ${model.provider}`,
        );
      } else if (model.inferenceProfile.slice(model.inferenceProfile.indexOf(".") + 1) !== model.modelId) {
        report.at(
          ctx.models!,
          ["models", i, "inferenceProfile"],
          `inferenceProfile "${model.inferenceProfile}" does not route to modelId "${model.modelId}"`,
        );
      }
    });
  },
});
