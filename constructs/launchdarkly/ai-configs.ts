import { Construct } from "constructs";
import { ResourceSet, attributeOf } from "./private/resource-set";
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
 *
 * Each AI Config is a `launchdarkly_ai_config` at <id>/<config>, each variation a
 * `launchdarkly_ai_config_variation` at <id>/<config>-<variation>, written by one ResourceSet rather than a
 * construct apiece (decision 0007); their attributes are those of the provider's schema.
 */
export class AiConfigs extends Construct {
  private readonly resources: ResourceSet;

  constructor(scope: Construct, id: string, props: AiConfigsProps) {
    super(scope, id);
    this.resources = new ResourceSet(this, "resources");
    const addresses = new Map<string, string>();
    // Attributes in sorted order, as the stack's JSON is written (see ResourceSet.add).
    for (const config of props.aiConfigs) {
      addresses.set(
        config.key,
        this.resources.add("launchdarkly_ai_config", [config.key], {
          ...defined("description", literal(config.description)),
          ...defined("evaluation_metric_key", config.evaluationMetricKey),
          key: config.key,
          ...defined("maintainer_team_key", config.maintainerTeamKey),
          mode: config.mode,
          name: config.name,
          project_key: props.projectKey,
          tags: [...props.tags, ...config.tags],
        }),
      );
    }
    for (const config of props.aiConfigs) {
      const configKey = attributeOf(addresses.get(config.key)!, "key");
      for (const variation of config.variations) {
        const judges = variation.judges.map((j) => {
          const judge = addresses.get(j.key);
          if (!judge) throw new Error(`judge ${j.key} of ${config.key}/${variation.key} is not among the AI Configs`);
          return judge;
        });
        this.resources.add("launchdarkly_ai_config_variation", [`${config.key}-${variation.key}`], {
          config_key: configKey,
          // Judge keys are map keys, which cannot be references: order after the judges explicitly.
          ...(judges.length > 0 ? { depends_on: judges } : {}),
          ...defined("description", literal(variation.description)),
          ...(config.mode === "agent"
            ? defined("instructions", literal(variation.instructions))
            : { messages: variation.messages.map((m) => ({ content: literal(m.content), role: m.role })) }),
          ...(judges.length > 0
            ? { judges: Object.fromEntries(variation.judges.map((j) => [j.key, { sampling_rate: j.samplingRate }])) }
            : {}),
          key: variation.key,
          model_config_key: variation.modelConfigKey,
          name: variation.name,
          project_key: props.projectKey,
          ...(variation.toolKeys.length > 0 ? { tool_keys: [...variation.toolKeys] } : {}),
        });
      }
    }
  }

  /** Whether the construct declares an AI Config (`[config]`) or a variation (`[<config>-<variation>]`). */
  has(ids: readonly string[]): boolean {
    return this.resources.has(ids);
  }

  /** Adopts an existing AI Config or variation (see `has`) on the first plan instead of creating it. */
  importFrom(ids: readonly string[], id: string): void {
    this.resources.importFrom(ids, id);
  }
}

/** `{ [name]: value }`, or nothing when the value is undefined, as the bindings leave an unset attribute out. */
function defined(name: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [name]: value };
}
