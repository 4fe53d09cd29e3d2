import { z } from "zod";
import { about, ldKey, nonEmpty } from "./common";
import { clauseSchema } from "./targeting";

export const segmentSchema = z.strictObject({
  key: ldKey.meta(about("The segment's key, as targeting rules name it.", "beta-users")),
  name: nonEmpty.meta(about("The segment's name in LaunchDarkly.", "Beta users")),
  description: z.string().optional().meta(about("Who is in it.", "Customers who opted into the beta programme.")),
  included: z
    .array(nonEmpty)
    .default([])
    .meta(about("Context keys always in the segment.", ["qa-beta-1"])),
  excluded: z
    .array(nonEmpty)
    .default([])
    .meta(about("Context keys never in the segment.", ["qa-1"])),
  rules: z
    .array(
      z.strictObject({
        description: z.string().optional().meta(about("What the rule matches.", "Opted into the beta")),
        clauses: z.array(clauseSchema).min(1).meta(about("Conditions that must all hold.")),
      }),
    )
    .default([])
    .meta(about("Contexts matching any rule are in the segment.")),
});

/** Segments live in one environment each, so the file is keyed by environment. */
export const segmentsFileSchema = z.strictObject({
  segments: z
    .record(ldKey, z.array(segmentSchema))
    .meta(about("The segments of each environment (a segment lives in one environment).", undefined, "<environment>")),
});

export type Segment = z.infer<typeof segmentSchema>;
export type SegmentsFile = z.infer<typeof segmentsFileSchema>;
