import { z } from "zod";
import { ldKey, nonEmpty } from "./common";

export const metricSchema = z
  .strictObject({
    key: ldKey,
    name: nonEmpty,
    description: z.string().optional(),
    eventKey: nonEmpty,
    numeric: z.boolean().default(false),
    unit: z.string().optional(),
    successCriterion: z.enum(["HigherThanBaseline", "LowerThanBaseline"]),
    aggregation: z.enum(["average", "sum"]).optional(),
    percentile: z.int().min(1).max(99).optional(),
  })
  .superRefine((metric, ctx) => {
    if (!metric.numeric && (metric.unit || metric.aggregation || metric.percentile)) {
      ctx.addIssue({ code: "custom", path: ["numeric"], message: "unit, aggregation and percentile need numeric: true" });
    }
  });

export const metricsFileSchema = z.strictObject({ metrics: z.array(metricSchema).default([]) });

export type Metric = z.infer<typeof metricSchema>;
export type MetricsFile = z.infer<typeof metricsFileSchema>;
