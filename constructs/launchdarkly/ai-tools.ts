import { Construct } from "constructs";
import { AiTool } from "./bindings";
import { literal } from "./terraform-text";

/** One tool an agent variation may call. */
export interface AiToolProps {
  /** The tool's key, as agent variations name it. */
  readonly key: string;
  /** What the tool does, for the model. */
  readonly description: string;
  /** JSON Schema of the tool's parameters, stored as the tool's schema_json. */
  readonly parameters: Readonly<Record<string, unknown>>;
}

export interface AiToolsProps {
  /** The project's key, or a Terraform reference to it that orders the tools after the project. */
  readonly projectKey: string;
  /** The tools, each a resource named by its key. */
  readonly tools: readonly AiToolProps[];
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
