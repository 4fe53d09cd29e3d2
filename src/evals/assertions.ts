import Ajv, { type ValidateFunction } from "ajv";
import type { Assertion, DeepReadonly } from "../catalog";

/** What one call produced, as the assertions see it. */
export interface Answer {
  text: string;
  toolCalls: ReadonlyArray<{ name: string; arguments: Record<string, unknown> }>;
  outputTokens: number;
  latencyMs: number;
  costUsd: number;
}

/** An assertion's verdict. `detail` says why in words drawn from the dataset, never quoting the answer. */
export interface AssertionResult {
  type: Assertion["type"];
  pass: boolean;
  detail: string;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
  return validate;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.trim()) };
  } catch {
    return { ok: false };
  }
}

/** Whether `actual` holds everything `expected` does: objects key by key, recursively; anything else equal. */
export function includes(actual: unknown, expected: unknown): boolean {
  if (expected && typeof expected === "object" && !Array.isArray(expected)) {
    if (!actual || typeof actual !== "object" || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([key, value]) => includes((actual as Record<string, unknown>)[key], value));
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
const result = (type: Assertion["type"], pass: boolean, detail: string): AssertionResult => ({ type, pass, detail });

/** Checks every assertion but `judge` (which needs a model call) against one answer. */
export function checkAssertion(
  assertion: DeepReadonly<Exclude<Assertion, { type: "judge" }>>,
  answer: Answer,
): AssertionResult {
  const { text } = answer;
  switch (assertion.type) {
    case "contains":
    case "not-contains": {
      const found = assertion.ignoreCase
        ? text.toLowerCase().includes(assertion.value.toLowerCase())
        : text.includes(assertion.value);
      const pass = assertion.type === "contains" ? found : !found;
      return result(
        assertion.type,
        pass,
        `${assertion.type} ${quote(assertion.value)}: ${found ? "found" : "not found"}`,
      );
    }
    case "regex": {
      const pass = new RegExp(assertion.value, assertion.flags).test(text);
      return result("regex", pass, `regex /${assertion.value}/${assertion.flags}: ${pass ? "matches" : "no match"}`);
    }
    case "equals": {
      const pass = text.trim() === assertion.value.trim();
      return result("equals", pass, `equals ${quote(assertion.value)}: ${pass ? "equal" : "differs"}`);
    }
    case "is-json": {
      const pass = parseJson(text).ok;
      return result("is-json", pass, pass ? "is JSON" : "is not JSON");
    }
    case "json-schema": {
      const parsed = parseJson(text);
      if (!parsed.ok) return result("json-schema", false, "json-schema: the answer is not JSON");
      const validate = validatorFor(assertion.value);
      const pass = validate(parsed.value);
      const errors = (validate.errors ?? [])
        .slice(0, 3)
        .map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
      return result("json-schema", pass, pass ? "json-schema: valid" : `json-schema: ${errors.join("; ")}`);
    }
    case "max-output-tokens":
      return result(
        "max-output-tokens",
        answer.outputTokens <= assertion.value,
        `max-output-tokens ${assertion.value}: ${answer.outputTokens} tokens`,
      );
    case "max-latency-ms":
      return result(
        "max-latency-ms",
        answer.latencyMs <= assertion.value,
        `max-latency-ms ${assertion.value}: ${Math.round(answer.latencyMs)} ms`,
      );
    case "max-cost":
      return result(
        "max-cost",
        answer.costUsd <= assertion.value,
        `max-cost $${assertion.value}: $${answer.costUsd.toFixed(6)}`,
      );
    case "tool-called": {
      const calls = answer.toolCalls.filter((c) => c.name === assertion.name);
      const names = [...new Set(answer.toolCalls.map((c) => c.name))].join(", ") || "none";
      if (calls.length === 0)
        return result("tool-called", false, `tool-called ${assertion.name}: not called (called: ${names})`);
      if (assertion.arguments && !calls.some((c) => includes(c.arguments, assertion.arguments))) {
        return result(
          "tool-called",
          false,
          `tool-called ${assertion.name}: called, but without arguments including ${Object.keys(assertion.arguments).join(", ")} as expected`,
        );
      }
      return result("tool-called", true, `tool-called ${assertion.name}: called`);
    }
  }
}
