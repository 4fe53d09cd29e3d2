import { TerraformStack, Testing } from "cdktf";
import type { Construct } from "constructs";
import type { StackJson } from "./synth";

/** Synthesizes what `build` adds to an empty stack (cdktf's Testing.synthScope): one construct, alone. */
export function synthAlone(build: (scope: Construct) => void): StackJson {
  return JSON.parse(Testing.synthScope(build)) as StackJson;
}

/** The resources (or data sources, with `kind: "data"`) of one type, by their Terraform name. */
export function resourcesOf(
  json: StackJson,
  type: string,
  kind: "resource" | "data" = "resource",
): Record<string, Record<string, any>> {
  return (json[kind]?.[type] ?? {}) as Record<string, Record<string, any>>;
}

/** The bodies of the resources of one type, ordered by Terraform name (synthScope sorts them). */
export function bodiesOf(json: StackJson, type: string, kind: "resource" | "data" = "resource") {
  return Object.values(resourcesOf(json, type, kind));
}

/** How many resources of each type a stack's JSON declares. */
export function resourceCounts(json: StackJson): Record<string, number> {
  return Object.fromEntries(
    Object.entries(json.resource ?? {}).map(([type, r]) => [type, Object.keys(r as object).length]),
  );
}

/** An empty stack to build a construct in, where a test asks the construct itself rather than its JSON. */
export function emptyStack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}
