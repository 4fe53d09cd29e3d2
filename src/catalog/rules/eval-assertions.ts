import type Ajv from "ajv";
import { defineRule } from "../context";
import { datasetsWithConfigs } from "./private/eval-datasets";
import { unknownReference } from "./private/unknown-reference";

/** ajv only when a dataset holds a JSON Schema, so that validating most catalogs never loads it. */
let ajv: Ajv | undefined;
function schemaCompiler(): Ajv {
  const AjvClass = (require("ajv") as { default: typeof Ajv }).default;
  return (ajv ??= new AjvClass({ allErrors: true, strict: false }));
}

export const evalAssertions = defineRule({
  id: "eval-assertions",
  summary:
    "Assertions are well formed: regexes compile, JSON Schemas are valid, judges are judge-mode AI Configs, tool-called names a tool of an agent's variations.",
  check(ctx, report) {
    const modes = new Map(ctx.aiConfigs.map((c) => [c.data.key, c.data.mode]));
    const judges = [...modes].filter(([, mode]) => mode === "judge").map(([key]) => key);
    for (const { dataset, config } of datasetsWithConfigs(ctx)) {
      const tools = new Set(config.data.variations.flatMap((v) => v.tools));
      dataset.data.cases.forEach((c, i) => {
        c.assert.forEach((assertion, j) => {
          const at = (field: string, message: string) => report.at(dataset, ["cases", i, "assert", j, field], message);
          switch (assertion.type) {
            case "regex":
              try {
                new RegExp(assertion.value, assertion.flags);
              } catch (error) {
                at(
                  "value",
                  `invalid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, "")}`,
                );
              }
              break;
            case "json-schema":
              try {
                schemaCompiler().compile(assertion.value);
              } catch (error) {
                at("value", `invalid JSON Schema: ${(error as Error).message}`);
              }
              break;
            case "tool-called":
              if (config.data.mode !== "agent")
                at(
                  "type",
                  `tool-called is for agent-mode AI Configs, and ${config.data.key} is in ${config.data.mode} mode`,
                );
              else if (!tools.has(assertion.name))
                at(
                  "name",
                  `no variation of ${config.data.key} has the tool "${assertion.name}" (they have ${[...tools].join(", ") || "none"})`,
                );
              break;
            case "judge": {
              const mode = modes.get(assertion.config);
              if (mode === undefined) {
                if (ctx.allAiConfigsLoaded)
                  unknownReference(
                    report,
                    dataset,
                    ["cases", i, "assert", j, "config"],
                    "judge AI Config",
                    assertion.config,
                    judges,
                  );
              } else if (mode !== "judge") {
                at(
                  "config",
                  `"${assertion.config}" is a ${mode}-mode AI Config; only judge-mode configs can score answers`,
                );
              }
              break;
            }
            default:
              break;
          }
        });
      });
    }
  },
});
