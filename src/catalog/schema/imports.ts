import { z } from "zod";
import { about } from "./common";

/** The kinds of LaunchDarkly resource the stacks can adopt with a Terraform import block. */
export const IMPORT_KINDS = ["project", "ai-config", "variation", "model-config", "tool", "metric", "segment"] as const;

export const importSchema = z.strictObject({
  kind: z.enum(IMPORT_KINDS).meta(about("What kind of resource LaunchDarkly already holds.", "variation")),
  key: z
    .string()
    .regex(/^[\w.-]+(\/[\w.-]+)?$/, "must be a key, or <config>/<variation> or <environment>/<segment>")
    .meta(
      about(
        "The catalog's key of it: <config>/<variation> for a variation, <environment>/<segment> for a segment.",
        "support-assistant/friendly-v1",
      ),
    ),
  // Terraform interpolates "${...}" in an import block's id: only key characters and "/" may reach it.
  id: z
    .string()
    .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, "must be LaunchDarkly keys separated by /")
    .meta(about("The provider's import id.", "support-ai/support-assistant/friendly-v1")),
});

export const importsFileSchema = z.strictObject({
  imports: z
    .array(importSchema)
    .default([])
    .meta(
      about(
        "Resources that exist in LaunchDarkly: the first plan imports them instead of creating them (written by aic import).",
      ),
    ),
});

export type ImportEntry = z.infer<typeof importSchema>;
export type ImportsFile = z.infer<typeof importsFileSchema>;
