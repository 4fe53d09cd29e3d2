import { defineRule } from "../context";
import { jsonSchemaFindings } from "../json-schema";
import { sentence } from "./private/json-schema-messages";

export const toolSchemas = defineRule({
  id: "tool-schema",
  summary:
    "A tool's parameters are a JSON Schema (draft 2020-12, or draft-07 when it says so) that ajv compiles in strict mode: no invalid or unknown keyword or format, required names that are properties, no reference outside itself.",
  check(ctx, report) {
    const tools = ctx.tools;
    tools?.data.tools.forEach((tool, i) => {
      for (const finding of jsonSchemaFindings(tool.parameters)) {
        const path = ["tools", i, "parameters", ...finding.path];
        report.at(tools, path, sentence(path, finding.message), { at: finding.atKey ? "key" : undefined });
      }
    });
  },
});
