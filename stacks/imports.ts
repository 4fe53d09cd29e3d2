import { TerraformResource } from "cdktf";
import type { Construct } from "constructs";
import { AiConfigs } from "../constructs/launchdarkly/ai-configs";
import type { ImportEntry } from "../src/catalog";

/** Where the stacks put each kind's resource: the stack, and the construct path below it. */
function location(entry: ImportEntry): { stack: string; path: string[] } {
  const [first, second] = entry.key.split("/") as [string, string | undefined];
  switch (entry.kind) {
    case "project":
      return { stack: "launchdarkly", path: ["project", "project"] };
    case "ai-config":
      return { stack: "launchdarkly", path: ["ai-configs", first] };
    case "variation":
      return { stack: "launchdarkly", path: ["ai-configs", `${first}-${second}`] };
    case "model-config":
      return { stack: "launchdarkly", path: ["models", first] };
    case "tool":
      return { stack: "launchdarkly", path: ["tools", first] };
    case "metric":
      return { stack: "launchdarkly", path: ["metrics", first] };
    case "segment":
      return { stack: `ld-${first}`, path: ["segments", second ?? ""] };
  }
}

/**
 * Marks the resources of `stack` that configs/imports.yaml says LaunchDarkly already holds with `importFrom(id)`,
 * so that the first plan adopts them instead of creating them. An entry that names no resource of the stacks is an
 * error: importing nothing would leave the plan creating what exists.
 */
export function importExisting(stack: Construct, imports: readonly ImportEntry[]): void {
  for (const entry of imports) {
    const where = location(entry);
    if (where.stack !== stack.node.id) continue;
    let scope: Construct | undefined = stack;
    for (const id of where.path.slice(0, -1)) scope = scope?.node.tryFindChild(id) as Construct | undefined;
    const last = where.path[where.path.length - 1]!;
    const node = scope?.node.tryFindChild(last);
    // AI Configs and variations are written by a ResourceSet rather than constructs of their own.
    const set = scope instanceof AiConfigs && scope.has([last]) ? scope : undefined;
    if (set) set.importFrom([last], entry.id);
    else if (node instanceof TerraformResource) node.importFrom(entry.id);
    // A model config's key is <model>-<hash of its content>: when the files change its content, the plan creates
    // the new one rather than importing the old, so an entry for a key the stack no longer makes is passed over.
    else if (entry.kind !== "model-config")
      throw new Error(`configs/imports.yaml: ${entry.kind} ${entry.key} is not a resource of the ${where.stack} stack`);
  }
}
