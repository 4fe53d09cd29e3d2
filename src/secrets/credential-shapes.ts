/**
 * Shapes of credentials: what the validator refuses in the catalog, and what every line the CLI prints is
 * masked for. Both read this one list, so a shape added here is refused in files and masked in output alike.
 * This module imports nothing: every layer may use it.
 */
export interface CredentialShape {
  kind: string;
  pattern: RegExp;
}

export const CREDENTIAL_SHAPES: readonly CredentialShape[] = [
  { kind: "an AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { kind: "a LaunchDarkly SDK key", pattern: /\bsdk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
  {
    kind: "a LaunchDarkly API access token",
    pattern: /\bapi-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  },
  {
    kind: "a LaunchDarkly mobile key",
    pattern: /\bmob-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  },
  { kind: "a private key block", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----/g },
  // Random tokens mix digits and letters; requiring a digit keeps prose such as "Bearer tokens-are-..." quiet.
  { kind: "a bearer token", pattern: /\bBearer\s+(?=[A-Za-z0-9\-._~+/]*\d)[A-Za-z0-9\-._~+/]{20,}=*/g },
  { kind: "an OpenAI API key", pattern: /\bsk-(?:proj-|svcacct-|admin-)?(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{32,}/g },
  { kind: "a GitHub token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
];

/**
 * Matches wherever any shape above could start: each one begins with, or holds, one of these literals (in any
 * case). Most texts hold none, and one scan for them is several times cheaper than a scan per shape.
 */
const ANY_SHAPE_LITERAL = /AKIA|ASIA|sdk-|api-|mob-|-----BEGIN|Bearer|sk-|gh[pousr]_/i;

/** Every credential-shaped match in a text, in no particular order. */
export function findCredentials(text: string): Array<{ kind: string; index: number }> {
  if (!ANY_SHAPE_LITERAL.test(text)) return [];
  return CREDENTIAL_SHAPES.flatMap(({ kind, pattern }) =>
    [...text.matchAll(pattern)].map((m) => ({ kind, index: m.index })),
  );
}

/**
 * What a masked credential is printed as. It holds no quote, backslash, colon, comma or percent sign, so masking
 * a JSON document or a GitHub workflow command keeps it well-formed.
 */
export const MASK = "[masked credential]";

/**
 * The text with every credential-shaped part, and every one of `secrets` (values the command holds, such as its
 * access token, whatever their shape), replaced by MASK.
 */
export function maskCredentials(text: string, secrets: readonly string[] = []): string {
  let masked = text;
  // Longest first, so that a secret containing another is masked whole.
  for (const secret of [...secrets].filter((s) => s.length >= 8).sort((a, b) => b.length - a.length))
    masked = masked.split(secret).join(MASK);
  for (const { pattern } of CREDENTIAL_SHAPES) masked = masked.replace(pattern, MASK);
  return masked;
}
