/**
 * Terraform reads "${" and "%{" inside any string as template syntax. Prompts and descriptions are text, so those
 * sequences are escaped ("$${", "%%{") and reach LaunchDarkly exactly as written.
 */
export function literal(text: string): string;
export function literal(text: string | undefined): string | undefined;
export function literal(text: string | undefined): string | undefined {
  // Replacement functions, because "$$" in a replacement string means a single "$".
  return text?.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}
