import type { CheckContext, LoadedFile } from "../../context";
import { datasetConfigKey } from "../../eval-files";
import type { AiConfigFile, EvalDatasetFile } from "../../schema";

export type Dataset = LoadedFile<EvalDatasetFile>;

/** Each dataset with the AI Config it belongs to; datasets of unknown configs are left to eval-dataset. */
export function datasetsWithConfigs(ctx: CheckContext): Array<{ dataset: Dataset; config: LoadedFile<AiConfigFile> }> {
  const configs = new Map(ctx.aiConfigs.map((c) => [c.data.key, c]));
  return ctx.evals.flatMap((dataset) => {
    const config = configs.get(datasetConfigKey(dataset.file));
    return config ? [{ dataset, config }] : [];
  });
}
