import * as fs from "node:fs";
import { vetStack } from "../../src/pipeline/vet-stack";
import { exampleCatalog, EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { catalogAt, synthAll } from "../helpers/synth";

/** Terraform reads "${...}" in any string as an expression; text a pull request writes must reach it escaped. */
const INJECTED = '${file("/etc/passwd")}';
const ESCAPED = `$${INJECTED}`;

/** Every description and hypothesis of the example's YAML files, and every prompt, with INJECTED appended. */
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

describe("text written in the catalog, in every stack", () => {
  it("GIVEN Terraform template syntax in every description, hypothesis and prompt THEN no stack lets Terraform evaluate it", () => {
    const stacks = synthAll(catalogAt(exampleCatalog(injectedEverywhere())));
    // The pipeline's own gate finds every template sequence that would call file(); there must be none.
    const problems = Object.entries(stacks).flatMap(([name, json]) => vetStack(json, json).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
    // The text reached the stacks, escaped: AI Config descriptions and prompts, rule descriptions, hypotheses.
    expect(JSON.stringify(stacks.launchdarkly!.resource.launchdarkly_ai_config)).toContain(
      JSON.stringify(ESCAPED).slice(1, -1),
    );
    const reconcilers = Object.values(stacks["ld-production"]!.resource.terraform_data) as any[];
    expect(reconcilers.some((r) => r.input.desired.hypothesis?.includes(ESCAPED))).toBe(true);
    expect(
      reconcilers.some((r) => r.input.desired.rules?.some((rule: any) => rule.description?.includes(ESCAPED))),
    ).toBe(true);
  });
});
