import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadCatalog, readCatalogText, UnreadableFile, type Catalog, type Problem } from "../../catalog";
import { renderVariableTypes } from "../../codegen/variables";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import { reportProblems, type Format, type Output } from "../output";
import { renderDocs } from "./docs";
import { withCatalogRoot } from "./validate";
import { expectedPipelineFiles, pipelineProblem } from "./workflows";
import { PipelineError } from "../../pipeline";
import { RECONCILER_COMMANDS } from "../reconciler-commands";

export interface CheckOptions {
  root: string;
  format: Format;
}

/** A file generated from the catalog: where it lives, what it should hold, and the command that writes it. */
export interface GeneratedFile {
  file: string;
  text: string;
  command: string;
}

/** Every file the catalog generates, with its expected content, but the pipeline's (below). */
export function generatedFiles(catalog: Catalog): GeneratedFile[] {
  const docs = Object.entries(renderDocs(catalog)).map(([file, text]) => ({
    file,
    text,
    command: "npm run aic -- docs",
  }));
  const types = renderVariableTypes(catalog);
  const typeFiles = catalog.generated.variableTypes.map((file) => ({
    file,
    text: types,
    command: `npm run aic -- types --out ${file}`,
  }));
  return [...docs, ...typeFiles];
}

/**
 * The workflows and the README (with its set-up section current). Throws PipelineError when the catalog's
 * environments cannot be turned into workflows.
 */
function pipelineFiles(catalog: Catalog, root: string): GeneratedFile[] {
  return Object.entries(expectedPipelineFiles(catalog, root)).map(([file, text]) => ({
    file,
    text,
    command: "npm run aic -- workflows",
  }));
}

/** Generated files that are missing or differ from what the catalog generates now. */
export function staleFiles(catalog: Catalog, root: string): Problem[] {
  let pipeline: GeneratedFile[] = [];
  const refused: Problem[] = [];
  try {
    pipeline = pipelineFiles(catalog, root);
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    refused.push(pipelineProblem(error));
  }
  return [
    ...refused,
    ...[...generatedFiles(catalog), ...pipeline].flatMap(({ file, text, command }) => {
      let committed: string | undefined;
      try {
        // The same rules as the catalog's own files: no link out of the root, one text on every machine.
        committed = readCatalogText(root, file);
      } catch (error) {
        if (!(error instanceof UnreadableFile)) throw error;
        if (error.code !== "ENOENT")
          return [
            {
              file,
              ...error.position,
              severity: "error" as const,
              rule: "generated-file-current" as const,
              message: error.message,
            },
          ];
        committed = undefined;
      }
      if (committed === text) return [];
      const message =
        committed === undefined
          ? `is missing: run \`${command}\` and commit it`
          : `is stale: run \`${command}\` and commit the result`;
      return [{ file, line: 1, col: 1, severity: "error" as const, rule: "generated-file-current" as const, message }];
    }),
  ];
}

/**
 * `aic check`: everything an adopting team's repository should hold true about its own catalog, in one command
 * that the pull-request workflow runs: it validates, synthesizes every stack (into a scratch directory that is
 * thrown away), and checks that every generated file is current.
 */
export function checkCommand(options: CheckOptions, output: Output): number {
  const result = withCatalogRoot(() => loadCatalog(options.root));
  if (!result.ok) {
    reportProblems(output, result.problems, result.prompts, options);
    return EXIT_INVALID;
  }
  const problems = [...result.problems, ...staleFiles(result.catalog, options.root)];
  const { buildApp } = require("../../../stacks/app") as typeof import("../../../stacks/app");
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "aic-check-"));
  let stacks: string[];
  try {
    buildApp(result.catalog, { outdir: scratch, reconcilers: RECONCILER_COMMANDS }).synth();
    stacks = fs.readdirSync(path.join(scratch, "stacks")).sort();
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const ok = !problems.some((p) => p.severity === "error");
  reportProblems(output, problems, result.prompts, { ...options, extra: { stacks } });
  if (options.format === "text")
    output.out(ok ? `catalog valid, ${stacks.length} stacks synthesize, generated files current` : "check failed");
  return ok ? EXIT_OK : EXIT_INVALID;
}
