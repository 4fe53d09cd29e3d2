import type { CheckContext } from "./context";
import { listEntries, readText } from "./files";
import type { Problem } from "./problems";
import { evalDatasetFileSchema } from "./schema";
import { validateYaml } from "./schema-problems";
import { YamlFile } from "./yaml-file";

export const EVALS_DIR = "evals";

/** The AI Config an eval dataset belongs to: its file name, evals/<config key>.yaml. */
export function datasetConfigKey(file: string): string {
  return file.slice(EVALS_DIR.length + 1).replace(/\.ya?ml$/, "");
}

/** Reads every evals/<config key>.yaml into the context; anything else under evals/ is ignored with a warning. */
export function readEvalDatasets(absRoot: string, ctx: CheckContext, problems: Problem[]): void {
  for (const { file } of listEntries(absRoot, EVALS_DIR)) {
    if (!/^evals\/[^/]+\.ya?ml$/.test(file)) {
      problems.push({
        file,
        line: 1,
        col: 1,
        severity: "warning",
        rule: "unknown-file",
        message: "is not an eval dataset (evals/<config key>.yaml) and is ignored",
      });
      continue;
    }
    const text = readText(absRoot, file, problems, "cannot be read");
    if (text === undefined) continue;
    ctx.texts.push({ file, text });
    const yaml = new YamlFile(file, text);
    problems.push(...yaml.problems);
    if (yaml.problems.length > 0) continue;
    const { data, problems: schemaProblems } = validateYaml(yaml, evalDatasetFileSchema);
    problems.push(...schemaProblems);
    if (data) ctx.evals.push({ file, yaml, data });
  }
}
