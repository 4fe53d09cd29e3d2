import { TerraformElement, TerraformOutput, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { isTokenFree, resolveValues } from "./resolve-values";

type Json = Record<string, unknown>;

/**
 * A stack built from the catalog alone: it never refers to another stack's resources (stacks share the
 * catalog, not Terraform state), which a test checks on every synthesized stack.
 *
 * It writes the same JSON as cdktf's TerraformStack, faster:
 * - it skips cdktf's preparing pass, which resolves every value of every resource once more only to find
 *   references between stacks;
 * - it resolves values with `resolveValues`, which leaves only tokens to cdktf's resolver.
 * A test compares its output with cdktf's own `toTerraform` on every stack of the example and a generated catalog.
 */
export class StandaloneStack extends TerraformStack {
  private readonly stackOverrides: Json = {};

  prepareStack(): void {
    this.ensureBackendExists();
  }

  /** Recorded here too, because cdktf keeps its copy private and `toTerraform` below merges them. */
  addOverride(path: string, value: unknown): void {
    super.addOverride(path, value);
    setPath(this.stackOverrides, path.split("."), value);
  }

  toTerraform(): Json {
    const elements = terraformElements(this);
    const metadata: Json = {
      version: this.node.tryGetContext("cdktfVersion"),
      stackName: this.node.id,
      backend: "local",
      ...(Object.keys(this.stackOverrides).length > 0
        ? { overrides: { stack: Object.keys(this.stackOverrides) } }
        : {}),
    };
    for (const element of elements) deepMerge(metadata, resolveValues(this, element.toMetadata()) as Json);
    const outputs: Json = {};
    for (const element of elements) {
      if (TerraformOutput.isTerraformOutput(element))
        deepMerge(outputs, nested(element.node.path.split("/"), element.friendlyUniqueId));
    }
    const tf: Json = { "//": { metadata, outputs } };
    for (const element of elements) deepMerge(tf, resolveValues(this, element.toTerraform()) as Json);
    deepMerge(tf, this.stackOverrides);
    // cdktf resolves the merged whole once more, for tokens in the overrides; ours have none.
    return isTokenFree(this.stackOverrides) ? tf : (resolveValues(this, tf) as Json);
  }
}

/** The stack's own elements, in construct order, not descending into a nested stack. */
function terraformElements(node: IConstruct, into: TerraformElement[] = []): TerraformElement[] {
  if (TerraformElement.isTerraformElement(node)) into.push(node);
  for (const child of node.node.children) {
    if (!TerraformStack.isStack(child)) terraformElements(child, into);
  }
  return into;
}

/** cdktf's merge: objects merge key by key, lists concatenate, `undefined` deletes; a token is kept whole. */
function deepMerge(target: Json, source: Json): Json {
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) {
      delete target[key];
    } else if (Array.isArray(value)) {
      const existing = target[key];
      target[key] = Array.isArray(existing) ? [...existing, ...value] : value;
    } else if (typeof value === "object" && value !== null) {
      if (isResolvable(value)) {
        target[key] = value;
        continue;
      }
      if (typeof target[key] !== "object") target[key] = {};
      deepMerge(target[key] as Json, value as Json);
    } else {
      target[key] = value;
    }
  }
  return target;
}

function isResolvable(value: object): boolean {
  return typeof (value as { resolve?: unknown }).resolve === "function";
}

function nested(path: string[], leaf: unknown): Json {
  return path.reduceRight<unknown>((inner, part) => ({ [part]: inner }), leaf) as Json;
}

function setPath(target: Json, path: string[], value: unknown): void {
  let current = target;
  for (const part of path.slice(0, -1)) {
    const next = current[part];
    if (typeof next !== "object" || next === null || Array.isArray(next)) current[part] = {};
    current = current[part] as Json;
  }
  current[path[path.length - 1]!] = value;
}
