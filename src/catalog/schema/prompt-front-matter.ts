import { z } from "zod";

export const promptFrontMatterSchema = z.strictObject({
  description: z.string().optional(),
});

export type PromptFrontMatter = z.infer<typeof promptFrontMatterSchema>;
