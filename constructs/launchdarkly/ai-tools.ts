import { Construct } from "constructs";
import type { DeepReadonly, Tool } from "../../src/catalog";
import { AiTool } from "./bindings";
import { literal } from "./terraform-text";

export interface AiToolsProps {
  projectKey: string;
  tools: ReadonlyArray<DeepReadonly<Tool>>;
}

/** The tools agent variations may call, each with its JSON Schema. */
export class AiTools extends Construct {
  /** Tool key -> Terraform reference to it (read once: each read is a new cdktf token). */
  private readonly byKey = new Map<string, string>();

  constructor(scope: Construct, id: string, props: AiToolsProps) {
    super(scope, id);
    for (const tool of props.tools) {
      const resource = new AiTool(this, tool.key, {
        projectKey: props.projectKey,
        key: tool.key,
        description: literal(tool.description),
        schemaJson: literal(JSON.stringify(tool.parameters)),
      });
      this.byKey.set(tool.key, resource.key);
    }
  }

  /** A Terraform reference to the tool's key (3.1.1+ attaches tools by key for real). */
  keyFor(tool: string): string {
    const key = this.byKey.get(tool);
    if (!key) throw new Error(`tool ${tool} is not declared`);
    return key;
  }
}
