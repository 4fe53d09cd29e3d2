import * as fs from "node:fs";
import { exampleCatalog, EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { catalogAt, synthAll } from "../helpers/synth";

/** Terraform reads "${...}" in any string as an expression; text a pull request writes must reach it escaped. */
const INJECTED = '${file("/etc/passwd")}';

/** Every free-text line of the example's YAML files, and every prompt, with INJECTED appended. */
function injectedEverywhere(): Record<string, (old: string) => string> {
  const edits: Record<string, (old: string) => string> = {};
  const files = fs.readdirSync(EXAMPLE_ROOT, { recursive: true, encoding: "utf8" });
  for (const file of files.filter((f) => /^configs\/.*\.yaml$/.test(f))) {
    edits[file] = (old) =>
      old.replace(
        /^(\s*(?:- )?(?:description|hypothesis): )([A-Za-z].*)$/gm,
        (_, prefix, text) => `${prefix}"${text} ${INJECTED.replace(/"/g, '\\"')}"`,
      );
  }
  for (const file of files.filter((f) => /^prompts\/.*\.md$/.test(f)))
    edits[file] = (old) => `${old.trimEnd()} ${INJECTED}\n`;
  return edits;
}

/** Every string of a stack's JSON, with where it is. */
function strings(value: unknown, at: string, found: Array<{ at: string; text: string }> = []) {
  if (typeof value === "string") found.push({ at, text: value });
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) strings(item, `${at}/${key}`, found);
  return found;
}

describe("text written in the catalog, in every stack", () => {
  it("GIVEN Terraform template syntax in every description, hypothesis and prompt THEN no stack lets Terraform evaluate it", () => {
    const stacks = synthAll(catalogAt(exampleCatalog(injectedEverywhere())));
    const all = Object.entries(stacks).flatMap(([name, json]) => strings(json, name));
    const escaped = all.filter((s) => s.text.includes(`$${INJECTED}`));
    const raw = all.filter((s) => s.text.replace(/\$\$\{/g, "").includes("${file("));
    expect(raw.map((s) => s.at)).toEqual([]);
    // Descriptions, rule descriptions, hypotheses and prompts all reached a stack, escaped.
    expect(escaped.some((s) => /launchdarkly_ai_config\//.test(s.at))).toBe(true);
    expect(escaped.some((s) => /terraform_data\/.*\/input\/desired\/rules\//.test(s.at))).toBe(true);
    expect(escaped.some((s) => /terraform_data\/.*\/input\/desired\/hypothesis/.test(s.at))).toBe(true);
  });
});
