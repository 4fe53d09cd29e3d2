import type Ajv from "ajv";
import { intact, promptPath, type CheckContext, type LoadedFile, type Rule } from "../context";
import { datasetConfigKey } from "../eval-files";
import { START_OF_FILE } from "../problems";
import type { AiConfigFile, Clause, ContextValue, EvalDatasetFile } from "../schema";
import type { PathSegment } from "../yaml-file";
import { unknownReference } from "./environment-exists";

type Dataset = LoadedFile<EvalDatasetFile>;

/** Each dataset with the AI Config it belongs to; datasets of unknown configs are left to eval-dataset. */
function datasetsWithConfigs(ctx: CheckContext): Array<{ dataset: Dataset; config: LoadedFile<AiConfigFile> }> {
  const configs = new Map(ctx.aiConfigs.map((c) => [c.data.key, c]));
  return ctx.evals.flatMap((dataset) => {
    const config = configs.get(datasetConfigKey(dataset.file));
    return config ? [{ dataset, config }] : [];
  });
}

export const evalDataset: Rule = {
  id: "eval-dataset",
  summary: "An eval dataset is named after an AI Config (evals/<config key>.yaml), and its case names are unique.",
  check(ctx, report) {
    const keys = ctx.aiConfigs.map((c) => c.data.key);
    for (const dataset of ctx.evals) {
      const key = datasetConfigKey(dataset.file);
      if (ctx.allAiConfigsLoaded && !keys.includes(key)) {
        report.atPosition(
          dataset.file,
          START_OF_FILE,
          `no AI Config has the key "${key}": an eval dataset is named evals/<config key>.yaml${keys.length <= 12 ? ` (known: ${keys.join(", ")})` : ""}`,
        );
      }
      const seen = new Map<string, number>();
      dataset.data.cases.forEach((c, i) => {
        const first = seen.get(c.name);
        if (first === undefined) seen.set(c.name, i);
        else report.at(dataset, ["cases", i, "name"], `duplicate case name "${c.name}" (first at cases[${first}])`);
      });
    }
  },
};

export const evalVariables: Rule = {
  id: "eval-variables",
  summary:
    "A case passes only variables its AI Config declares, each of its declared type and enum, and every required one (from the case or the dataset's defaults).",
  check(ctx, report) {
    for (const { dataset, config } of datasetsWithConfigs(ctx)) {
      const declared = new Map(config.data.variables.map((v) => [v.name, v]));
      const checkValues = (values: Record<string, unknown>, path: PathSegment[]) => {
        for (const [name, value] of Object.entries(values)) {
          const variable = declared.get(name);
          if (!variable) {
            report.at(
              dataset,
              [...path, name],
              `variable "${name}" is not declared by ${config.data.key} (it declares ${[...declared.keys()].join(", ") || "none"})`,
            );
          } else if (typeof value !== variable.type) {
            report.at(
              dataset,
              [...path, name],
              `variable "${name}" is a ${variable.type} in ${config.file}, not a ${typeof value}`,
            );
          } else if (variable.enum && !variable.enum.includes(value as never)) {
            report.at(
              dataset,
              [...path, name],
              `variable "${name}" must be one of ${variable.enum.join(", ")} (${config.file})`,
            );
          }
        }
      };
      checkValues(dataset.data.defaults.variables, ["defaults", "variables"]);
      const missingIn = (c: EvalDatasetFile["cases"][number]) =>
        config.data.variables
          .filter((v) => v.required && !(v.name in dataset.data.defaults.variables) && !(v.name in c.variables))
          .map((v) => v.name);
      // A required variable that no case gives is one problem (usually a variable just added), not one per case.
      const inNoCase = new Set(
        config.data.variables
          .filter(
            (v) => dataset.data.cases.length > 1 && dataset.data.cases.every((c) => missingIn(c).includes(v.name)),
          )
          .map((v) => v.name),
      );
      for (const name of inNoCase) {
        report.at(
          dataset,
          dataset.yaml.data && "defaults" in (dataset.yaml.data as object) ? ["defaults"] : ["cases"],
          `no case gives the required variable "${name}" of ${config.data.key}; set it under defaults.variables or in every case`,
          { at: "key" },
        );
      }
      dataset.data.cases.forEach((c, i) => {
        checkValues(c.variables, ["cases", i, "variables"]);
        const missing = missingIn(c).filter((name) => !inNoCase.has(name));
        if (missing.length > 0) {
          report.at(
            dataset,
            ["cases", i, "name"],
            `case "${c.name}" does not give the required variable${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${config.data.key} (set ${missing.length > 1 ? "them" : "it"} in the case or under defaults.variables)`,
          );
        }
      });
    }
  },
};

const NUMERIC_OPS = new Set(["lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual"]);
const STRING_OPS = new Set([
  "endsWith",
  "startsWith",
  "matches",
  "contains",
  "semVerEqual",
  "semVerLessThan",
  "semVerGreaterThan",
]);
const BUILT_IN_ATTRIBUTES = new Set(["key", "kind", "name", "anonymous"]);

/** The types an attribute may have for the clauses that test it: what LaunchDarkly's operators compare. */
function expectedTypes(clause: Clause): Set<string> {
  if (NUMERIC_OPS.has(clause.op!)) return new Set(["number"]);
  if (STRING_OPS.has(clause.op!)) return new Set(["string"]);
  if (clause.op === "before" || clause.op === "after") return new Set(["number", "string"]);
  return new Set((clause.values ?? []).map((v) => typeof v));
}

/** Every context attribute an AI Config reads: in its prompts, its targeting clauses and rollouts, and the segments they use. */
function attributesRead(
  ctx: CheckContext,
  config: AiConfigFile,
): { used: Set<string>; clauses: Map<string, Clause[]> } {
  const used = new Set<string>(BUILT_IN_ATTRIBUTES);
  const clauses = new Map<string, Clause[]>();
  const addClause = (clause: Clause) => {
    if (clause.segments) {
      for (const key of clause.segments) {
        for (const segments of Object.values(ctx.segments?.data.segments ?? {})) {
          for (const rule of segments.find((s) => s.key === key)?.rules ?? []) rule.clauses.forEach(addClause);
        }
      }
      return;
    }
    used.add(clause.attribute!);
    clauses.set(clause.attribute!, [...(clauses.get(clause.attribute!) ?? []), clause]);
  };
  for (const variation of config.variations) {
    for (const attribute of ctx.prompts.get(promptPath(config, variation))?.parsed.template.contextAttributes ?? [])
      used.add(attribute);
  }
  for (const targeting of Object.values(config.targeting)) {
    for (const rule of targeting.rules) {
      rule.clauses.forEach(addClause);
      if (rule.serve.rollout) used.add(rule.serve.rollout.bucketBy);
    }
    if (targeting.fallthrough.rollout) used.add(targeting.fallthrough.rollout.bucketBy);
  }
  return { used, clauses };
}

export const evalContext: Rule = {
  id: "eval-context",
  summary:
    "A case's context attributes have the types its AI Config's targeting clauses compare them with; an attribute no prompt or targeting reads is a warning.",
  check(ctx, report) {
    for (const { dataset, config } of datasetsWithConfigs(ctx)) {
      const { used, clauses } = attributesRead(ctx, config.data);
      // "Read by nothing" is only a safe conclusion when the config and the segments it may use were read whole.
      const segmentsWhole = ctx.segments
        ? intact(ctx.segments)
        : !ctx.texts.some((t) => t.file === "configs/segments.yaml");
      const allReadersKnown = intact(config) && segmentsWhole;
      const checkContext = (context: Record<string, ContextValue>, path: PathSegment[]) => {
        for (const [attribute, value] of Object.entries(context)) {
          if ((attribute === "kind" || attribute === "key") && typeof value !== "string") {
            report.at(dataset, [...path, attribute], `the context's "${attribute}" must be a string`);
            continue;
          }
          if (!used.has(attribute)) {
            if (!allReadersKnown) continue;
            report.at(
              dataset,
              [...path, attribute],
              `context attribute "${attribute}" is read by no prompt, targeting rule or segment of ${config.data.key}`,
              { severity: "warning", at: "key" },
            );
            continue;
          }
          const given = Array.isArray(value) ? [...new Set(value.map((v) => typeof v))] : [typeof value];
          for (const clause of clauses.get(attribute) ?? []) {
            const expected = expectedTypes(clause);
            const wrong = given.find((type) => !expected.has(type));
            if (wrong) {
              report.at(
                dataset,
                [...path, attribute],
                `context attribute "${attribute}" is a ${wrong}, but targeting compares it (${clause.op}) with ${[...expected].join(" or ")} values`,
              );
              break;
            }
          }
        }
      };
      checkContext(dataset.data.defaults.context, ["defaults", "context"]);
      dataset.data.cases.forEach((c, i) => checkContext(c.context, ["cases", i, "context"]));
    }
  },
};

/** ajv only when a dataset holds a JSON Schema, so that validating most catalogs never loads it. */
let ajv: Ajv | undefined;
function schemaCompiler(): Ajv {
  const AjvClass = (require("ajv") as { default: typeof Ajv }).default;
  return (ajv ??= new AjvClass({ allErrors: true, strict: false }));
}

export const evalAssertions: Rule = {
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
};
