import { z } from "zod";
import { ldKey, nonEmpty } from "./common";
import { clauseSchema } from "./targeting";

export const segmentSchema = z.strictObject({
  key: ldKey,
  name: nonEmpty,
  description: z.string().optional(),
  included: z.array(nonEmpty).default([]),
  excluded: z.array(nonEmpty).default([]),
  rules: z.array(z.strictObject({ description: z.string().optional(), clauses: z.array(clauseSchema).min(1) })).default([]),
});

/** Segments live in one environment each, so the file is keyed by environment. */
export const segmentsFileSchema = z.strictObject({
  segments: z.record(ldKey, z.array(segmentSchema)),
});

export type Segment = z.infer<typeof segmentSchema>;
export type SegmentsFile = z.infer<typeof segmentsFileSchema>;
