import { z } from "zod";
import { about, ldKey, nonEmpty } from "./common";

export const metricSchema = z
  .strictObject({
    key: ldKey.meta(about("The metric's key, as experiments name it.", "ticket-resolved")),
    name: nonEmpty.meta(about("The metric's name in LaunchDarkly.", "Ticket resolved")),
    description: z.string().optional().meta(about("What it measures.", "The customer marked the ticket resolved.")),
    eventKey: nonEmpty.meta(about("The event the application tracks.", "ticket-resolved")),
    numeric: z.boolean().default(false).meta(about("Whether the event carries a value (else it is counted).", false)),
    unit: z.string().optional().meta(about("Numeric only: the value's unit.", "seconds")),
    successCriterion: z
      .enum(["HigherThanBaseline", "LowerThanBaseline"])
      .meta(about("Which direction is better.", "HigherThanBaseline")),
    aggregation: z
      .enum(["average", "sum"])
      .optional()
      .meta(about("Numeric only: how values of one context combine.", "average")),
    percentile: z
      .int()
      .min(1)
      .max(99)
      .optional()
      .meta(about("Numeric only: measure this percentile instead of the mean.", 95)),
  })
  .superRefine((metric, ctx) => {
    if (!metric.numeric && (metric.unit || metric.aggregation || metric.percentile)) {
      ctx.addIssue({
        code: "custom",
        path: ["numeric"],
        message: "unit, aggregation and percentile need numeric: true",
      });
    }
  });

export const metricsFileSchema = z.strictObject({
  metrics: z.array(metricSchema).default([]).meta(about("Metrics beyond the AI SDK's built-in ones, for experiments.")),
});

export type Metric = z.infer<typeof metricSchema>;
export type MetricsFile = z.infer<typeof metricsFileSchema>;
