import { defineRule, intact, promptPath } from "../context";

export const unusedPrompt = defineRule({
  id: "unused-prompt",
  summary: "Every prompt file is used by some variation (an unused file is usually a misspelt name).",
  check(ctx, report) {
    // A variation removed for a schema error may be the one that uses a prompt.
    if (!ctx.allAiConfigsLoaded || !ctx.aiConfigs.every((c) => intact(c, ["variations"]))) return;
    const used = new Set(ctx.aiConfigs.flatMap((c) => c.data.variations.map((v) => promptPath(c.data, v))));
    for (const file of ctx.prompts.keys()) {
      if (!used.has(file))
        report.atPosition(file, { line: 1, col: 1 }, "prompt file is not used by any variation", "warning");
    }
  },
});
