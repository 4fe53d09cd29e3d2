/**
 * Checks a synthesized stack that a pull request produced before a plan role plans it. A plan runs Terraform's
 * configuration with credentials: data sources read, functions read local files, providers talk to the hosts
 * they are given. So the candidate must keep main's backend, providers and provider settings exactly, read only
 * the data sources main's own stack reads, use no block that runs at plan time beyond resources and data, and
 * call no function that reads the runner's files or unmasks a sensitive value.
 */

type Json = Record<string, unknown>;

/** Top-level blocks a stack may hold; `import`, `check`, `module` and the rest run or fetch things at plan time. */
const ALLOWED_BLOCKS = new Set(["//", "terraform", "provider", "resource", "data", "variable", "output", "locals"]);

/** Functions that read the runner's files or reveal sensitive values, and provider-defined functions. */
const FORBIDDEN_CALL = /(?<![\w.])(file\w*|templatefile|nonsensitive)\s*\(|provider::/;

/**
 * The template sequences of a string in Terraform's JSON syntax: what follows `${` or `%{` (not the escaped `$${`
 * and `%%{`) up to its closing brace. Only they are evaluated; the rest is text, such as a prompt's.
 */
function templateSequences(text: string): string[] {
  const sequences: string[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if ((text[i] !== "$" && text[i] !== "%") || text[i + 1] !== "{") continue;
    if (i > 0 && text[i - 1] === text[i]) continue;
    let depth = 0;
    let end = i + 1;
    for (; end < text.length; end++) {
      if (text[end] === "{") depth++;
      else if (text[end] === "}" && --depth === 0) break;
    }
    sequences.push(text.slice(i + 2, end));
    i = end;
  }
  return sequences;
}

const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(",")}]`
    : value && typeof value === "object"
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Json)[k])}`)
          .join(",")}}`
      : JSON.stringify(value);

/** Every string (keys included) in a JSON value, with its path. */
function* strings(value: unknown, at: string): Generator<[string, string]> {
  if (typeof value === "string") yield [at, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${at}[${i}]`);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      yield [`${at}.${key}`, key];
      yield* strings(item, `${at}.${key}`);
    }
  }
}

/** Problems with `candidate` as a stand-in for `expected` (main's own synthesis of the same stack); empty when it may be planned. */
export function vetStack(expected: Json, candidate: Json): string[] {
  const problems: string[] = [];
  for (const block of Object.keys(candidate))
    if (!ALLOWED_BLOCKS.has(block))
      problems.push(`holds a top-level "${block}" block, which no stack of this repository has`);
  for (const block of ["terraform", "provider"]) {
    if (canonical(candidate[block]) !== canonical(expected[block]))
      problems.push(
        `its "${block}" block differs from main's (backend, providers and their settings are planned only once merged)`,
      );
  }
  const expectedData = new Set(Object.keys((expected.data as Json | undefined) ?? {}));
  for (const type of Object.keys((candidate.data as Json | undefined) ?? {})) {
    if (!expectedData.has(type)) problems.push(`reads data source ${type}, which main's stack does not read`);
  }
  for (const [at, text] of strings(candidate, "")) {
    if (templateSequences(text).some((sequence) => FORBIDDEN_CALL.test(sequence)))
      problems.push(`${at.slice(1)} calls a function that reads local files or reveals sensitive values`);
  }
  return problems;
}
