import { z } from "zod";
import { about, ldKey, nonEmpty } from "./common";

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

export { EVERY_ENVIRONMENT_CAPABILITIES } from "../../access/capabilities";

export const accessLevelSchema = z.union([z.enum(ACCESS_LEVELS), z.array(z.enum(CAPABILITIES)).min(1)], {
  error: `must be one of ${ACCESS_LEVELS.join(", ")}, or a list of capabilities`,
});

export const teamSchema = z.strictObject({
  key: ldKey.meta(about("The team's key in LaunchDarkly; AI Configs name it as their maintainer.", "ai-ml")),
  name: nonEmpty.meta(about("The team's name.", "AI/ML team")),
  description: z.string().optional().meta(about("What the team does.", "Owns models and prompts.")),
  /** Environment key -> access level; every environment must be listed. */
  access: z
    .record(
      ldKey,
      accessLevelSchema.meta(about("none, read, full, or a list of capabilities.", ["editPrompts", "viewMetrics"])),
    )
    .meta(
      about(
        "The team's access in each environment; every environment must be listed.",
        { dev: "full", production: "read" },
        "<environment>",
      ),
    ),
});

export const accessFileSchema = z.strictObject({
  teams: z
    .array(teamSchema)
    .min(1, "must list at least one team")
    .meta(about("The teams: each becomes a LaunchDarkly team with a custom role.")),
});

export type Capability = (typeof CAPABILITIES)[number];
export type AccessLevel = z.infer<typeof accessLevelSchema>;
export type Team = z.infer<typeof teamSchema>;
export type AccessFile = z.infer<typeof accessFileSchema>;
