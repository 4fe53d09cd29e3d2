import { declaredKeys, intact, promptPath, type Rule } from "../context";
import { unknownReference } from "./environment-exists";

export const modelExists: Rule = {
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
};

export const promptExists: Rule = {
  id: "prompt-exists",
  summary: "A variation's prompt file exists under prompts/ (by default prompts/<config>/<variation>.md).",
  check(ctx, report) {
    for (const config of ctx.aiConfigs) {
      config.data.variations.forEach((variation, i) => {
        const file = promptPath(config.data, variation);
        if (file.split("/").includes("..")) {
          report.at(config, ["variations", i, "prompt"], `prompt path "${variation.prompt}" must stay inside prompts/`);
        } else if (!ctx.prompts.has(file)) {
          report.at(
            config,
            ["variations", i, variation.prompt ? "prompt" : "key"],
            `prompt file ${file} does not exist`,
          );
        }
      });
    }
  },
};

export const toolExists: Rule = {
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
};

export const judgeReference: Rule = {
  id: "judge-reference",
  summary: "A judge attached to a variation is an AI Config in judge mode, and judges are not attached to judges.",
  check(ctx, report) {
    // A mode removed for a schema error would read as the default: such a config's mode is not known.
    const modes = new Map(ctx.aiConfigs.map((c) => [c.data.key, intact(c, ["mode"]) ? c.data.mode : undefined]));
    for (const config of ctx.aiConfigs) {
      if (!intact(config, ["mode"])) continue;
      config.data.variations.forEach((variation, i) => {
        variation.judges.forEach((judge, j) => {
          const path = ["variations", i, "judges", j, "key"];
          const mode = modes.get(judge.key);
          if (config.data.mode === "judge") {
            report.at(config, path, "a judge-mode AI Config cannot have judges attached");
          } else if (!modes.has(judge.key)) {
            if (ctx.allAiConfigsLoaded)
              unknownReference(
                report,
                config,
                path,
                "judge AI Config",
                judge.key,
                [...modes].filter(([, m]) => m === "judge").map(([k]) => k),
              );
          } else if (mode !== undefined && mode !== "judge") {
            report.at(
              config,
              path,
              `"${judge.key}" is a ${mode}-mode AI Config; only judge-mode configs can be attached as judges`,
            );
          }
        });
      });
    }
  },
};

export const maintainerExists: Rule = {
  id: "maintainer-exists",
  summary: "An AI Config's maintainer is a team declared in configs/access.yaml.",
  check(ctx, report) {
    if (!ctx.access) return;
    const known = declaredKeys(ctx.access, ["teams"]);
    for (const config of ctx.aiConfigs) {
      const maintainer = config.data.maintainer;
      if (maintainer !== undefined && !known.includes(maintainer))
        unknownReference(report, config, ["maintainer"], "team", maintainer, known);
    }
  },
};
