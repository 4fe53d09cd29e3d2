import type { z } from "zod";
import { fastParse } from "./fast-parse";
import type { Problem } from "./problems";
import { salvage, valueAt, type Salvaged } from "./salvage";
import { fieldsAt } from "./schema-walk";
import { didYouMean } from "./suggest";
import type { PathSegment, YamlFile } from "./yaml-file";

type Issue = z.core.$ZodIssue;

/**
 * Validates a parsed YAML file against its schema; every issue becomes a problem at the offending line. When the
 * file does not match, `data` is what is left once the offending values are removed (`salvaged` says what was),
 * so that the cross-file rules still check the rest; undefined when nothing would be left. Valid files take
 * fastParse's path to zod's result.
 */
export function validateYaml<S extends z.ZodType>(
  yaml: YamlFile,
  schema: S,
): { data?: z.infer<S>; salvaged?: Salvaged; problems: Problem[] } {
  const data = yaml.data ?? {};
  const fast = fastParse(schema, data);
  if (fast) return { data: fast.data, problems: [] };
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => describe(yaml, issue, [], schema));
  const rest = salvage(yaml.data, schema, result.error.issues);
  return { data: rest?.data, salvaged: rest?.salvaged, problems };
}

function describe(yaml: YamlFile, issue: Issue, prefix: PathSegment[], schema: z.ZodType): Problem[] {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const at = (p: PathSegment[], key = false) => (key ? yaml.keyAt(p) : yaml.valueAt(p));
  const problem = (p: PathSegment[], message: string, key = false): Problem => ({
    file: yaml.file,
    ...at(p, key),
    severity: "error",
    rule: "schema",
    message,
  });

  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) =>
        problem(
          [...path, key],
          `unknown field ${label([...path, key])}${didYouMean(key, fieldsAt(schema, path))}`,
          true,
        ),
      );
    case "invalid_union": {
      const branch = issue.errors.find((errors) => errors.some((e) => e.path.length > 0 && e.code !== "invalid_type"));
      if (branch) return branch.flatMap((e) => describe(yaml, e, path, schema));
      return [problem(path, sentence(path, issue.message))];
    }
    case "invalid_key":
      return [problem(path, `${label(path)}: key ${issue.issues[0]?.message ?? "is invalid"}`, true)];
    case "invalid_type":
      if (valueAt(yaml.data, path) === undefined) {
        return path.length === 0
          ? [problem(path, "the file is empty; expected a mapping")]
          : [problem(path.slice(0, -1), `missing required field ${label(path)}`)];
      }
      return [problem(path, sentence(path, `must be ${typeName(issue.expected)}`))];
    case "invalid_value": {
      const value = valueAt(yaml.data, path);
      const hint = typeof value === "string" ? didYouMean(value, issue.values.map(String)) : "";
      return [problem(path, sentence(path, `must be one of: ${issue.values.map(String).join(", ")}${hint}`))];
    }
    case "too_small":
      return [
        problem(
          path,
          sentence(
            path,
            bound(issue.origin, issue.minimum, issue.inclusive, "at least", "greater than", issue.message),
          ),
        ),
      ];
    case "too_big":
      return [
        problem(
          path,
          sentence(path, bound(issue.origin, issue.maximum, issue.inclusive, "at most", "less than", issue.message)),
        ),
      ];
    default:
      return [problem(path, sentence(path, issue.message))];
  }
}

function sentence(path: PathSegment[], detail: string): string {
  if (path.length === 0) return detail;
  return detail.startsWith("must ") ? `${label(path)} ${detail}` : `${label(path)}: ${detail}`;
}

/** `variations[1].parameters.temperature`, as a reader finds it in the file. */
export function pathText(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

function label(path: readonly PathSegment[]): string {
  return `"${pathText(path)}"`;
}

function bound(
  origin: string,
  limit: unknown,
  inclusive: boolean | undefined,
  incl: string,
  excl: string,
  fallback: string,
): string {
  if (fallback.startsWith("must ")) return fallback;
  const relation = inclusive === false ? excl : incl;
  if (origin === "array" || origin === "set")
    return `must have ${relation} ${String(limit)} item${limit === 1 ? "" : "s"}`;
  if (origin === "string")
    return Number(limit) === 1 && inclusive !== false
      ? "must not be empty"
      : `must be ${relation} ${String(limit)} characters`;
  return `must be ${relation} ${String(limit)}`;
}

function typeName(expected: string): string {
  switch (expected) {
    case "object":
    case "record":
      return "a mapping";
    case "array":
    case "tuple":
      return "a list";
    case "int":
      return "a whole number";
    case "boolean":
      return "true or false";
    default:
      return `a ${expected}`;
  }
}
