import * as fs from "node:fs";
import * as path from "node:path";
import type { z } from "zod";
import { buildCatalog, type Catalog } from "./catalog";
import { createReporter, type CheckContext, type LoadedFile } from "./context";
import { readEvalDatasets } from "./eval-files";
import { listEntries, listNames, readText } from "./files";
import { sortProblems, type Problem } from "./problems";
import { RULES } from "./rules";
import { parseFile, type ParseJob } from "./parse-files";
import { validateYaml } from "./schema-problems";
import { YamlFile } from "./yaml-file";
import { AI_CONFIG_DIR, CONFIG_FILES } from "./config-files";

export interface PromptTokens {
  file: string;
  estimatedTokens: number;
}

export interface CheckResult {
  ok: boolean;
  problems: Problem[];
  prompts: PromptTokens[];
}

export type LoadResult = (CheckResult & { ok: true; catalog: Catalog }) | (CheckResult & { ok: false });

/** The catalog root is not a directory: a usage mistake, not a catalog problem. */
export class CatalogRootError extends Error {}

/**
 * Reads configs/, prompts/ and evals/ under `root`, and returns either the validated, immutable Catalog or every problem
 * found, each with its file, line and column. This is the only code that reads the catalog's files.
 */
export function loadCatalog(root: string): LoadResult {
  const { result, ctx, absRoot } = read(root);
  if (!result.ok || !ctx.project || !ctx.models || !ctx.access || !ctx.observability) return { ...result, ok: false };
  const catalog = buildCatalog(absRoot, {
    ...ctx,
    project: ctx.project,
    models: ctx.models,
    access: ctx.access,
    observability: ctx.observability,
  });
  return { ...result, ok: true, catalog };
}

/** Every problem of the catalog under `root`, without building the Catalog (what `aic validate` needs). */
export function checkCatalog(root: string): CheckResult {
  return read(root).result;
}

function read(root: string): { result: CheckResult; ctx: CheckContext; absRoot: string } {
  const absRoot = path.resolve(root);
  if (!fs.existsSync(absRoot) || !fs.statSync(absRoot).isDirectory()) {
    throw new CatalogRootError(`catalog root ${root} is not a directory`);
  }
  const problems: Problem[] = [];
  const ctx: CheckContext = { aiConfigs: [], evals: [], prompts: new Map(), texts: [], allAiConfigsLoaded: true };

  const loadYaml = <S extends z.ZodType>({
    file,
    schema,
    required,
  }: {
    file: string;
    schema: S;
    required: boolean;
  }): LoadedFile<z.infer<S>> | undefined => {
    const text = readText(absRoot, file, problems, required ? "is missing: every catalog needs it" : undefined);
    if (text === undefined) return undefined;
    ctx.texts.push({ file, text });
    const yaml = new YamlFile(file, text);
    problems.push(...yaml.problems);
    if (yaml.problems.length > 0) return undefined;
    const { data, salvaged, problems: schemaProblems } = validateYaml(yaml, schema);
    problems.push(...schemaProblems);
    return data === undefined ? undefined : { file, yaml, data, salvaged };
  };

  ctx.project = loadYaml(CONFIG_FILES.project);
  ctx.models = loadYaml(CONFIG_FILES.models);
  ctx.access = loadYaml(CONFIG_FILES.access);
  ctx.observability = loadYaml(CONFIG_FILES.observability);
  ctx.segments = loadYaml(CONFIG_FILES.segments);
  ctx.tools = loadYaml(CONFIG_FILES.tools);
  ctx.metrics = loadYaml(CONFIG_FILES.metrics);
  ctx.imports = loadYaml(CONFIG_FILES.imports);

  const jobs: ParseJob[] = [];
  for (const { file: name, regular } of listNames(absRoot, AI_CONFIG_DIR)) {
    const file = `${AI_CONFIG_DIR}/${name}`;
    if (/\.ya?ml$/.test(name)) jobs.push({ kind: "ai-config", file, regular });
    else
      problems.push({
        file,
        line: 1,
        col: 1,
        severity: "warning",
        rule: "unknown-file",
        message: "is not a .yaml file and is ignored",
      });
  }
  for (const { file, regular } of listEntries(absRoot, "prompts")) jobs.push({ kind: "prompt", file, regular });

  for (const parsed of jobs.map((job) => parseFile(absRoot, job))) {
    problems.push(...parsed.problems);
    if (parsed.text !== undefined) ctx.texts.push({ file: parsed.file, text: parsed.text });
    if (parsed.kind === "ai-config") {
      if (parsed.aiConfig) ctx.aiConfigs.push(parsed.aiConfig);
      else ctx.allAiConfigsLoaded = false;
    } else if (parsed.prompt) {
      ctx.prompts.set(parsed.file, { file: parsed.file, ...parsed.prompt });
    }
  }

  const known = new Set<string>(Object.values(CONFIG_FILES).map((c) => c.file));
  for (const { file } of listEntries(absRoot, "configs")) {
    if (known.has(file) || file.startsWith(`${AI_CONFIG_DIR}/`)) continue;
    const text = readText(absRoot, file, problems, "cannot be read");
    if (text !== undefined) ctx.texts.push({ file, text });
    problems.push({
      file,
      line: 1,
      col: 1,
      severity: "warning",
      rule: "unknown-file",
      message: `is not a catalog file and is ignored (known: ${[...known].join(", ")}, ${AI_CONFIG_DIR}/*.yaml)`,
    });
  }

  readEvalDatasets(absRoot, ctx, problems);

  for (const rule of RULES) rule.check(ctx, createReporter(rule.id, problems));

  const sorted = sortProblems(problems);
  const prompts = [...ctx.prompts.values()].map((p) => ({ file: p.file, estimatedTokens: p.parsed.estimatedTokens }));
  return { result: { ok: !sorted.some((p) => p.severity === "error"), problems: sorted, prompts }, ctx, absRoot };
}
