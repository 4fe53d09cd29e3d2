import type { AiConfig, Catalog } from "../catalog";
import { callableModels } from "../catalog/served";

/**
 * What each stack is built from: the parts of the catalog its constructs read, keyed by stack name. Two catalogs
 * whose inputs for a stack are equal synthesize that stack identically; the reverse need not hold (a field that
 * does not change the synthesized stack may be included), which only costs a needless approval. A property test
 * (test/impact/reached-property.test.ts) synthesizes random edits to hold the first direction.
 */
export function stackInputs(catalog: Catalog): Record<string, unknown> {
  const backend = { state: catalog.state, instance: catalog.instance, project: catalog.project.key };
  const inputs: Record<string, unknown> = {
    launchdarkly: {
      backend,
      project: catalog.project,
      environments: catalog.environments.map(({ aws: _aws, bedrock: _bedrock, ...settings }) => settings),
      models: catalog.models,
      tools: catalog.tools,
      metrics: catalog.metrics,
      teams: catalog.teams,
      auditLog: catalog.auditLog,
      aiConfigs: catalog.aiConfigs.map(launchDarklyPart),
    },
  };
  for (const env of catalog.environments) {
    inputs[`ld-${env.key}`] = {
      backend,
      tags: catalog.project.tags,
      approvals: env.approvals,
      segments: catalog.segments[env.key],
      aiConfigs: catalog.aiConfigs.map((c) => ({
        key: c.key,
        targeting: c.targeting[env.key],
        experiments: c.experiments[env.key],
      })),
    };
    inputs[`aws-${env.key}`] = {
      backend,
      environment: { key: env.key, aws: env.aws, bedrock: env.bedrock },
      observability: catalog.observability[env.key],
      models: callableModels(catalog, env.key).map((m) => ({
        key: m.key,
        name: m.name,
        provider: m.provider,
        modelId: m.modelId,
        inferenceProfile: m.inferenceProfile,
        costPerMillionTokens: m.costPerMillionTokens,
      })),
    };
  }
  return inputs;
}

/** An AI Config as the launchdarkly stack declares it: everything but per-environment targeting and experiments. */
function launchDarklyPart(config: AiConfig): unknown {
  const {
    targeting: _targeting,
    experiments: _experiments,
    file: _file,
    variables: _variables,
    variations,
    ...rest
  } = config;
  return {
    ...rest,
    variations: variations.map(({ parameterOverrides: _overrides, prompt, ...variation }) => ({
      ...variation,
      prompt: { description: prompt.description, messages: prompt.messages, instructions: prompt.instructions },
    })),
  };
}

/**
 * Per stack of either catalog: whether its inputs differ. A stack present on one side only (a new or removed
 * environment) has changed; without a base every stack has.
 */
export function changedStacks(base: Catalog | undefined, head: Catalog): Record<string, boolean> {
  const before = base ? stackInputs(base) : {};
  const after = stackInputs(head);
  const names = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return Object.fromEntries(
    names.map((name) => [
      name,
      !(name in before && name in after && JSON.stringify(before[name]) === JSON.stringify(after[name])),
    ]),
  );
}
