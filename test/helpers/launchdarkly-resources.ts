import { randomUUID } from "node:crypto";
import type { LaunchDarklyStandIn } from "./launchdarkly-stand-in";
import type { StackJson } from "./synth";

/** A variation as LaunchDarkly's REST API returns it (instructions and description are write-only: never returned). */
export interface StandInVariation {
  _id: string;
  key: string;
  name: string;
  messages?: Array<{ role: string; content: string }>;
  modelConfigKey: string;
  tools: Array<{ key: string; version: number }>;
  judgeConfiguration?: { judges: Array<{ key: string; samplingRate: number }> };
}

export interface StandInAiConfig {
  key: string;
  name: string;
  mode: string;
  description?: string;
  tags?: string[];
  evaluationMetricKey?: string;
  variations: StandInVariation[];
}

export interface StandInModelConfig {
  key: string;
  name: string;
  id: string;
  provider: string;
  params: Record<string, unknown>;
  costPerInputToken?: number;
  costPerOutputToken?: number;
}

/**
 * The AI Config and model-config read endpoints of LaunchDarkly's REST API, on top of the targeting stand-in:
 * GET /api/v2/projects/{p}/ai-configs/{config} (with its variations) and GET .../ai-configs/model-configs.
 * Seeded from a synthesized launchdarkly stack, as its first apply would leave LaunchDarkly; tests then edit the
 * maps as someone in the LaunchDarkly UI would.
 */
export class LaunchDarklyResources {
  readonly aiConfigs = new Map<string, StandInAiConfig>();
  readonly modelConfigs = new Map<string, StandInModelConfig>();
  /** The project with its environments, as GET /api/v2/projects/{p}?expand=environments answers (import only). */
  project?: { key: string; name: string; tags: string[]; environments: { items: unknown[] } };
  readonly tools = new Map<string, { key: string; description?: string; schema: unknown }>();
  /** Segments by environment key, as GET /api/v2/segments/{p}/{env} lists them. */
  readonly segments = new Map<string, unknown[]>();
  /** Metrics, as GET /api/v2/metrics/{p} lists them. */
  readonly metrics: Array<Record<string, unknown>> = [];

  constructor(readonly standIn: LaunchDarklyStandIn) {
    standIn.extraRoutes.push((method, path) => this.route(method, path));
  }

  /** Every AI Config, variation and model config of a synthesized launchdarkly stack, also in the targeting stand-in. */
  seedFromStack(stack: StackJson): void {
    const resources = stack.resource ?? {};
    const keyOf = (reference: string): string => {
      const match = /^\$\{([\w-]+)\.([\w-]+)\.key\}$/.exec(reference);
      return match ? resources[match[1]!][match[2]!].key : reference;
    };
    for (const mc of Object.values<any>(resources.launchdarkly_model_config ?? {}))
      this.modelConfigs.set(mc.key, {
        key: mc.key,
        name: mc.name,
        id: mc.model_id,
        provider: mc.model_provider,
        params: JSON.parse(mc.params ?? "{}"),
        costPerInputToken: mc.cost_per_input_token,
        costPerOutputToken: mc.cost_per_output_token,
      });
    for (const config of Object.values<any>(resources.launchdarkly_ai_config ?? {}))
      this.aiConfigs.set(config.key, {
        key: config.key,
        name: config.name,
        mode: config.mode,
        ...(config.description ? { description: config.description } : {}),
        tags: config.tags ?? [],
        ...(config.evaluation_metric_key ? { evaluationMetricKey: config.evaluation_metric_key } : {}),
        variations: [],
      });
    for (const v of Object.values<any>(resources.launchdarkly_ai_config_variation ?? {})) {
      const config = this.aiConfigs.get(keyOf(v.config_key))!;
      config.variations.push({
        _id: randomUUID(),
        key: v.key,
        name: v.name,
        ...(v.messages ? { messages: v.messages.map((m: any) => ({ role: m.role, content: m.content })) } : {}),
        modelConfigKey: keyOf(v.model_config_key),
        tools: (v.tool_keys ?? []).map((t: string) => ({ key: keyOf(t), version: 1 })),
        ...(v.judges
          ? {
              judgeConfiguration: {
                judges: Object.entries<any>(v.judges).map(([key, j]) => ({ key, samplingRate: j.sampling_rate })),
              },
            }
          : {}),
      });
    }
    for (const config of this.aiConfigs.values())
      this.standIn.addConfig(
        config.key,
        config.variations.map((v) => v.key),
      );
  }

  /**
   * The project, its environments, tools and each environment's segments, from the synthesized launchdarkly and
   * ld-<env> stacks, in the REST API's shapes (what `aic import` reads besides AI Configs and model configs).
   */
  seedProjectFromStacks(stacks: Record<string, StackJson>): void {
    const resources = stacks.launchdarkly!.resource ?? {};
    const project = Object.values<any>(resources.launchdarkly_project ?? {})[0];
    this.project = {
      key: project.key,
      name: project.name,
      tags: project.tags ?? [],
      environments: {
        items: Object.values<any>(project.environments ?? {}).map((e) => ({
          key: e.key,
          name: e.name,
          color: e.color,
          critical: e.critical,
          requireComments: e.require_comments,
          confirmChanges: e.confirm_changes,
          tags: e.tags ?? [],
          approvalSettings: {
            required: e.approval_settings?.required ?? false,
            minNumApprovals: e.approval_settings?.min_num_approvals ?? 1,
            canReviewOwnRequest: e.approval_settings?.can_review_own_request ?? false,
            canApplyDeclinedChanges: e.approval_settings?.can_apply_declined_changes ?? false,
          },
        })),
      },
    };
    for (const m of Object.values<any>(resources.launchdarkly_metric ?? {}))
      this.metrics.push({
        key: m.key,
        name: m.name,
        ...(m.description ? { description: m.description } : {}),
        kind: m.kind,
        eventKey: m.event_key,
        isNumeric: m.is_numeric ?? false,
        ...(m.unit ? { unit: m.unit } : {}),
        successCriteria: m.success_criteria,
        ...(m.unit_aggregation_type ? { unitAggregationType: m.unit_aggregation_type } : {}),
        ...(m.analysis_type ? { analysisType: m.analysis_type } : {}),
        ...(m.percentile_value ? { percentileValue: m.percentile_value } : {}),
      });
    for (const tool of Object.values<any>(resources.launchdarkly_ai_tool ?? {}))
      this.tools.set(tool.key, { key: tool.key, description: tool.description, schema: JSON.parse(tool.schema_json) });
    for (const [name, stack] of Object.entries(stacks)) {
      if (!name.startsWith("ld-")) continue;
      const items = Object.values<any>(stack.resource?.launchdarkly_segment ?? {}).map((s) => ({
        key: s.key,
        name: s.name,
        ...(s.description ? { description: s.description } : {}),
        included: s.included ?? [],
        excluded: s.excluded ?? [],
        rules: (s.rules ?? []).map((r: any) => ({
          clauses: r.clauses.map((c: any) => ({
            attribute: c.attribute,
            op: c.op,
            contextKind: c.context_kind,
            negate: c.negate,
            values: c.values.map((v: string) =>
              c.value_type === "boolean" ? v === "true" : c.value_type === "number" ? Number(v) : v,
            ),
          })),
        })),
      }));
      this.segments.set(name.slice("ld-".length), items);
    }
  }

  variation(config: string, key: string): StandInVariation {
    return this.aiConfigs.get(config)!.variations.find((v) => v.key === key)!;
  }

  private route(method: string, path: string): { status: number; body: unknown } | undefined {
    if (method !== "GET") return undefined;
    const projectPath = /^\/api\/v2\/projects\/([^/?]+)(\?.*)?$/.exec(path);
    if (projectPath)
      return this.project && this.project.key === decodeURIComponent(projectPath[1]!)
        ? { status: 200, body: this.project }
        : { status: 404, body: { code: "not_found", message: "Unknown project" } };
    if (/^\/api\/v2\/projects\/[^/]+\/ai-configs(\?.*)?$/.test(path))
      return { status: 200, body: { items: [...this.aiConfigs.values()] } };
    if (/^\/api\/v2\/projects\/[^/]+\/ai-tools(\?.*)?$/.test(path))
      return { status: 200, body: { items: [...this.tools.values()] } };
    if (/^\/api\/v2\/metrics\/[^/?]+(\?.*)?$/.test(path)) return { status: 200, body: { items: this.metrics } };
    const segments = /^\/api\/v2\/segments\/[^/]+\/([^/?]+)(\?.*)?$/.exec(path);
    if (segments) return { status: 200, body: { items: this.segments.get(decodeURIComponent(segments[1]!)) ?? [] } };
    if (/^\/api\/v2\/projects\/[^/]+\/ai-configs\/model-configs$/.test(path))
      return { status: 200, body: [...this.modelConfigs.values()] };
    const match = /^\/api\/v2\/projects\/[^/]+\/ai-configs\/([^/?]+)$/.exec(path);
    if (!match) return undefined;
    const config = this.aiConfigs.get(decodeURIComponent(match[1]!));
    return config
      ? { status: 200, body: config }
      : { status: 404, body: { code: "not_found", message: "Unknown resource" } };
  }
}
