import { z } from "zod";
import { about, ldKey, nonEmpty } from "./common";

export const toolSchema = z.strictObject({
  key: ldKey.meta(about("The tool's key, as agent variations name it.", "get-order-status")),
  description: nonEmpty.meta(
    about("What the tool does, for the model.", "Looks up the status of an order by its number."),
  ),
  /** JSON Schema of the tool's parameters; LaunchDarkly stores it as the tool's schema_json. */
  parameters: z
    .record(z.string(), z.unknown())
    .refine((schema) => schema.type === "object", "must be a JSON Schema with type: object")
    .meta(
      about(
        "JSON Schema of the tool's parameters (type: object).",
        { type: "object", properties: { orderId: { type: "string" } }, required: ["orderId"] },
        "<JSON Schema keyword>",
      ),
    ),
});

export const toolsFileSchema = z.strictObject({
  tools: z.array(toolSchema).default([]).meta(about("The AI tools agent-mode variations may call.")),
});

export type Tool = z.infer<typeof toolSchema>;
export type ToolsFile = z.infer<typeof toolsFileSchema>;
