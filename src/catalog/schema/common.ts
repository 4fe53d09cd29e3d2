import { z } from "zod";

/** LaunchDarkly's key rule, as the Terraform provider validates it. */
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const ldKey = z
  .string()
  .regex(
    KEY_PATTERN,
    "must be a LaunchDarkly key: letters, numbers, '.', '_' or '-', starting with a letter or number",
  );

/** Project and environment keys are also limited to 20 characters by the provider. */
export const shortLdKey = ldKey.max(20, "must be at most 20 characters");

export const nonEmpty = z.string().trim().min(1, "must not be empty");

export const awsAccountId = z.string().regex(/^\d{12}$/, "must be 12 digits, quoted");

export const awsRegion = z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, "must be an AWS region such as eu-central-1");

export const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https:// URL" });

export const percent = z.number().min(0).max(100);

/**
 * What a field means and an example value, for the field reference (docs/catalog-format.md, generated from these
 * schemas). `key` names the keys of a mapping keyed by something, e.g. "<environment>".
 */
export function about(
  description: string,
  example?: unknown,
  key?: string,
): { description: string; examples?: unknown[]; key?: string } {
  return {
    description,
    ...(example === undefined ? {} : { examples: [example] }),
    ...(key === undefined ? {} : { key }),
  };
}
