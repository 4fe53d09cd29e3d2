import { stringify } from "yaml";
import type { Clause, Metric, Serve, TargetingRule } from "../schema";

/** What `aic import` read of a LaunchDarkly project, in the files' terms, before it is written. */
export interface ImportedModel {
  key: string;
  name: string;
  provider: string;
  modelId: string;
  inferenceProfile?: string;
  costPerMillionTokens: { input: number; output: number };
  parameters: Record<string, unknown>;
  /** LaunchDarkly held no prices for it: written as 0, to fill in. */
  costsAbsent: boolean;
}

export interface ImportedCatalog {
  /** LaunchDarkly's instance (eu, us, federal), or undefined when the API host does not say. */
  instance?: string;
  project: {
    key: string;
    name: string;
    tags?: string[];
    environments: Array<{
      key: string;
      name: string;
      color?: string;
      critical?: boolean;
      requireComments?: boolean;
      confirmChanges?: boolean;
      approvalSettings?: {
        required?: boolean;
        minNumApprovals?: number;
        canReviewOwnRequest?: boolean;
        canApplyDeclinedChanges?: boolean;
      };
    }>;
  };
  models: ImportedModel[];
  /** The model configs' keys as LaunchDarkly holds them. */
  modelConfigKeys: string[];
  tools: Array<{ key: string; description: string; parameters: unknown }>;
  aiConfigs: Array<{
    key: string;
    name: string;
    description?: string;
    tags: string[];
    mode: string;
    evaluationMetricKey?: string;
    variables: string[];
    variations: Array<{
      key: string;
      name?: string;
      model: string;
      parameters: Record<string, unknown>;
      tools: string[];
      judges: Array<{ key: string; samplingRate: number }>;
      /** Undefined when LaunchDarkly cannot return them (agent instructions). */
      messages?: Array<{ role: string; content: string }>;
    }>;
    targeting: Record<string, { rules: TargetingRule[]; fallthrough: Serve; offVariation?: string }>;
  }>;
  segments: Record<
    string,
    Array<{ key: string; name: string; description?: string; rules: Array<{ clauses: Clause[] }> }>
  >;
  metrics: Metric[];
  /** The AI SDK's built-in metrics LaunchDarkly holds: the stacks make them, so they are imported, not written. */
  builtInMetricKeys: string[];
}

export const FILL_IN = "# not in LaunchDarkly: fill in";
const PLACEHOLDER_ACCOUNT = "000000000000";
const PLACEHOLDER_REGION = "eu-central-1";

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
/** A YAML text whose lines matching `marked` end with the fill-in comment. */
const marking = (text: string, marked: RegExp) =>
  text
    .split("\n")
    .map((line) => (marked.test(line) ? `${line} ${FILL_IN}` : line))
    .join("\n");

function withoutDefaults(clause: Clause): Record<string, unknown> {
  const { contextKind, negate, ...rest } = clause as Clause & { contextKind?: string; negate?: boolean };
  return { ...rest, ...(contextKind && contextKind !== "user" ? { contextKind } : {}), ...(negate ? { negate } : {}) };
}

function projectFile(catalog: ImportedCatalog): string {
  const environments = catalog.project.environments.map((e) => ({
    key: e.key,
    name: e.name,
    ...(e.color ? { color: e.color } : {}),
    ...(e.critical ? { critical: true } : {}),
    ...(e.requireComments ? { requireComments: true } : {}),
    ...(e.confirmChanges ? { confirmChanges: true } : {}),
    approvals: e.approvalSettings?.required
      ? {
          required: true,
          minApprovals: e.approvalSettings.minNumApprovals ?? 1,
          canReviewOwnRequest: e.approvalSettings.canReviewOwnRequest ?? false,
          canApplyDeclinedChanges: e.approvalSettings.canApplyDeclinedChanges ?? false,
        }
      : { required: false },
    aws: { region: PLACEHOLDER_REGION, accountId: PLACEHOLDER_ACCOUNT },
  }));
  const text = yaml({
    instance: catalog.instance ?? "us",
    project: { key: catalog.project.key, name: catalog.project.name, tags: catalog.project.tags ?? [] },
    environments,
    github: { repository: "OWNER/REPOSITORY" },
    state: {
      bucket: `${catalog.project.key}-tfstate`.toLowerCase(),
      region: PLACEHOLDER_REGION,
      accountId: PLACEHOLDER_ACCOUNT,
    },
  });
  return `# Imported from LaunchDarkly by aic import. The AWS settings, the repository and the state bucket are not\n# in LaunchDarkly: each such line says so.\n${marking(text, catalog.instance ? /^\s*(region|accountId|repository|bucket):/ : /^(\s*(region|accountId|repository|bucket)|instance):/)}`;
}

function modelsFile(catalog: ImportedCatalog): string {
  const models = catalog.models.map((m) => ({
    key: m.key,
    name: m.name,
    provider: m.provider,
    modelId: m.modelId,
    ...(m.inferenceProfile ? { inferenceProfile: m.inferenceProfile } : {}),
    costPerMillionTokens: m.costPerMillionTokens,
    contextWindow: 200000,
    maxOutputTokens: Math.max(4096, Number(m.parameters.maxTokens ?? 0)),
    parameters: m.parameters,
  }));
  const marked = catalog.models.some((m) => m.costsAbsent)
    ? /^\s*(contextWindow|maxOutputTokens|input|output):/
    : /^\s*(contextWindow|maxOutputTokens):/;
  return marking(yaml({ models }), marked);
}

function aiConfigFile(config: ImportedCatalog["aiConfigs"][number]): string {
  const targeting = Object.fromEntries(
    Object.entries(config.targeting).map(([env, t]) => [
      env,
      {
        ...(t.offVariation ? { offVariation: t.offVariation } : {}),
        ...(t.rules.length > 0
          ? { rules: t.rules.map((r) => ({ ...r, clauses: r.clauses.map(withoutDefaults) })) }
          : {}),
        fallthrough: t.fallthrough,
      },
    ]),
  );
  const text = yaml({
    key: config.key,
    name: config.name,
    ...(config.description ? { description: config.description } : {}),
    mode: config.mode,
    ...(config.tags.length > 0 ? { tags: config.tags } : {}),
    ...(config.evaluationMetricKey ? { evaluationMetricKey: config.evaluationMetricKey } : {}),
    ...(config.variables.length > 0 ? { variables: config.variables.map((name) => ({ name, required: false })) } : {}),
    variations: config.variations.map((v) => ({
      key: v.key,
      ...(v.name ? { name: v.name } : {}),
      model: v.model,
      ...(Object.keys(v.parameters).length > 0 ? { parameters: v.parameters } : {}),
      prompt: `${config.key}/${v.key}.md`,
      ...(v.tools.length > 0 ? { tools: v.tools } : {}),
      ...(v.judges.length > 0 ? { judges: v.judges } : {}),
    })),
    targeting,
  });
  return config.variables.length > 0
    ? text.replace(
        /^variables:$/m,
        "# Variables the prompts use; whether each is required is not in LaunchDarkly: fill in.\nvariables:",
      )
    : text;
}

/**
 * The Terraform imports of every resource read, in the provider's import-id formats, so that the first plan of the
 * launchdarkly and ld-<env> stacks adopts them. Model configs are imported by their own keys: the stack's are
 * <model>-<hash of its content>, so one whose content the files change is replaced, not imported.
 */
function importsFile(catalog: ImportedCatalog): string {
  const p = catalog.project.key;
  const imports = [
    { kind: "project", key: p, id: p },
    ...catalog.modelConfigKeys.map((key) => ({ kind: "model-config", key, id: `${p}/${key}` })),
    ...catalog.tools.map((t) => ({ kind: "tool", key: t.key, id: `${p}/${t.key}` })),
    ...catalog.aiConfigs.flatMap((c) => [
      { kind: "ai-config", key: c.key, id: `${p}/${c.key}` },
      ...c.variations.map((v) => ({ kind: "variation", key: `${c.key}/${v.key}`, id: `${p}/${c.key}/${v.key}` })),
    ]),
    ...Object.entries(catalog.segments).flatMap(([env, list]) =>
      list.map((s) => ({ kind: "segment", key: `${env}/${s.key}`, id: `${p}/${env}/${s.key}` })),
    ),
    ...[...catalog.builtInMetricKeys, ...catalog.metrics.map((m) => m.key)].map((key) => ({
      kind: "metric",
      key,
      id: `${p}/${key}`,
    })),
  ];
  return `# What LaunchDarkly already holds: the first plan imports these instead of creating them. Remove the file
# once that plan is applied.
${yaml({ imports })}`;
}

/** The catalog's files, relative to its root, for an imported project. */
export function importedFiles(catalog: ImportedCatalog): Array<{ file: string; text: string }> {
  const files = [
    { file: "configs/project.yaml", text: projectFile(catalog) },
    { file: "configs/models.yaml", text: modelsFile(catalog) },
    {
      file: "configs/access.yaml",
      text: `${FILL_IN}: LaunchDarkly's teams and roles are not read back; one admins team to start from.\n${yaml({
        teams: [
          {
            key: "admins",
            name: "Admins",
            access: Object.fromEntries(catalog.project.environments.map((e) => [e.key, "full"])),
          },
        ],
      })}`,
    },
    {
      file: "configs/observability.yaml",
      text: `${FILL_IN}: alarm thresholds and budgets live in AWS, not in LaunchDarkly.\n${yaml({
        alerts: { latencyP95Ms: 8000, latencyP99Ms: 15000, errorRatePercent: 5, throttles: 5 },
        environments: Object.fromEntries(catalog.project.environments.map((e) => [e.key, { monthlyBudgetUsd: 100 }])),
      })}`,
    },
  ];
  files.push({ file: "configs/imports.yaml", text: importsFile(catalog) });
  if (catalog.tools.length > 0) files.push({ file: "configs/tools.yaml", text: yaml({ tools: catalog.tools }) });
  if (catalog.metrics.length > 0)
    files.push({ file: "configs/metrics.yaml", text: yaml({ metrics: catalog.metrics }) });
  if (Object.values(catalog.segments).some((list) => list.length > 0))
    files.push({
      file: "configs/segments.yaml",
      text: yaml({
        segments: Object.fromEntries(
          Object.entries(catalog.segments).map(([env, list]) => [
            env,
            list.map((s) => ({ ...s, rules: s.rules.map((r) => ({ ...r, clauses: r.clauses.map(withoutDefaults) })) })),
          ]),
        ),
      }),
    });
  for (const config of catalog.aiConfigs) {
    files.push({ file: `configs/ai-configs/${config.key}.yaml`, text: aiConfigFile(config) });
    for (const v of config.variations)
      files.push({
        file: `prompts/${config.key}/${v.key}.md`,
        text: v.messages
          ? v.messages.map((m) => `${m.role}:\n${m.content}\n`).join("\n")
          : "Not in LaunchDarkly: fill in. Agent instructions are write-only in LaunchDarkly's API.\n",
      });
  }
  return files;
}
