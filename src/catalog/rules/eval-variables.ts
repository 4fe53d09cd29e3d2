import { defineRule } from "../context";
import type { PathSegment } from "../yaml-file";
import { datasetsWithConfigs, type Dataset } from "./private/eval-datasets";

export const evalVariables = defineRule({
  id: "eval-variables",
  summary:
    "A case passes only variables its AI Config declares, each of its declared type and enum, and every required one (from the case or the dataset's defaults).",
  check(ctx, report) {
    for (const { dataset, config } of datasetsWithConfigs(ctx)) {
      const declared = new Map(config.data.variables.map((v) => [v.name, v]));
      const checkValues = (values: Record<string, unknown>, path: PathSegment[]) => {
        for (const [name, value] of Object.entries(values)) {
          const variable = declared.get(name);
          if (!variable) {
            report.at(
              dataset,
              [...path, name],
              `variable "${name}" is not declared by ${config.data.key} (it declares ${[...declared.keys()].join(", ") || "none"})`,
            );
          } else if (typeof value !== variable.type) {
            report.at(
              dataset,
              [...path, name],
              `variable "${name}" is a ${variable.type} in ${config.file}, not a ${typeof value}`,
            );
          } else if (variable.enum && !variable.enum.includes(value as never)) {
            report.at(
              dataset,
              [...path, name],
              `variable "${name}" must be one of ${variable.enum.join(", ")} (${config.file})`,
            );
          }
        }
      };
      checkValues(dataset.data.defaults.variables, ["defaults", "variables"]);
      const missingIn = (c: Dataset["data"]["cases"][number]) =>
        config.data.variables
          .filter((v) => v.required && !(v.name in dataset.data.defaults.variables) && !(v.name in c.variables))
          .map((v) => v.name);
      // A required variable that no case gives is one problem (usually a variable just added), not one per case.
      const inNoCase = new Set(
        config.data.variables
          .filter(
            (v) => dataset.data.cases.length > 1 && dataset.data.cases.every((c) => missingIn(c).includes(v.name)),
          )
          .map((v) => v.name),
      );
      for (const name of inNoCase) {
        report.at(
          dataset,
          dataset.yaml.data && "defaults" in (dataset.yaml.data as object) ? ["defaults"] : ["cases"],
          `no case gives the required variable "${name}" of ${config.data.key}; set it under defaults.variables or in every case`,
          { at: "key" },
        );
      }
      dataset.data.cases.forEach((c, i) => {
        checkValues(c.variables, ["cases", i, "variables"]);
        const missing = missingIn(c).filter((name) => !inNoCase.has(name));
        if (missing.length > 0) {
          report.at(
            dataset,
            ["cases", i, "name"],
            `case "${c.name}" does not give the required variable${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${config.data.key} (set ${missing.length > 1 ? "them" : "it"} in the case or under defaults.variables)`,
          );
        }
      });
    }
  },
});
