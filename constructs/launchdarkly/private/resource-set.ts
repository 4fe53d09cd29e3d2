import { TerraformElement } from "cdktf";
import { makeUniqueId } from "cdktf/lib/private/unique";
import type { Construct } from "constructs";

/** Terraform JSON: attribute names as Terraform spells them, values plain or cdktf tokens. */
export type Attributes = Record<string, unknown>;

interface Declared {
  readonly type: string;
  readonly name: string;
  readonly path: string;
  readonly attributes: Attributes;
  importId?: string;
}

/**
 * Many resources written by one element, each at the address a construct of its own would have: as if it were a
 * child (`ids`, one or more levels) of the scope the set is added to. The generated provider bindings cost about
 * 0.1 ms per resource at synth (a construct, its md5 logical id, tokens for every attribute, cdktf's attribute
 * processing); AI Configs, their variations and the reconcilers are eight of every nine resources, so these are
 * written here from attributes already named and shaped as Terraform JSON (decision 0007). A test holds every
 * attribute to what the bindings write for the same input.
 *
 * Ids are checked as the construct tree checks them: one in use under the scope is refused, when the resource is
 * added or, for a construct added after it, when the stack is validated at synth. The addresses are
 * cdktf's default scheme (`makeUniqueId` of the construct path below the stack); no stack here overrides it.
 */
export class ResourceSet extends TerraformElement {
  private readonly declared: Declared[] = [];
  private readonly byPath = new Map<string, Declared>();
  /** The first id of every resource's path: the scope's children they stand for. */
  private readonly firstIds = new Set<string>();
  private readonly scopeIds: string[];

  constructor(
    private readonly addressScope: Construct,
    id: string,
  ) {
    super(addressScope, id);
    const stack = this.cdktfStack;
    const scopes = addressScope.node.scopes;
    this.scopeIds = scopes.slice(scopes.indexOf(stack) + 1).map((c) => c.node.id);
    // A construct added to the scope after a resource with its id: refused at synth, as add refuses the reverse.
    this.node.addValidation({ validate: () => this.takenIds() });
  }

  /**
   * Declares a resource of `type` at `ids` below the scope; returns its address, `type.name`, for references.
   * Attributes written with their keys in sorted order, as Terraform JSON is written, spare synth a copy.
   */
  add(type: string, ids: readonly string[], attributes: Attributes): string {
    if ("//" in attributes) throw new Error(`"//" is cdktf's metadata key, not an attribute of ${type}`);
    const sanitized = ids.map(sanitizeId);
    const relative = sanitized.join("/");
    const sibling = this.addressScope.node.tryFindChild(sanitized[0]!);
    if (this.byPath.has(relative) || (sibling !== undefined && sibling !== this))
      throw new Error(`There is already a Construct with name '${relative}' in ${this.addressScope.node.path}`);
    const name = makeUniqueId([...this.scopeIds, ...sanitized]);
    const declared: Declared = { type, name, path: `${this.addressScope.node.path}/${relative}`, attributes };
    this.declared.push(declared);
    this.byPath.set(relative, declared);
    this.firstIds.add(sanitized[0]!);
    return `${type}.${name}`;
  }

  /** Whether a resource was declared at `ids` below the scope. */
  has(ids: readonly string[]): boolean {
    return this.byPath.has(ids.map(sanitizeId).join("/"));
  }

  /** As a resource's `importFrom`: the first plan adopts the existing object `id` instead of creating one. */
  importFrom(ids: readonly string[], id: string): void {
    const declared = this.byPath.get(ids.map(sanitizeId).join("/"));
    if (!declared) throw new Error(`no resource at ${ids.join("/")} in ${this.node.path}`);
    declared.importId = id;
  }

  private takenIds(): string[] {
    return [...this.firstIds]
      .filter((id) => {
        const child = this.addressScope.node.tryFindChild(id);
        return child !== undefined && child !== this;
      })
      .map((id) => `There is already a resource with name '${id}' in ${this.addressScope.node.path}`);
  }

  toTerraform(): Attributes {
    const resource: Record<string, Record<string, Attributes>> = {};
    const imports: Attributes[] = [];
    for (const d of this.declared) {
      // As cdktf writes a resource: its attributes and, under "//", the construct's path and logical id. "//" sorts
      // before every attribute, so it comes first: a body whose attributes are in order then needs no sorted copy.
      (resource[d.type] ??= {})[d.name] = { "//": { metadata: { path: d.path, uniqueId: d.name } }, ...d.attributes };
      if (d.importId !== undefined) imports.push({ id: d.importId, to: `${d.type}.${d.name}` });
    }
    return imports.length > 0 ? { resource, import: imports } : { resource };
  }

  toHclTerraform(): never {
    throw new Error(`${this.node.path}: HCL output (SYNTH_HCL_OUTPUT) is not supported; synthesize JSON`);
  }
}

/** A Terraform reference to an attribute of the resource at `address` (`${type.name.attribute}`). */
export function attributeOf(address: string, attribute: string): string {
  return "${" + `${address}.${attribute}}`;
}

/** What the construct tree makes of an id: its path separators escaped (constructs' sanitizeId). */
function sanitizeId(id: string): string {
  return id.replace(/[/\n]/g, "--");
}
