import { z } from "zod";
import { about, ldKey, nonEmpty } from "./common";

/** A value a variable or a context attribute may take in a case. */
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const contextValue = z.union([scalar, z.array(scalar)], {
  error: "must be a string, number, true or false, or a list of them",
});

/** The attributes of the LaunchDarkly context a case is evaluated for; `kind` and `key` get defaults. */
export const evalContextSchema = z
  .record(z.string().regex(/^[A-Za-z_][\w-]*$/, "must be an attribute name"), contextValue)
  .meta(
    about(
      "Attributes of the LaunchDarkly context the case is evaluated for (kind defaults to user, key to the case name).",
      { key: "user-7", plan: "enterprise" },
      "<attribute>",
    ),
  );

/** A turn the case adds after the prompt's own messages: the user's question, or a conversation so far. */
export const evalMessageSchema = z.strictObject({
  role: z.enum(["user", "assistant"]).meta(about("Who says it.", "user")),
  content: nonEmpty.meta(about("What is said.", "Where is my order?")),
});

const text = z.string().min(1, "must not be empty");

/** Every kind of check an answer can be held to, by `type`. */
export const ASSERTION_TYPES = [
  "contains",
  "not-contains",
  "regex",
  "equals",
  "is-json",
  "json-schema",
  "max-output-tokens",
  "max-latency-ms",
  "max-cost",
  "tool-called",
  "judge",
] as const;

export const assertionSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({
      type: z.literal("contains").meta(about("The answer holds this text.", "contains")),
      value: text.meta(about("The text.", "order")),
      ignoreCase: z.boolean().default(false).meta(about("Compare without case.", true)),
    }),
    z.strictObject({
      type: z.literal("not-contains").meta(about("The answer does not hold this text.", "not-contains")),
      value: text.meta(about("The text.", "as an AI")),
      ignoreCase: z.boolean().default(false).meta(about("Compare without case.", true)),
    }),
    /** A JavaScript regular expression the answer must match somewhere; flags such as "i" or "m". */
    z.strictObject({
      type: z.literal("regex").meta(about("The answer matches a JavaScript regular expression somewhere.", "regex")),
      value: text.meta(about("The regular expression.", "ESCALATE|human colleague")),
      flags: z
        .string()
        .regex(/^[dgimsuvy]*$/, "must be regular-expression flags such as i, m or s")
        .default("")
        .meta(about("Regular-expression flags.", "i")),
    }),
    /** The whole answer, leading and trailing white space ignored. */
    z.strictObject({
      type: z
        .literal("equals")
        .meta(about("The whole answer, white space around it ignored, is exactly this.", "equals")),
      value: z.string().meta(about("The expected answer.", "simple")),
    }),
    z.strictObject({ type: z.literal("is-json").meta(about("The answer parses as JSON.", "is-json")) }),
    /** The answer parses as JSON and validates against this JSON Schema. */
    z.strictObject({
      type: z
        .literal("json-schema")
        .meta(about("The answer parses as JSON and validates against a JSON Schema.", "json-schema")),
      value: z
        .record(z.string(), z.unknown())
        .meta(about("The JSON Schema.", { type: "object", required: ["score"] }, "<JSON Schema keyword>")),
    }),
    z.strictObject({
      type: z
        .literal("max-output-tokens")
        .meta(about("The answer uses at most this many output tokens.", "max-output-tokens")),
      value: z.int().positive().meta(about("The most output tokens.", 300)),
    }),
    z.strictObject({
      type: z
        .literal("max-latency-ms")
        .meta(about("The model answers within this many milliseconds.", "max-latency-ms")),
      value: z.int().positive().meta(about("The longest wait, in milliseconds.", 8000)),
    }),
    /** USD for the answer's one call, from the model's prices in configs/models.yaml. */
    z.strictObject({
      type: z
        .literal("max-cost")
        .meta(about("The call costs at most this, from the model's prices in configs/models.yaml.", "max-cost")),
      value: z.number().positive().meta(about("The most USD for the one call.", 0.01)),
    }),
    /** Agent mode: the model asks for this tool, with arguments that include these (a partial match). */
    z.strictObject({
      type: z.literal("tool-called").meta(about("Agent mode: the model asks for this tool.", "tool-called")),
      name: ldKey.meta(about("The tool's key in configs/tools.yaml.", "get-order-status")),
      arguments: z
        .record(z.string(), z.unknown())
        .optional()
        .meta(about("Arguments the call must include (a partial match).", { orderNumber: "AB-123456" }, "<argument>")),
    }),
    /** A judge-mode AI Config of the catalog scores the answer from 0 to 1; it passes at or above the threshold. */
    z.strictObject({
      type: z
        .literal("judge")
        .meta(about("A judge-mode AI Config of the catalog scores the answer from 0 to 1.", "judge")),
      config: ldKey.meta(about("The judge AI Config's key.", "answer-judge")),
      threshold: z.number().min(0).max(1).meta(about("The lowest passing score.", 0.7)),
    }),
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union" ? `must be one of the assertion types: ${ASSERTION_TYPES.join(", ")}` : undefined,
  },
);

/** How often a case runs, and the share of those runs that must pass for the case to pass. */
const repetition = {
  repeat: z.int().min(1).max(100).optional().meta(about("How many times the case runs.", 3)),
  passShare: z
    .number()
    .gt(0, "must be above 0")
    .max(1)
    .optional()
    .meta(about("The share of its runs a case must pass.", 0.67)),
};

export const evalCaseSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[\w][\w .,'()/-]*$/, "must be a short name: letters, digits, spaces and . , ' ( ) / - _")
    .max(80)
    .meta(about("The case's name, unique in the dataset.", "asks for a human")),
  description: z
    .string()
    .optional()
    .meta(about("Why the case exists.", "A customer who wants a person must be offered one.")),
  /** A required case that fails fails the suite, whatever the pass rate. */
  required: z
    .boolean()
    .default(false)
    .meta(about("A failing required case fails the suite, whatever the pass rate.", true)),
  variables: z
    .record(z.string(), scalar)
    .default({})
    .meta(about("Values of the AI Config's variables for this case.", { customer_name: "Ada" }, "<variable>")),
  context: evalContextSchema.default({}),
  /** Shorthand for one user message. */
  input: nonEmpty
    .optional()
    .meta(about("The user's message: shorthand for one user message.", "I want to talk to a person.")),
  messages: z.array(evalMessageSchema).default([]).meta(about("Turns added after the prompt's own messages.")),
  ...repetition,
  assert: z
    .array(assertionSchema)
    .min(1, "must hold at least one assertion")
    .meta(about("What the answer must hold.", [{ type: "contains", value: "order" }])),
});

export const evalDatasetFileSchema = z.strictObject({
  description: z
    .string()
    .optional()
    .meta(about("What the dataset tests.", "Support answers: tone, facts and escalation.")),
  defaults: z
    .strictObject({
      variables: z
        .record(z.string(), scalar)
        .default({})
        .meta(about("Variables every case gets unless it gives its own.", { company: "Acme" }, "<variable>")),
      context: evalContextSchema.default({}),
      repeat: z.int().min(1).max(100).default(1).meta(about("How many times each case runs.", 3)),
      passShare: z
        .number()
        .gt(0, "must be above 0")
        .max(1)
        .default(1)
        .meta(about("The share of its runs a case must pass.", 0.67)),
    })
    .default({ variables: {}, context: {}, repeat: 1, passShare: 1 })
    .meta(about("What every case gets unless it says otherwise.")),
  /** The share of cases that must pass for the dataset to pass. */
  threshold: z
    .number()
    .min(0)
    .max(1)
    .default(1)
    .meta(about("The share of cases that must pass for the dataset to pass.", 0.9)),
  cases: z.array(evalCaseSchema).min(1, "must list at least one case").meta(about("The cases.")),
});

export type Assertion = z.infer<typeof assertionSchema>;
export type AssertionType = Assertion["type"];
export type EvalCaseFile = z.infer<typeof evalCaseSchema>;
export type EvalDatasetFile = z.infer<typeof evalDatasetFileSchema>;
export type EvalMessage = z.infer<typeof evalMessageSchema>;
export type ContextValue = z.infer<typeof contextValue>;
