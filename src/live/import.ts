import type { Clause, Metric, Serve, TargetingRule } from "../catalog";
import { BUILT_IN_AI_METRICS } from "../catalog/ai-sdk-metrics";
import type { ImportedCatalog, ImportedModel } from "../catalog/edit/import";
import type { LaunchDarklyClient } from "../targeting/rest-client";
import type { LiveServe, LiveTargeting } from "../targeting/semantic-patch";
import {
  getProject,
  listAiConfigs,
  listMetrics,
  listSegments,
  listTools,
  type LiveMetric,
  type LiveProject,
  type LiveSegment,
} from "./import-read";
import { listModelConfigs, type LiveAiConfig, type LiveModelConfig } from "./read";
import { readClause, readServe, variationKeyAt, type LiveClause } from "./targeting-terms";

/** Everything `aic import` reads of one LaunchDarkly project. */
export interface ImportRead {
  project: LiveProject;
  aiConfigs: Array<{ config: LiveAiConfig; targeting: LiveTargeting }>;
  /** Keys of AI Configs and variations LaunchDarkly answered that are not LaunchDarkly keys: left out of aiConfigs. */
  refusedKeys: number;
  modelConfigs: LiveModelConfig[];
  tools: Awaited<ReturnType<typeof listTools>>;
  segments: Record<string, LiveSegment[]>;
  metrics: LiveMetric[];
}

/** Reads the project, or returns undefined when LaunchDarkly has no project by that key. */
export async function readProject(client: LaunchDarklyClient, projectKey: string): Promise<ImportRead | undefined> {
  const project = await getProject(client, projectKey);
  if (!project) return undefined;
  const listed = await listAiConfigs(client, projectKey);
  const aiConfigs = [];
  for (const config of listed.aiConfigs)
    aiConfigs.push({ config, targeting: await client.getTargeting(projectKey, config.key) });
  const segments: Record<string, LiveSegment[]> = {};
  for (const env of project.environments) segments[env.key] = await listSegments(client, projectKey, env.key);
  return {
    project,
    aiConfigs,
    refusedKeys: listed.refused,
    modelConfigs: await listModelConfigs(client, projectKey),
    tools: await listTools(client, projectKey),
    segments,
    metrics: await listMetrics(client, projectKey),
  };
}

type LiveModel = LiveModelConfig & {
  name?: string;
  provider?: string;
  costPerInputToken?: number;
  costPerOutputToken?: number;
};

/** The launchdarkly stack names a model config <model key>-<8 hex digits>; other names are a model each. */
const modelKeyOf = (configKey: string) => /^(.+)-[0-9a-f]{8}$/.exec(configKey)?.[1] ?? configKey;
const perMillion = (perToken: number | undefined) => Math.round((perToken ?? 0) * 1_000_000 * 1e6) / 1e6;
const PROFILE = /^(eu|us|apac|us-gov|global)\.(.+)$/;

/** One model per model-config family; its defaults are those of the config named as the model (no overrides). */
function modelsOf(modelConfigs: readonly LiveModel[]): ImportedModel[] {
  const families = new Map<string, LiveModel[]>();
  for (const mc of modelConfigs) families.set(modelKeyOf(mc.key), [...(families.get(modelKeyOf(mc.key)) ?? []), mc]);
  return [...families].map(([key, configs]) => {
    // The stack names a model config with overrides "<name> (<parameters>)"; one without is the model's defaults.
    // When every variation overrides, only the parameters all of them share are taken as defaults.
    const plain = configs.find((c) => !c.name?.includes("("));
    const base = plain ?? configs[0]!;
    const shared = (k: string, v: unknown) => configs.every((c) => JSON.stringify(c.params?.[k]) === JSON.stringify(v));
    const defaults = plain
      ? { ...plain.params }
      : Object.fromEntries(Object.entries(base.params ?? {}).filter(([k, v]) => shared(k, v)));
    const profile = PROFILE.exec(base.id ?? "");
    const provider = base.provider ?? "bedrock";
    return {
      key,
      name: base.name?.replace(/ \(.*\)$/, "") ?? key,
      provider,
      modelId: provider === "bedrock" && profile ? profile[2]! : (base.id ?? key),
      ...(provider === "bedrock" && profile ? { inferenceProfile: base.id } : {}),
      costPerMillionTokens: { input: perMillion(base.costPerInputToken), output: perMillion(base.costPerOutputToken) },
      parameters: defaults,
      costsAbsent: base.costPerInputToken === undefined || base.costPerOutputToken === undefined,
    };
  });
}

/** A live clause in the files' terms, or what the files cannot state of it. */
function clauseOf(c: LiveClause): Clause | string {
  return (
    readClause({ ...c, negate: c.negate ?? false }) ?? `a clause ${c.attribute ?? ""} ${c.op} the files cannot state`
  );
}

/** Targeting of each environment in the files' terms; what they cannot state is said in `notImported`. */
function targetingOf(key: string, targeting: LiveTargeting, notImported: string[]) {
  const result: Record<string, { rules: TargetingRule[]; fallthrough: Serve; offVariation?: string }> = {};
  for (const [environment, env] of Object.entries(targeting.environments)) {
    if (!env) continue;
    const where = `${key} in ${environment}`;
    const serve = (live: LiveServe, what: string): Serve | undefined => {
      const reading = readServe(live, targeting);
      if ("disabled" in reading) notImported.push(`${where}: the ${what} serves the built-in disabled variation`);
      if ("share" in reading) notImported.push(`${where}: the ${what} rollout has a share the files cannot state`);
      if (!("serve" in reading) || !reading.serve.rollout) return "serve" in reading ? reading.serve : undefined;
      // contextKind user is the files' default, left out as people write it.
      const { contextKind, ...rollout } = reading.serve.rollout;
      return { rollout: contextKind === "user" ? rollout : { contextKind, ...rollout } } as Serve;
    };
    const fallthrough = serve(env.fallthrough, "fallthrough");
    if (!fallthrough) continue;
    const rules: TargetingRule[] = [];
    for (const [i, rule] of env.rules.entries()) {
      const clauses = rule.clauses.map(clauseOf);
      const served = serve(rule, `rule ${i + 1}`);
      const unstated = clauses.filter((c): c is string => typeof c === "string");
      if (unstated.length > 0) notImported.push(`${where}: rule ${i + 1} has ${unstated.join(", ")}; rule left out`);
      if (unstated.length > 0 || !served) continue;
      rules.push({
        ...(rule.description ? { description: rule.description } : {}),
        clauses,
        serve: served,
      } as TargetingRule);
    }
    if (!env.enabled) notImported.push(`${where}: targeting is off in LaunchDarkly; the files say it is on`);
    const off = variationKeyAt(targeting, env.offVariation);
    result[environment] = { rules, fallthrough, ...(off ? { offVariation: off } : {}) };
  }
  return result;
}

/** The catalog's metrics: custom events with a direction; any other kind (page views, clicks) is listed. */
function metricsOf(live: readonly LiveMetric[], notImported: string[]): Metric[] {
  const metrics: Metric[] = [];
  for (const m of live) {
    // The AI SDK's built-in metrics are made by the stacks from the catalog's built-ins, not from the files.
    if (BUILT_IN_AI_METRICS.some((b) => b.key === m.key)) continue;
    const criterion = m.successCriteria;
    if (
      m.kind !== "custom" ||
      !m.eventKey ||
      (criterion !== "HigherThanBaseline" && criterion !== "LowerThanBaseline")
    ) {
      notImported.push(`metric ${m.key}: a ${m.kind ?? "metric"} metric the files cannot state; left out`);
      continue;
    }
    const numeric = m.isNumeric === true;
    metrics.push({
      key: m.key,
      name: m.name ?? m.key,
      ...(m.description ? { description: m.description } : {}),
      eventKey: m.eventKey,
      numeric,
      ...(numeric && m.unit ? { unit: m.unit } : {}),
      successCriterion: criterion,
      ...(numeric ? { aggregation: m.unitAggregationType === "sum" ? ("sum" as const) : ("average" as const) } : {}),
      ...(numeric && m.analysisType === "percentile" && m.percentileValue ? { percentile: m.percentileValue } : {}),
    });
  }
  return metrics;
}

/** Variables a prompt names ({{name}}, {{#name}}, {{^name}}), which the application must pass. */
const variablesIn = (text: string) => [...text.matchAll(/\{\{\s*[#^/]?\s*([A-Za-z_][\w]*)\s*\}\}/g)].map((m) => m[1]!);

/** The catalog the files would hold for what was read, and what LaunchDarkly held that it leaves out. */
export function planImport(read: ImportRead): { catalog: ImportedCatalog; notImported: string[] } {
  const notImported: string[] = [];
  const models = modelsOf(read.modelConfigs as LiveModel[]);
  const modelConfigs = new Map(read.modelConfigs.map((m) => [m.key, m]));
  const aiConfigs = read.aiConfigs.map(({ config, targeting }) => {
    const mode = config.mode ?? "completion";
    if (mode === "agent")
      notImported.push(
        `${config.key}: agent instructions are write-only in LaunchDarkly's API; its prompt files are placeholders`,
      );
    const variations = config.variations.map((v) => {
      const mc = v.modelConfigKey ? modelConfigs.get(v.modelConfigKey) : undefined;
      const model = models.find((m) => m.key === modelKeyOf(v.modelConfigKey ?? ""));
      if (!mc || !model) notImported.push(`${config.key} variation ${v.key}: its model config is not in LaunchDarkly`);
      const params = { ...mc?.params };
      const parameters = Object.fromEntries(
        Object.entries(params).filter(([k, value]) => JSON.stringify(model?.parameters[k]) !== JSON.stringify(value)),
      );
      return {
        key: v.key,
        name: v.name,
        model: model?.key ?? models[0]?.key ?? "",
        parameters,
        tools: (v.tools ?? []).map((t) => t.key),
        judges: (v.judgeConfiguration?.judges ?? []).map((j) => ({ key: j.key, samplingRate: j.samplingRate })),
        messages:
          mode === "agent" ? undefined : (v.messages ?? []).map((m) => ({ role: m.role, content: m.content.trim() })),
      };
    });
    const used = new Set(variations.flatMap((v) => (v.messages ?? []).flatMap((m) => variablesIn(m.content))));
    return {
      key: config.key,
      name: config.name ?? config.key,
      ...(config.description ? { description: config.description } : {}),
      // The stacks tag every resource with the project's tags as well: those are the project's, not the config's.
      tags: (config.tags ?? []).filter((t) => !(read.project.tags ?? []).includes(t)),
      mode,
      ...(config.evaluationMetricKey ? { evaluationMetricKey: config.evaluationMetricKey } : {}),
      variables: [...used].sort(),
      variations,
      targeting: targetingOf(config.key, targeting, notImported),
    };
  });
  const segmentsUsed = new Set(
    aiConfigs.flatMap((c) =>
      Object.values(c.targeting).flatMap((t) => t.rules.flatMap((r) => r.clauses.flatMap((cl) => cl.segments ?? []))),
    ),
  );
  const segments = Object.fromEntries(
    Object.entries(read.segments).map(([env, list]) => [
      env,
      list
        .filter((s) => segmentsUsed.has(s.key))
        .map((s) => ({
          key: s.key,
          name: s.name,
          ...(s.description ? { description: s.description } : {}),
          ...(s.included?.length ? { included: s.included } : {}),
          ...(s.excluded?.length ? { excluded: s.excluded } : {}),
          rules: (s.rules ?? []).map((r) => ({
            ...(r.description ? { description: r.description } : {}),
            clauses: r.clauses.map(clauseOf).filter((c): c is Clause => typeof c !== "string"),
          })),
        })),
    ]),
  );
  // The files' order of environments is the promotion order, which LaunchDarkly does not hold: the guarded ones last.
  const guard = (e: LiveProject["environments"][number]) =>
    (e.critical ? 1 : 0) + (e.approvalSettings?.required ? 1 : 0);
  const environments = [...read.project.environments].sort((a, b) => guard(a) - guard(b));
  notImported.push(
    `the promotion order of the environments (written: ${environments.map((e) => e.key).join(", ")}, critical and approval-gated last); check it in configs/project.yaml`,
  );
  return {
    catalog: {
      project: { ...read.project, environments },
      models,
      modelConfigKeys: read.modelConfigs.map((m) => m.key),
      tools: read.tools.map((t) => ({ key: t.key, description: t.description ?? t.key, parameters: t.schema ?? {} })),
      aiConfigs,
      segments,
      metrics: metricsOf(read.metrics, notImported),
      builtInMetricKeys: read.metrics.filter((m) => BUILT_IN_AI_METRICS.some((b) => b.key === m.key)).map((m) => m.key),
    },
    notImported,
  };
}
