import { Construct } from "constructs";
import type { AiConfig as CatalogAiConfig } from "../../src/catalog";
import { AiConfig, AiConfigVariation } from "./bindings";
import { literal } from "./terraform-text";

export interface AiConfigsProps {
  projectKey: string;
  aiConfigs: readonly CatalogAiConfig[];
  /** Terraform references, resolved by the constructs that own those resources. */
  modelConfigKey: (model: string, parameters: CatalogAiConfig["variations"][number]["parameters"]) => string;
  toolKey: (tool: string) => string;
  teamKey: (team: string) => string;
  tags: readonly string[];
}

/**
 * AI Configs and their variations. Variations are shared by every environment; what each environment serves is
 * targeting, which the ld-<env> stacks own. Completion and judge variations carry messages, agent variations
 * instructions; judges are attached with their sampling rates.
 */
export class AiConfigs extends Construct {
  readonly configs = new Map<string, AiConfig>();
  readonly variations = new Map<string, AiConfigVariation>();

  constructor(scope: Construct, id: string, props: AiConfigsProps) {
    super(scope, id);
    for (const config of props.aiConfigs) {
      this.configs.set(
        config.key,
        new AiConfig(this, config.key, {
          projectKey: props.projectKey,
          key: config.key,
          name: config.name,
          description: literal(config.description),
          mode: config.mode,
          evaluationMetricKey: config.evaluationMetricKey,
          maintainerTeamKey: config.maintainer && props.teamKey(config.maintainer),
          tags: [...props.tags, ...config.tags],
        }),
      );
    }
    for (const config of props.aiConfigs) {
      const configKey = this.configs.get(config.key)!.key;
      for (const variation of config.variations) {
        const judges = variation.judges.map((j) => this.configs.get(j.key)!);
        this.variations.set(
          `${config.key}/${variation.key}`,
          new AiConfigVariation(this, `${config.key}-${variation.key}`, {
            projectKey: props.projectKey,
            configKey,
            key: variation.key,
            name: variation.name,
            description: literal(variation.prompt.description ?? variation.description),
            modelConfigKey: props.modelConfigKey(variation.model, variation.parameters),
            ...(config.mode === "agent"
              ? { instructions: literal(variation.prompt.instructions) }
              : { messages: variation.prompt.messages.map((m) => ({ role: m.role, content: literal(m.content) })) }),
            toolKeys: variation.tools.length > 0 ? variation.tools.map(props.toolKey) : undefined,
            // Judge keys are map keys, which cannot be references: order after the judges explicitly.
            judges:
              variation.judges.length > 0
                ? Object.fromEntries(variation.judges.map((j) => [j.key, { samplingRate: j.samplingRate }]))
                : undefined,
            dependsOn: judges.length > 0 ? judges : undefined,
          }),
        );
      }
    }
  }
}
