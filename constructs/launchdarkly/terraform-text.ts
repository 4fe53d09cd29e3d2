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

/**
 * A copy of plain data (objects, lists, strings, numbers, booleans, null) with every string made literal. Keys
 * stay as they are: the catalog's keys are validated identifiers, which hold neither sequence.
 */
export function literalValues<T>(value: T): T {
  if (typeof value === "string") return literal(value) as T;
  if (Array.isArray(value)) return value.map(literalValues) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, literalValues(item)])) as T;
  }
  return value;
}
