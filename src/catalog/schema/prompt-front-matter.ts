import { z } from "zod";
import { about } from "./common";

export const promptFrontMatterSchema = z.strictObject({
  description: z
    .string()
    .optional()
    .meta(
      about(
        "What the prompt is: the LaunchDarkly variation's description (before the variation's own).",
        "The first production prompt; warm and short.",
      ),
    ),
});

export type PromptFrontMatter = z.infer<typeof promptFrontMatterSchema>;
