import { z } from "zod";
import { ldKey } from "./common";

const thresholds = z.strictObject({
  latencyP95Ms: z.int().positive(),
  latencyP99Ms: z.int().positive(),
  errorRatePercent: z.number().gt(0).max(100),
  /** Alarm when throttled invocations in one period exceed this. */
  throttles: z.int().nonnegative(),
});

const notifyTarget = z.union([z.strictObject({ email: z.email("must be an e-mail address") }), z.strictObject({ https: z.url() })], {
  error: "must be { email: ... } or { https: ... }",
});

export const environmentObservabilitySchema = z.strictObject({
  monthlyBudgetUsd: z.number().positive(),
  budgetAlertPercents: z.array(z.int().positive()).default([80, 100]),
  notify: z.array(notifyTarget).default([]),
  /** Overrides of the default thresholds for this environment. */
  alerts: thresholds.partial().default({}),
});

export const observabilityFileSchema = z.strictObject({
  alerts: thresholds,
  environments: z.record(ldKey, environmentObservabilitySchema),
});

export type AlertThresholds = z.infer<typeof thresholds>;
export type EnvironmentObservability = z.infer<typeof environmentObservabilitySchema>;
export type ObservabilityFile = z.infer<typeof observabilityFileSchema>;
