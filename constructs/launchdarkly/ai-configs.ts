import { Construct } from "constructs";
import { AiConfig, AiConfigVariation } from "./bindings";
import { literal } from "./terraform-text";

/** One message of a completion or judge variation's prompt. */
export interface PromptMessageProps {
  /** system, user, assistant or developer. */
  readonly role: string;
  /** The message's text, a Mustache template the SDK renders; written as text, never read as a Terraform template. */
  readonly content: string;
}

/** One variation: a model config and a prompt, shared by every environment. */
export interface AiConfigVariationProps {
  /** The variation's key, as targeting serves it. */
  readonly key: string;
  /** The variation's name in LaunchDarkly. */
  readonly name: string;
  /** What the variation is for. */
  readonly description?: string;
  /** The key of the model config it serves, usually a Terraform reference to ModelConfigs' resource. */
  readonly modelConfigKey: string;
  /** Completion and judge modes: the prompt's messages, in order. */
  readonly messages: readonly PromptMessageProps[];
  /** Agent mode: the instructions. */
  readonly instructions?: string;
  /** Agent mode: the keys (or Terraform references to them) of the tools it may call; empty for none. */
  readonly toolKeys: readonly string[];
  /** The judge-mode AI Configs of the same construct that score its answers, with the share of answers judged. */
  readonly judges: readonly { readonly key: string; readonly samplingRate: number }[];
}

/** One AI Config with its variations. */
export interface AiConfigProps {
  /** The AI Config's key, as the application asks for it. */
  readonly key: string;
  /** Its name in LaunchDarkly. */
  readonly name: string;
  /** What it is for. */
  readonly description?: string;
  /** completion (messages), agent (instructions and tools) or judge (scores other answers). */
  readonly mode: "completion" | "agent" | "judge";
  /** Judge mode: the metric the judge's scores are tracked under. */
  readonly evaluationMetricKey?: string;
  /** The maintaining team's key, usually a Terraform reference to TeamRoles' team. */
  readonly maintainerTeamKey?: string;
  /** Its own tags, after the construct's. */
  readonly tags: readonly string[];
  /** Its variations, each a resource named <config>-<variation>. */
  readonly variations: readonly AiConfigVariationProps[];
}

export interface AiConfigsProps {
  /** The project's key, or a Terraform reference to it that orders the AI Configs after the project. */
  readonly projectKey: string;
  /** The AI Configs, judges included: a variation's judges must be among them. */
  readonly aiConfigs: readonly AiConfigProps[];
  /** Tags on every AI Config, before its own. */
  readonly tags: readonly string[];
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
          maintainerTeamKey: config.maintainerTeamKey,
          tags: [...props.tags, ...config.tags],
        }),
      );
    }
    for (const config of props.aiConfigs) {
      const configKey = this.configs.get(config.key)!.key;
      for (const variation of config.variations) {
        const judges = variation.judges.map((j) => {
          const judge = this.configs.get(j.key);
          if (!judge) throw new Error(`judge ${j.key} of ${config.key}/${variation.key} is not among the AI Configs`);
          return judge;
        });
        this.variations.set(
          `${config.key}/${variation.key}`,
          new AiConfigVariation(this, `${config.key}-${variation.key}`, {
            projectKey: props.projectKey,
            configKey,
            key: variation.key,
            name: variation.name,
            description: literal(variation.description),
            modelConfigKey: variation.modelConfigKey,
            ...(config.mode === "agent"
              ? { instructions: literal(variation.instructions) }
              : { messages: variation.messages.map((m) => ({ role: m.role, content: literal(m.content) })) }),
            toolKeys: variation.toolKeys.length > 0 ? [...variation.toolKeys] : undefined,
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
