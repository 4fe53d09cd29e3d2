import { EXAMPLE_ROOT, exampleCatalog, type Edit } from "./catalog-fixture";
import { catalogAt, synthAll, type StackJson } from "./synth";

/** The synthesized `launchdarkly` stack of the example catalog, with edits. */
export function launchDarklyStack(edits?: Record<string, Edit>): StackJson {
  return synthAll(catalogAt(edits ? exampleCatalog(edits) : EXAMPLE_ROOT)).launchdarkly!;
}

/** The resources of one type, keyed by their `key` attribute (or `name`), without cdktf's metadata. */
export function byKey(stack: StackJson, type: string, field = "key"): Record<string, Record<string, any>> {
  const resources = stack.resource?.[type] ?? {};
  return Object.fromEntries(
    Object.entries(resources).map(([address, body]: [string, any]) => {
      const { "//": _metadata, ...rest } = body;
      return [String(rest[field] ?? address), { ...rest, address: `${type}.${address}` }];
    }),
  );
}
