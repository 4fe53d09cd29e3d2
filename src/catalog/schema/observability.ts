import { z } from "zod";
import { about, ldKey } from "./common";

const thresholds = z.strictObject({
  latencyP95Ms: z
    .int()
    .positive()
    .meta(about("Alarm when a served model's p95 latency exceeds this, in milliseconds.", 8000)),
  latencyP99Ms: z
    .int()
    .positive()
    .meta(about("Alarm when a served model's p99 latency exceeds this, in milliseconds.", 15000)),
  errorRatePercent: z
    .number()
    .gt(0)
    .max(100)
    .meta(about("Alarm when a served model's error rate exceeds this, in percent.", 2)),
  /** Alarm when throttled invocations in one period exceed this. */
  throttles: z.int().nonnegative().meta(about("Alarm when throttled invocations in one period exceed this.", 10)),
});

const notifyTarget = z.union(
  [
    z.strictObject({
      email: z
        .email("must be an e-mail address")
        .meta(about("An e-mail address the alarms and budget notify.", "sre@example.org")),
    }),
    z.strictObject({
      https: z.url().meta(about("An HTTPS endpoint the alarms notify.", "https://hooks.example.org/alerts")),
    }),
  ],
  { error: "must be { email: ... } or { https: ... }" },
);

export const environmentObservabilitySchema = z.strictObject({
  monthlyBudgetUsd: z.number().positive().meta(about("The environment's monthly AWS budget, in USD.", 500)),
  budgetAlertPercents: z
    .array(z.int().positive())
    .default([80, 100])
    .meta(about("Notify when spending reaches these shares of the budget.", [80, 100])),
  notify: z.array(notifyTarget).default([]).meta(about("Who alarms and budget alerts notify.")),
  /** Overrides of the default thresholds for this environment. */
  alerts: thresholds.partial().default({}).meta(about("Overrides of the default thresholds for this environment.")),
});

export const observabilityFileSchema = z.strictObject({
  alerts: thresholds.meta(about("The default alarm thresholds of every environment.")),
  environments: z
    .record(ldKey, environmentObservabilitySchema)
    .meta(
      about(
        "Budget, notifications and threshold overrides of each environment; every environment must be listed.",
        undefined,
        "<environment>",
      ),
    ),
});

export type AlertThresholds = z.infer<typeof thresholds>;
export type EnvironmentObservability = z.infer<typeof environmentObservabilitySchema>;
export type ObservabilityFile = z.infer<typeof observabilityFileSchema>;
