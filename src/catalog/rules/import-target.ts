import { defineRule } from "../context";

/**
 * Each entry of configs/imports.yaml names something the stacks make, so that its import block has a resource to
 * adopt. Model configs are not checked: their keys hash their content, and one the files changed is created anew.
 */
export const importTarget = defineRule({
  id: "import-target",
  summary:
    "Each entry of configs/imports.yaml names the project, an AI Config, a variation, a tool or a segment that the files declare (model configs and metrics excepted).",
  check(ctx, report) {
    const imports = ctx.imports;
    if (!imports) return;
    const configs = new Map(ctx.aiConfigs.map((c) => [c.data.key, c.data]));
    const tools = new Set((ctx.tools?.data.tools ?? []).map((t) => t.key));
    const segments = ctx.segments?.data.segments ?? {};
    imports.data.imports.forEach((entry, i) => {
      const [first, second] = entry.key.split("/") as [string, string | undefined];
      const known = {
        project: () => ctx.project?.data.project.key === entry.key,
        "ai-config": () => configs.has(entry.key),
        variation: () => !!configs.get(first)?.variations.some((v) => v.key === second),
        tool: () => tools.has(entry.key),
        segment: () => !!segments[first]?.some((s) => s.key === second),
        "model-config": () => true,
        metric: () => true,
      }[entry.kind]();
      if (!known)
        report.at(
          imports,
          ["imports", i, "key"],
          `${entry.kind} "${entry.key}" is not in the files, so there is nothing to import it into`,
        );
    });
  },
});
