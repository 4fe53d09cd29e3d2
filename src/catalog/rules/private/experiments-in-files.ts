import type { LoadedFile } from "../../context";
import type { AiConfigFile, Experiment } from "../../schema";
import type { PathSegment } from "../../yaml-file";

/** An experiment as one AI Config file declares it, with where it stands in that file. */
export interface ExperimentInFile {
  config: LoadedFile<AiConfigFile>;
  environment: string;
  index: number;
  experiment: Experiment;
  path: PathSegment[];
}

export function experimentsInFiles(configs: ReadonlyArray<LoadedFile<AiConfigFile>>): ExperimentInFile[] {
  return configs.flatMap((config) =>
    Object.entries(config.data.experiments).flatMap(([environment, experiments]) =>
      experiments.map((experiment, index) => ({
        config,
        environment,
        index,
        experiment,
        path: ["experiments", environment, index],
      })),
    ),
  );
}
