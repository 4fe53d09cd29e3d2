import * as fs from "node:fs";
import * as path from "node:path";
import type { Catalog, Problem } from "../../catalog";
import { PipelineError, renderSetup, renderWorkflows, SETUP_LIST_FILE, withSetupList } from "../../pipeline";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import { reportProblems, type Output } from "../output";
import { writeFiles } from "../safe-write";
import { loadValidCatalog } from "./validate";

/**
 * The workflows and the README's GitHub set-up section as the catalog declares them, by path relative to the
 * root; the README's expected text keeps everything outside that section as it is.
 */
export function expectedPipelineFiles(catalog: Catalog, root: string): Record<string, string> {
  const readme = path.join(root, SETUP_LIST_FILE);
  const current = fs.existsSync(readme) ? fs.readFileSync(readme, "utf8") : "";
  return { ...renderWorkflows(catalog), [SETUP_LIST_FILE]: withSetupList(current, renderSetup(catalog)) };
}

/** A catalog the generator refuses, as a problem of configs/project.yaml. */
export function pipelineProblem(error: PipelineError): Problem {
  return {
    file: "configs/project.yaml",
    line: 1,
    col: 1,
    severity: "error",
    rule: "workflows",
    message: error.message,
  };
}

/** `aic workflows`: writes .github/workflows/ and the README's set-up section from configs/project.yaml. */
export function workflowsCommand(options: { root: string }, output: Output): number {
  const catalog = loadValidCatalog(options.root, output, "text", "no workflow was written");
  if (!catalog) return EXIT_INVALID;
  let files: Record<string, string>;
  try {
    files = expectedPipelineFiles(catalog, options.root);
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    reportProblems(output, [pipelineProblem(error)], [], { format: "text", root: options.root });
    output.err("no workflow was written");
    return EXIT_INVALID;
  }
  writeFiles(Object.entries(files).map(([file, text]) => ({ path: path.join(options.root, file), text })));
  for (const file of Object.keys(files)) output.out(`wrote ${file}`);
  return EXIT_OK;
}
