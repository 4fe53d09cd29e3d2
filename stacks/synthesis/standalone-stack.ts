import { TerraformElement, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct, IConstruct } from "constructs";
import { isTokenFree, resolveValues } from "./resolve-values";
import { JsonMerge, type Json } from "./json-merge";
import { sortedJson, type CanonicalObjects } from "./sorted-json";
import { SortedJsonSynthesizer } from "./sorted-json-synthesizer";

/**
 * A stack built from the catalog alone: it never refers to another stack's resources (stacks share the
 * catalog, not Terraform state), which a test checks on every synthesized stack.
 *
 * It writes the same JSON as cdktf's TerraformStack, faster:
 * - it skips cdktf's preparing pass, which resolves every value of every resource once more only to find
 *   references between stacks;
 * - it resolves values with `resolveValues`, which leaves only tokens to cdktf's resolver and puts keys in order
 *   on the way;
 * - it writes its JSON with `SortedJsonSynthesizer` (unless cdktf is asked for HCL), skipping what resolveValues
 *   already found in order.
 * A test compares its output with cdktf's own `toTerraform` on every stack of the example and a generated catalog.
 */
export class StandaloneStack extends TerraformStack {
  private readonly stackOverrides: Json = {};

  constructor(scope: Construct, id: string) {
    super(scope, id);
    if (!["true", "1"].includes(process.env.SYNTH_HCL_OUTPUT ?? ""))
      this.synthesizer = new SortedJsonSynthesizer(
        this,
        process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS !== undefined,
        () => this.toSortedJson(),
      );
  }

  prepareStack(): void {
    this.ensureBackendExists();
  }

  /** Recorded here too, because cdktf keeps its copy private and `toTerraform` below merges them. */
  addOverride(path: string, value: unknown): void {
    super.addOverride(path, value);
    setPath(this.stackOverrides, path.split("."), value);
  }

  toTerraform(): Json {
    return this.resolvedTerraform(undefined);
  }

  /** The text of `toTerraform()` as cdktf writes it (key-sorted, two spaces). */
  toSortedJson(): string {
    const canonical: CanonicalObjects = new WeakMap();
    return sortedJson(this.resolvedTerraform(canonical), canonical);
  }

  private resolvedTerraform(canonical: CanonicalObjects | undefined): Json {
    const elements = terraformElements(this);
    const metadata = new JsonMerge({
      version: this.node.tryGetContext("cdktfVersion"),
      stackName: this.node.id,
      backend: "local",
      ...(Object.keys(this.stackOverrides).length > 0
        ? { overrides: { stack: Object.keys(this.stackOverrides) } }
        : {}),
    });
    for (const element of elements) metadata.add(resolveValues(this, element.toMetadata(), canonical) as Json);
    const outputs = new JsonMerge({});
    for (const element of elements) {
      if (TerraformOutput.isTerraformOutput(element))
        outputs.add(nested(element.node.path.split("/"), element.friendlyUniqueId));
    }
    const tf = new JsonMerge({ "//": { metadata: metadata.target, outputs: outputs.target } });
    for (const element of elements) tf.add(resolveValues(this, element.toTerraform(), canonical) as Json);
    // An override set to `undefined` deletes what it names, so the overrides are merged as cdktf merges them.
    tf.add(this.stackOverrides, { copy: true });
    // cdktf resolves the merged whole once more, for tokens in the overrides; without any, that changes nothing.
    return isTokenFree(this.stackOverrides) ? tf.target : (resolveValues(this, tf.target, canonical) as Json);
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
