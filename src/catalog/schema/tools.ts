import { z } from "zod";
import { ldKey, nonEmpty } from "./common";

export const toolSchema = z.strictObject({
  key: ldKey,
  description: nonEmpty,
  /** JSON Schema of the tool's parameters; LaunchDarkly stores it as the tool's schema_json. */
  parameters: z
    .record(z.string(), z.unknown())
    .refine((schema) => schema.type === "object", "must be a JSON Schema with type: object"),
});

export const toolsFileSchema = z.strictObject({ tools: z.array(toolSchema).default([]) });

export type Tool = z.infer<typeof toolSchema>;
export type ToolsFile = z.infer<typeof toolsFileSchema>;
