import { defineRule } from "../context";
import { datasetConfigKey } from "../eval-files";
import { START_OF_FILE } from "../problems";

export const evalDataset = defineRule({
  id: "eval-dataset",
  summary: "An eval dataset is named after an AI Config (evals/<config key>.yaml), and its case names are unique.",
  check(ctx, report) {
    const keys = ctx.aiConfigs.map((c) => c.data.key);
    for (const dataset of ctx.evals) {
      const key = datasetConfigKey(dataset.file);
      if (ctx.allAiConfigsLoaded && !keys.includes(key)) {
        report.atPosition(
          dataset.file,
          START_OF_FILE,
          `no AI Config has the key "${key}": an eval dataset is named evals/<config key>.yaml${keys.length <= 12 ? ` (known: ${keys.join(", ")})` : ""}`,
        );
      }
      const seen = new Map<string, number>();
      dataset.data.cases.forEach((c, i) => {
        const first = seen.get(c.name);
        if (first === undefined) seen.set(c.name, i);
        else report.at(dataset, ["cases", i, "name"], `duplicate case name "${c.name}" (first at cases[${first}])`);
      });
    }
  },
});
