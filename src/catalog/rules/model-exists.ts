import { declaredKeys, defineRule } from "../context";
import { unknownReference } from "./private/unknown-reference";

export const modelExists = defineRule({
  id: "model-exists",
  summary: "A variation's model is declared in configs/models.yaml.",
  check(ctx, report) {
    if (!ctx.models) return;
    const known = declaredKeys(ctx.models, ["models"]);
    for (const config of ctx.aiConfigs) {
      config.data.variations.forEach((variation, i) => {
        if (!known.includes(variation.model))
          unknownReference(report, config, ["variations", i, "model"], "model", variation.model, known);
      });
    }
  },
});
