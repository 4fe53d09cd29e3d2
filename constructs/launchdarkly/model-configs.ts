import { createHash } from "node:crypto";
import { Construct } from "constructs";
import type { DeepReadonly, Model, Parameters } from "../../src/catalog";
import { ModelConfig } from "./bindings";

export interface ModelConfigsProps {
  projectKey: string;
  models: ReadonlyArray<DeepReadonly<Model>>;
  /** Every (model, merged parameters) pair some variation serves. */
  uses: ReadonlyArray<{ model: string; parameters: DeepReadonly<Parameters> }>;
  tags: readonly string[];
}

/** Parameters with keys in a fixed order, so equal parameter sets compare and hash equal. */
function canonical(parameters: DeepReadonly<Parameters>): Record<string, unknown> {
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

  constructor(scope: Construct, id: string, props: ModelConfigsProps) {
    super(scope, id);
    const models = new Map(props.models.map((m) => [m.key, m]));
    for (const use of props.uses) {
      const model = models.get(use.model);
      if (!model) throw new Error(`model ${use.model} is not in the catalog`);
      const parameters = canonical(use.parameters);
      const key = this.useKey(use.model, parameters);
      if (this.byUse.has(key)) continue;
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
  keyFor(model: string, parameters: DeepReadonly<Parameters>): string {
    const key = this.byUse.get(this.useKey(model, canonical(parameters)));
    if (!key) throw new Error(`no model config for ${model} with ${JSON.stringify(parameters)}`);
    return key;
  }

  private useKey(model: string, parameters: Record<string, unknown>): string {
    return `${model} ${JSON.stringify(parameters)}`;
  }
}
