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
      this.aiConfigs.set(config.key, { key: config.key, name: config.name, mode: config.mode, variations: [] });
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

  variation(config: string, key: string): StandInVariation {
    return this.aiConfigs.get(config)!.variations.find((v) => v.key === key)!;
  }

  private route(method: string, path: string): { status: number; body: unknown } | undefined {
    if (method !== "GET") return undefined;
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
