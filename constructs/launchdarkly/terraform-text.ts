/**
 * Terraform reads "${" and "%{" inside any string as template syntax. Prompts and descriptions are text, so those
 * sequences are escaped ("$${", "%%{") and reach LaunchDarkly exactly as written.
 */
export function literal(text: string): string;
export function literal(text: string | undefined): string | undefined;
export function literal(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  // Most text holds neither sequence; looking for it is much cheaper than a replacement that finds nothing.
  // Replacement functions, because "$$" in a replacement string means a single "$".
  const dollars = text.includes("${") ? text.replace(/\$\{/g, () => "$${") : text;
  return dollars.includes("%{") ? dollars.replace(/%\{/g, () => "%%{") : dollars;
}
