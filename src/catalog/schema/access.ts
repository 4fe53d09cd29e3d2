import { z } from "zod";
import { ldKey, nonEmpty } from "./common";

export const ACCESS_LEVELS = ["none", "read", "full"] as const;

/** What a team may do in one environment; their LaunchDarkly actions are mapped in code, in one table. */
export const CAPABILITIES = [
  "editPrompts",
  "changeModel",
  "manageTargeting",
  "manageSegments",
  "runExperiments",
  "reviewApprovals",
  "viewMetrics",
  "manageAlerts",
] as const;

export const accessLevelSchema = z.union([z.enum(ACCESS_LEVELS), z.array(z.enum(CAPABILITIES)).min(1)], {
  error: `must be one of ${ACCESS_LEVELS.join(", ")}, or a list of capabilities`,
});

export const teamSchema = z.strictObject({
  key: ldKey,
  name: nonEmpty,
  description: z.string().optional(),
  /** Environment key -> access level; every environment must be listed. */
  access: z.record(ldKey, accessLevelSchema),
});

export const accessFileSchema = z.strictObject({ teams: z.array(teamSchema).min(1, "must list at least one team") });

export type Capability = (typeof CAPABILITIES)[number];
export type AccessLevel = z.infer<typeof accessLevelSchema>;
export type Team = z.infer<typeof teamSchema>;
export type AccessFile = z.infer<typeof accessFileSchema>;
