import { z } from "zod";
import { ldKey, nonEmpty } from "./common";

export const EXPERIMENT_STATES = ["draft", "running", "stopped"] as const;

/** One variation compared in an experiment, and the share of the experiment's traffic it gets. */
export const treatmentSchema = z.strictObject({
  variation: ldKey,
  baseline: z.boolean().default(false),
  /** Percentage of the covered traffic; whole or one-decimal, summing to 100 across treatments. */
  allocation: z.number().gt(0, "must be above 0").max(100),
});

/**
 * An A/B test on one AI Config in one environment. `state` moves forward only: draft (created, not started),
 * running (an iteration collects data), stopped (the iteration ended, optionally with a winner).
 */
export const experimentSchema = z
  .strictObject({
    key: ldKey,
    name: nonEmpty,
    description: z.string().optional(),
    hypothesis: nonEmpty,
    state: z.enum(EXPERIMENT_STATES),
    methodology: z.enum(["bayesian", "frequentist"]).default("bayesian"),
    /** The description of the targeting rule whose traffic is tested; absent means the fallthrough. */
    rule: nonEmpty.optional(),
    randomizationUnit: ldKey.default("user"),
    treatments: z.array(treatmentSchema).min(2, "must compare at least two variations"),
    primaryMetric: ldKey,
    secondaryMetrics: z.array(ldKey).default([]),
    /** Only once stopped: the variation that won and why, recorded on the iteration. */
    winner: z.strictObject({ variation: ldKey, reason: nonEmpty }).optional(),
  })
  .superRefine((experiment, ctx) => {
    if (experiment.winner && experiment.state !== "stopped") {
      ctx.addIssue({ code: "custom", path: ["winner"], message: "a winner can only be declared once the experiment is stopped" });
    }
  });

export type Treatment = z.infer<typeof treatmentSchema>;
export type Experiment = z.infer<typeof experimentSchema>;
export type ExperimentState = (typeof EXPERIMENT_STATES)[number];
