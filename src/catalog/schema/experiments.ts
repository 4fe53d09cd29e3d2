import { z } from "zod";
import { about, ldKey, nonEmpty } from "./common";

export const EXPERIMENT_STATES = ["draft", "running", "stopped"] as const;

/** One variation compared in an experiment, and the share of the experiment's traffic it gets. */
export const treatmentSchema = z.strictObject({
  variation: ldKey.meta(about("The variation compared.", "friendly-v2")),
  baseline: z.boolean().default(false).meta(about("The one treatment the others are compared with.", true)),
  /** Percentage of the covered traffic; whole or one-decimal, summing to 100 across treatments. */
  allocation: z
    .number()
    .gt(0, "must be above 0")
    .max(100)
    .meta(about("Its share of the audience, in percent, as the audience's rollout serves it; all sum to 100.", 10)),
});

/**
 * An A/B test on one AI Config in one environment. `state` moves forward only: draft (created, not started),
 * running (an iteration collects data), stopped (the iteration ended, optionally with a winner).
 */
export const experimentSchema = z
  .strictObject({
    key: ldKey.meta(
      about(
        "The experiment's key, unique in its environment; a new iteration of a design needs a new key.",
        "friendly-v2-feedback",
      ),
    ),
    name: nonEmpty.meta(about("The experiment's name in LaunchDarkly.", "Friendly v2 against v1")),
    description: z.string().optional().meta(about("More about it.", "Second iteration, after the escalation fix.")),
    hypothesis: nonEmpty.meta(
      about("What the experiment is to show.", "Plan-aware answers earn more positive feedback."),
    ),
    state: z
      .enum(EXPERIMENT_STATES)
      .meta(about("draft (created), running, stopped; it only moves forward.", "running")),
    methodology: z
      .enum(["bayesian", "frequentist"])
      .default("bayesian")
      .meta(about("How results are analysed; fixed once created.", "bayesian")),
    /** The description of the targeting rule whose traffic is tested; absent means the fallthrough. */
    rule: nonEmpty
      .optional()
      .meta(
        about(
          "The description of the targeting rule whose traffic is tested; absent, the fallthrough.",
          "Beta users get the newer prompt",
        ),
      ),
    randomizationUnit: ldKey.default("user").meta(about("The context kind assigned to treatments.", "user")),
    treatments: z
      .array(treatmentSchema)
      .min(2, "must compare at least two variations")
      .meta(about("The variations compared, one of them the baseline.")),
    primaryMetric: ldKey.meta(
      about(
        "The metric that decides: built-in (ai-feedback-positive, ...) or of configs/metrics.yaml.",
        "ai-feedback-positive",
      ),
    ),
    secondaryMetrics: z
      .array(ldKey)
      .default([])
      .meta(about("Metrics watched as guardrails.", ["ai-duration-p95", "ai-tokens-total"])),
    /** Only once stopped: the variation that won and why, recorded on the iteration. */
    winner: z
      .strictObject({
        variation: ldKey.meta(about("The treatment that won.", "friendly-v2")),
        reason: nonEmpty.meta(about("Why, recorded on the iteration.", "12 % more positive feedback at the same p95")),
      })
      .optional()
      .meta(about("Only once stopped: the variation that won and why.")),
  })
  .superRefine((experiment, ctx) => {
    if (experiment.winner && experiment.state !== "stopped") {
      ctx.addIssue({
        code: "custom",
        path: ["winner"],
        message: "a winner can only be declared once the experiment is stopped",
      });
    }
  });

export type Treatment = z.infer<typeof treatmentSchema>;
export type Experiment = z.infer<typeof experimentSchema>;
export type ExperimentState = (typeof EXPERIMENT_STATES)[number];
