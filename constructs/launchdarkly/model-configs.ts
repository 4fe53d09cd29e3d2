import { createHash } from "node:crypto";
import { Construct } from "constructs";
import { ModelConfig } from "./bindings";

/** Inference parameters by name (temperature, maxTokens, ...); undefined values are left out. */
export type ModelParameters = Readonly<Record<string, unknown>>;

/** A model of the catalog, as LaunchDarkly's model configs describe it. */
export interface ModelProps {
  /** The model's key; with a hash of the content, the model configs' keys. */
  readonly key: string;
  /** The model's name in LaunchDarkly. */
  readonly name: string;
  /** Who serves the model, e.g. bedrock or openai. */
  readonly provider: string;
  /** The provider's model id. */
  readonly modelId: string;
  /** Bedrock's cross-region inference profile: when set, what the SDK serves instead of the model id. */
  readonly inferenceProfile?: string;
  /** USD per million input and output tokens. */
  readonly costPerMillionTokens: { readonly input: number; readonly output: number };
  /** The model's default parameters: a use with exactly these is named after the model alone. */
  readonly parameters: ModelParameters;
}

/** One (model, parameters) pair that some variation serves. */
export interface ModelUse {
  /** The key of one of `models`. */
  readonly model: string;
  /** The parameters served: the model's defaults merged with the variation's overrides. */
  readonly parameters: ModelParameters;
}

export interface ModelConfigsProps {
  /** The project's key, or a Terraform reference to it that orders the model configs after the project. */
  readonly projectKey: string;
  /** The models the uses refer to. */
  readonly models: readonly ModelProps[];
  /** Every (model, merged parameters) pair some variation serves; equal pairs share one model config. */
  readonly uses: readonly ModelUse[];
  /** Tags on every model config. */
  readonly tags: readonly string[];
}

/** Parameters with keys in a fixed order, so equal parameter sets compare and hash equal. */
function canonical(parameters: ModelParameters): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(parameters)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/**
 * One LaunchDarkly model config per model and parameter set that variations serve (a variation referencing a
 * model config cannot also override its parameters). Every model-config field is replace-only, so the key
 * carries a hash of everything it holds: a price or parameter change creates a model config under a new key
 * first (create_before_destroy), the variations move to it in place, and only then is the old one deleted,
 * which LaunchDarkly refuses while a variation still uses it. See docs/decisions/0003-model-config-replacement.md.
 */
export class ModelConfigs extends Construct {
  /** Use -> Terraform reference to the model config's key (read once: each read is a new cdktf token). */
  private readonly byUse = new Map<string, string>();
  /** Use keys by parameters object: the stacks pass each variation's parameters once as a use, once to keyFor. */
  private readonly useKeys = new WeakMap<ModelParameters, string>();

  constructor(scope: Construct, id: string, props: ModelConfigsProps) {
    super(scope, id);
    const models = new Map(props.models.map((m) => [m.key, m]));
    for (const use of props.uses) {
      const model = models.get(use.model);
      if (!model) throw new Error(`model ${use.model} is not among the models`);
      const key = this.useKey(use.model, use.parameters);
      if (this.byUse.has(key)) continue;
      const parameters = canonical(use.parameters);
      const content = {
        modelId: model.inferenceProfile ?? model.modelId,
        provider: model.provider,
        name: model.name,
        parameters,
        input: model.costPerMillionTokens.input,
        output: model.costPerMillionTokens.output,
      };
      const hash = createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 8);
      const differs = JSON.stringify(parameters) !== JSON.stringify(canonical(model.parameters));
      const resource = new ModelConfig(this, `${model.key}-${hash}`, {
        projectKey: props.projectKey,
        key: `${model.key}-${hash}`,
        name: differs
          ? `${model.name} (${Object.entries(parameters)
              .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
              .join(", ")})`
          : model.name,
        // Bedrock in the EU is called through the cross-region inference profile: that is what the SDK serves.
        modelId: content.modelId,
        modelProvider: model.provider,
        params: JSON.stringify(parameters),
        costPerInputToken: model.costPerMillionTokens.input / 1_000_000,
        costPerOutputToken: model.costPerMillionTokens.output / 1_000_000,
        tags: [...props.tags],
        lifecycle: { createBeforeDestroy: true },
      });
      this.byUse.set(key, resource.key);
    }
  }

  /** A Terraform reference to the key of the model config serving `model` with `parameters`. */
  keyFor(model: string, parameters: ModelParameters): string {
    const key = this.byUse.get(this.useKey(model, parameters));
    if (!key) throw new Error(`no model config for ${model} with ${JSON.stringify(parameters)}`);
    return key;
  }

  private useKey(model: string, parameters: ModelParameters): string {
    let text = this.useKeys.get(parameters);
    if (text === undefined) this.useKeys.set(parameters, (text = JSON.stringify(canonical(parameters))));
    return `${model} ${text}`;
  }
}
