import { z } from "zod";
import { ldKey, nonEmpty } from "./common";

/** A value a variable or a context attribute may take in a case. */
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const contextValue = z.union([scalar, z.array(scalar)], { error: "must be a string, number, true or false, or a list of them" });

/** The attributes of the LaunchDarkly context a case is evaluated for; `kind` and `key` get defaults. */
export const evalContextSchema = z.record(z.string().regex(/^[A-Za-z_][\w-]*$/, "must be an attribute name"), contextValue);

/** A turn the case adds after the prompt's own messages: the user's question, or a conversation so far. */
export const evalMessageSchema = z.strictObject({
  role: z.enum(["user", "assistant"]),
  content: nonEmpty,
});

const text = z.string().min(1, "must not be empty");

/** Every kind of check an answer can be held to, by `type`. */
export const ASSERTION_TYPES = [
  "contains", "not-contains", "regex", "equals", "is-json", "json-schema", "max-output-tokens", "max-latency-ms", "max-cost", "tool-called", "judge",
] as const;

export const assertionSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("contains"), value: text, ignoreCase: z.boolean().default(false) }),
    z.strictObject({ type: z.literal("not-contains"), value: text, ignoreCase: z.boolean().default(false) }),
    /** A JavaScript regular expression the answer must match somewhere; flags such as "i" or "m". */
    z.strictObject({ type: z.literal("regex"), value: text, flags: z.string().regex(/^[dgimsuvy]*$/, "must be regular-expression flags such as i, m or s").default("") }),
    /** The whole answer, leading and trailing white space ignored. */
    z.strictObject({ type: z.literal("equals"), value: z.string() }),
    z.strictObject({ type: z.literal("is-json") }),
    /** The answer parses as JSON and validates against this JSON Schema. */
    z.strictObject({ type: z.literal("json-schema"), value: z.record(z.string(), z.unknown()) }),
    z.strictObject({ type: z.literal("max-output-tokens"), value: z.int().positive() }),
    z.strictObject({ type: z.literal("max-latency-ms"), value: z.int().positive() }),
    /** USD for the answer's one call, from the model's prices in configs/models.yaml. */
    z.strictObject({ type: z.literal("max-cost"), value: z.number().positive() }),
    /** Agent mode: the model asks for this tool, with arguments that include these (a partial match). */
    z.strictObject({ type: z.literal("tool-called"), name: ldKey, arguments: z.record(z.string(), z.unknown()).optional() }),
    /** A judge-mode AI Config of the catalog scores the answer from 0 to 1; it passes at or above the threshold. */
    z.strictObject({ type: z.literal("judge"), config: ldKey, threshold: z.number().min(0).max(1) }),
  ],
  { error: (issue) => (issue.code === "invalid_union" ? `must be one of the assertion types: ${ASSERTION_TYPES.join(", ")}` : undefined) },
);

/** How often a case runs, and the share of those runs that must pass for the case to pass. */
const repetition = {
  repeat: z.int().min(1).max(100).optional(),
  passShare: z.number().gt(0, "must be above 0").max(1).optional(),
};

export const evalCaseSchema = z.strictObject({
  name: z.string().regex(/^[\w][\w .,'()/-]*$/, "must be a short name: letters, digits, spaces and . , ' ( ) / - _").max(80),
  description: z.string().optional(),
  /** A required case that fails fails the suite, whatever the pass rate. */
  required: z.boolean().default(false),
  variables: z.record(z.string(), scalar).default({}),
  context: evalContextSchema.default({}),
  /** Shorthand for one user message. */
  input: nonEmpty.optional(),
  messages: z.array(evalMessageSchema).default([]),
  ...repetition,
  assert: z.array(assertionSchema).min(1, "must hold at least one assertion"),
});

export const evalDatasetFileSchema = z.strictObject({
  description: z.string().optional(),
  defaults: z
    .strictObject({
      variables: z.record(z.string(), scalar).default({}),
      context: evalContextSchema.default({}),
      repeat: repetition.repeat.default(1),
      passShare: repetition.passShare.default(1),
    })
    .default({ variables: {}, context: {}, repeat: 1, passShare: 1 }),
  /** The share of cases that must pass for the dataset to pass. */
  threshold: z.number().min(0).max(1).default(1),
  cases: z.array(evalCaseSchema).min(1, "must list at least one case"),
});

export type Assertion = z.infer<typeof assertionSchema>;
export type AssertionType = Assertion["type"];
export type EvalCaseFile = z.infer<typeof evalCaseSchema>;
export type EvalDatasetFile = z.infer<typeof evalDatasetFileSchema>;
export type EvalMessage = z.infer<typeof evalMessageSchema>;
export type ContextValue = z.infer<typeof contextValue>;
