import { declaredKeys, defineRule } from "../context";
import { unknownReference } from "./private/unknown-reference";

export const toolExists = defineRule({
  id: "tool-exists",
  summary: "A variation's tools are declared in configs/tools.yaml.",
  check(ctx, report) {
    const known = ctx.tools
      ? declaredKeys(ctx.tools, ["tools"])
      : ctx.texts.some((t) => t.file === "configs/tools.yaml")
        ? undefined
        : [];
    if (!known) return;
    for (const config of ctx.aiConfigs) {
      config.data.variations.forEach((variation, i) => {
        variation.tools.forEach((tool, j) => {
          if (!known.includes(tool))
            unknownReference(report, config, ["variations", i, "tools", j], "tool", tool, known);
        });
      });
    }
  },
});
