import type { PromptMessage } from "../prompts/prompt-file";
import { BUILT_IN_AI_METRICS } from "./ai-sdk-metrics";
import { promptPath, type CheckContext } from "./context";
import { datasetConfigKey } from "./eval-files";
import { resolveInstance, type InstanceHosts } from "./instance";
import type {
  AiConfigFile,
  AlertThresholds,
  ContextValue,
  Environment,
  EnvironmentObservability,
  EvalCaseFile,
  EvalDatasetFile,
  EvalMessage,
  Metric,
  Model,
  Parameters,
  ProjectFile,
  Segment,
  Team,
  Tool,
  ImportEntry,
  VariationFile,
} from "./schema";

/** What the SDK serves for one variation, read from its prompt file. */
export interface Prompt {
  /** Path relative to the catalog root, e.g. prompts/support-assistant/friendly-v1.md. */
  file: string;
  description?: string;
  /** Completion and judge modes: the messages, in order. Agent mode: one system message holding the instructions. */
  messages: PromptMessage[];
  /** Agent mode only. */
  instructions?: string;
  variables: string[];
  contextAttributes: string[];
  estimatedTokens: number;
}

type VariationData = Omit<VariationFile, "name" | "prompt" | "parameters"> & {
  name: string;
  prompt: Prompt;
  /** The variation's own overrides, as written. */
  parameterOverrides: Parameters;
  /** The model's defaults merged with the overrides: what the SDK serves. */
  parameters: Parameters;
};

type AiConfigData = Omit<AiConfigFile, "variations"> & { file: string; variations: VariationData[] };

/** One eval case with the dataset's defaults applied: what runs, and where it is written. */
type EvalCaseData = Omit<EvalCaseFile, "input" | "messages" | "repeat" | "passShare" | "context"> & {
  /** The line of the case in its dataset, for reports. */
  line: number;
  /** The LaunchDarkly context: kind "user" and key "eval-<case>" unless the case or the defaults say otherwise. */
  context: Record<string, ContextValue>;
  /** The turns added after the prompt's own messages (`input` is the first user message). */
  messages: EvalMessage[];
  repeat: number;
  passShare: number;
};

type EvalDatasetData = Pick<EvalDatasetFile, "description" | "threshold"> & {
  config: string;
  file: string;
  cases: EvalCaseData[];
};

type EnvironmentAlertsData = Omit<EnvironmentObservability, "alerts"> & { alerts: AlertThresholds };

export type DeepReadonly<T> = T extends (infer U)[]
  ? ReadonlyArray<DeepReadonly<U>>
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The fully validated, immutable catalog: the only thing stacks, the CLI and impact analysis read. */
export type Catalog = DeepReadonly<{
  root: string;
  instance: InstanceHosts;
  project: ProjectFile["project"];
  environments: Environment[];
  github: ProjectFile["github"];
  state: ProjectFile["state"];
  auditLog?: ProjectFile["auditLog"];
  rollout: ProjectFile["rollout"];
  acknowledgements?: ProjectFile["acknowledgements"];
  generated: ProjectFile["generated"];
  models: Model[];
  /** Environment key -> segments; every environment is present. */
  segments: Record<string, Segment[]>;
  tools: Tool[];
  /** Resources LaunchDarkly already holds, which the stacks import (configs/imports.yaml, written by aic import). */
  imports: ImportEntry[];
  /** The built-in AI SDK metrics, then configs/metrics.yaml's. */
  metrics: Metric[];
  teams: Team[];
  /** Environment key -> budget, notification targets and alert thresholds with defaults applied. */
  observability: Record<string, EnvironmentAlertsData>;
  aiConfigs: AiConfigData[];
  /** The eval datasets, one per AI Config that has evals/<config key>.yaml. */
  evals: EvalDatasetData[];
}>;

export type AiConfig = Catalog["aiConfigs"][number];
export type Variation = AiConfig["variations"][number];
export type EnvironmentAlerts = Catalog["observability"][string];
export type EvalDataset = Catalog["evals"][number];
export type EvalCase = EvalDataset["cases"][number];

/** A context in which every required file loaded. */
export type CompleteContext = CheckContext &
  Required<Pick<CheckContext, "project" | "models" | "access" | "observability">>;

/** Builds the Catalog from a context in which every file loaded and no rule found an error. */
export function buildCatalog(root: string, ctx: CompleteContext): Catalog {
  const project = ctx.project.data;
  const models = new Map(ctx.models.data.models.map((m) => [m.key, m]));
  const envKeys = project.environments.map((e) => e.key);
  const observability = ctx.observability.data;
  const catalog = {
    root,
    instance: resolveInstance(project.instance),
    project: project.project,
    environments: project.environments,
    github: project.github,
    state: project.state,
    auditLog: project.auditLog,
    rollout: project.rollout,
    acknowledgements: project.acknowledgements,
    generated: project.generated,
    models: ctx.models.data.models,
    segments: Object.fromEntries(envKeys.map((env) => [env, ctx.segments?.data.segments[env] ?? []])),
    tools: ctx.tools?.data.tools ?? [],
    imports: ctx.imports?.data.imports ?? [],
    metrics: [...BUILT_IN_AI_METRICS, ...(ctx.metrics?.data.metrics ?? [])],
    teams: ctx.access.data.teams,
    observability: Object.fromEntries(
      envKeys.map((env) => {
        const settings = observability.environments[env]!;
        return [env, { ...settings, alerts: { ...observability.alerts, ...settings.alerts } }];
      }),
    ),
    aiConfigs: ctx.aiConfigs.map(({ file, data }) => ({
      ...data,
      file,
      variations: data.variations.map((variation) => {
        const prompt = ctx.prompts.get(promptPath(data, variation))!;
        const { prompt: _file, parameters, ...rest } = variation;
        const messages = prompt.parsed.messages;
        return {
          ...rest,
          name: variation.name ?? variation.key,
          parameterOverrides: parameters,
          parameters: { ...models.get(variation.model)!.parameters, ...parameters },
          prompt: {
            file: prompt.file,
            description: prompt.frontMatter.description,
            messages,
            instructions: data.mode === "agent" ? messages[0]?.content : undefined,
            variables: [...new Set(prompt.parsed.template.variables.map((v) => v.name))],
            contextAttributes: [...new Set(prompt.parsed.template.contextAttributes)],
            estimatedTokens: prompt.parsed.estimatedTokens,
          },
        };
      }),
    })),
    evals: ctx.evals.map(({ file, yaml, data }) => ({
      config: datasetConfigKey(file),
      file,
      description: data.description,
      threshold: data.threshold,
      cases: data.cases.map(({ input, messages, repeat, passShare, context, variables, ...rest }, i) => ({
        ...rest,
        line: yaml.valueAt(["cases", i]).line,
        variables: { ...data.defaults.variables, ...variables },
        context: {
          kind: "user",
          key: `eval-${rest.name.replace(/[^\w-]+/g, "-")}`,
          ...data.defaults.context,
          ...context,
        },
        messages: [...(input === undefined ? [] : [{ role: "user" as const, content: input }]), ...messages],
        repeat: repeat ?? data.defaults.repeat,
        passShare: passShare ?? data.defaults.passShare,
      })),
    })),
  };
  return deepFreeze(catalog) as Catalog;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    // for...in rather than Object.values: no list allocated per object (a catalog of 2,000 configs has 150,000).
    for (const key in value) deepFreeze(value[key]);
  }
  return value;
}
