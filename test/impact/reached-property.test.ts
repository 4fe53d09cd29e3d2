import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import * as fc from "fast-check";
import { parseDocument } from "yaml";
import { loadCatalog, type Catalog } from "../../src/catalog";
import { analyseImpact } from "../../src/impact/analyse";
import { AwsEnvironmentStack } from "../../stacks/aws-environment-stack";
import { LaunchDarklyStack } from "../../stacks/launchdarkly-stack";
import { LdEnvironmentStack } from "../../stacks/ld-environment-stack";
import type { StandaloneStack } from "../../stacks/synthesis/standalone-stack";
import { EXAMPLE_ROOT, exampleCatalog, type Edit } from "../helpers/catalog-fixture";
import { catalogAt } from "../helpers/synth";
import { RECONCILER_COMMANDS } from "../../src/cli/reconciler-commands";

/** cdktf's App makes its outdir at once; nothing is written there, but it must not be the repository. */
const OUTDIR = fs.mkdtempSync(path.join(os.tmpdir(), "aic-reached-"));
afterAll(() => fs.rmSync(OUTDIR, { recursive: true, force: true }));

/** Every stack of a catalog but bootstrap, as the JSON synth writes (without cdktf's metadata). */
function stacksOf(catalog: Catalog): Record<string, string> {
  const app = new App({ outdir: OUTDIR, stackTraces: false });
  const stacks: StandaloneStack[] = [new LaunchDarklyStack(app, catalog)];
  for (const env of catalog.environments)
    stacks.push(
      new LdEnvironmentStack(app, catalog, env.key, RECONCILER_COMMANDS),
      new AwsEnvironmentStack(app, catalog, env.key),
    );
  return Object.fromEntries(
    stacks.map((stack) => {
      const { "//": _metadata, ...json } = stack.toTerraform() as Record<string, unknown>;
      return [stack.node.id, JSON.stringify(json)];
    }),
  );
}

const CONFIGS = ["answer-judge", "docs-agent", "support-assistant", "ticket-summarizer"];
const ENVS = ["dev", "staging", "production"];
const TEAMS = ["developers", "ai-ml", "product-managers", "qa", "sre", "admins"];
const PROMPTS = [
  "answer-judge/strict-v1",
  "docs-agent/researcher-v1",
  "support-assistant/friendly-v1",
  "support-assistant/friendly-v2",
  "support-assistant/expert-v3",
  "ticket-summarizer/bullets-lite",
  "ticket-summarizer/bullets-pro",
];

/** Edits one YAML file through the Document API, so that every edit keeps the file well-formed. */
const yamlEdit = (change: (doc: ReturnType<typeof parseDocument>) => void) => (old: string) => {
  const doc = parseDocument(old);
  change(doc);
  return doc.toString();
};
const config = (n: number) => `configs/ai-configs/${CONFIGS[n % CONFIGS.length]}.yaml`;
const pick = <T>(list: readonly T[], n: number) => list[n % list.length]!;

/** One kind of edit a team makes, from a random number and a random word. */
type EditKind = (n: number, word: string) => Record<string, Edit>;
const EDITS: EditKind[] = [
  (n, w) => ({ [config(n)]: yamlEdit((d) => d.set("name", `Config ${w}`)) }),
  (n, w) => ({ [config(n)]: yamlEdit((d) => d.set("description", `About ${w}`)) }),
  (n, w) => ({ [config(n)]: yamlEdit((d) => d.set("tags", [w])) }),
  (n) => ({ [config(n)]: yamlEdit((d) => d.set("maintainer", pick(TEAMS, n >> 3))) }),
  (n, w) => ({ [config(n)]: yamlEdit((d) => d.setIn(["variations", 0, "name"], `Variation ${w}`)) }),
  (n) => ({ [config(n)]: yamlEdit((d) => d.setIn(["variations", 0, "parameters", "temperature"], (n % 10) / 10)) }),
  (n) => ({
    "configs/ai-configs/support-assistant.yaml": yamlEdit((d) =>
      d.setIn(["variations", 1, "judges", 0, "samplingRate"], ((n % 9) + 1) / 10),
    ),
  }),
  (n, w) => ({ [`prompts/${pick(PROMPTS, n)}.md`]: (old: string) => `${old.trimEnd()} Mention ${w}.\n` }),
  (n) => ({
    "configs/models.yaml": yamlEdit((d) =>
      d.setIn(["models", n % 4, "costPerMillionTokens", "input"], ((n % 50) + 1) / 10),
    ),
  }),
  (n) => ({
    "configs/models.yaml": yamlEdit((d) => d.setIn(["models", n % 4, "parameters", "maxTokens"], 256 + (n % 5) * 128)),
  }),
  (n, w) => ({ "configs/models.yaml": yamlEdit((d) => d.setIn(["models", n % 4, "name"], `Model ${w}`)) }),
  (n, w) => ({ "configs/tools.yaml": yamlEdit((d) => d.setIn(["tools", n % 2, "description"], `Tool ${w}`)) }),
  (n, w) => ({ "configs/metrics.yaml": yamlEdit((d) => d.setIn(["metrics", n % 2, "name"], `Metric ${w}`)) }),
  (n) => ({
    "configs/access.yaml": yamlEdit((d) =>
      d.setIn(["teams", n % TEAMS.length, "access", pick(ENVS, n >> 3)], pick(["read", "full"], n >> 5)),
    ),
  }),
  (n, w) => ({ "configs/access.yaml": yamlEdit((d) => d.setIn(["teams", n % TEAMS.length, "name"], `Team ${w}`)) }),
  (n) => ({
    "configs/project.yaml": yamlEdit((d) =>
      d.setIn(["environments", n % 3, "color"], (0x100000 + ((n * 7919) % 0xefffff)).toString(16).toUpperCase()),
    ),
  }),
  (n) => ({
    "configs/project.yaml": yamlEdit((d) => d.setIn(["environments", n % 3, "requireComments"], n % 2 === 0)),
  }),
  (n) => ({
    "configs/project.yaml": yamlEdit((d) =>
      d.setIn(["environments", n % 3, "bedrock", "allowAllCatalogModels"], n % 2 === 0),
    ),
  }),
  (_n, w) => ({ "configs/project.yaml": yamlEdit((d) => d.setIn(["project", "tags"], ["managed-by-terraform", w])) }),
  (n, w) => ({
    "configs/segments.yaml": yamlEdit((d) => d.setIn(["segments", pick(ENVS, n), 0, "included"], [`user-${w}`])),
  }),
  (n, w) => ({
    "configs/segments.yaml": yamlEdit((d) => d.setIn(["segments", pick(ENVS, n), 1, "name"], `Staff ${w}`)),
  }),
  (n) => ({
    "configs/observability.yaml": yamlEdit((d) =>
      d.setIn(["environments", pick(ENVS, n), "monthlyBudgetUsd"], 100 + n),
    ),
  }),
  (n) => ({ "configs/observability.yaml": yamlEdit((d) => d.setIn(["alerts", "latencyP95Ms"], 5000 + n)) }),
  (n) => ({
    "configs/ai-configs/support-assistant.yaml": yamlEdit((d) =>
      d.setIn(["targeting", pick(["dev", "staging"], n), "fallthrough"], {
        variation: pick(["friendly-v1", "friendly-v2", "expert-v3"], n >> 1),
      }),
    ),
  }),
  (n) => ({
    "configs/ai-configs/ticket-summarizer.yaml": yamlEdit((d) =>
      d.setIn(["targeting", pick(ENVS, n), "fallthrough"], {
        variation: pick(["bullets-lite", "bullets-pro"], n >> 2),
      }),
    ),
  }),
  (n, w) => ({
    "configs/ai-configs/support-assistant.yaml": yamlEdit((d) =>
      d.setIn(["targeting", pick(["staging", "production"], n), "rules", 0, "description"], `Rule ${w}`),
    ),
  }),
];

describe("impact says production is reached whenever what is applied to production changes", () => {
  const base = catalogAt(EXAMPLE_ROOT);
  const baseStacks = stacksOf(base);

  it("GIVEN random edits of the example catalog THEN every stack whose synthesized JSON differs is reported as changed, and launchdarkly or *-production reach production", () => {
    let valid = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(EDITS.length - 1), fc.nat(1 << 12), fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/)), {
          minLength: 1,
          maxLength: 4,
        }),
        (picks) => {
          const edits: Record<string, Edit> = {};
          for (const [kind, n, word] of picks) {
            for (const [file, edit] of Object.entries(EDITS[kind]!(n, word))) {
              const previous = edits[file] as ((old: string) => string) | undefined;
              edits[file] = previous ? (old: string) => (edit as (old: string) => string)(previous(old)) : edit;
            }
          }
          const loaded = loadCatalog(exampleCatalog(edits));
          if (!loaded.ok) return;
          valid++;
          const impact = analyseImpact(base, loaded.catalog);
          const headStacks = stacksOf(loaded.catalog);
          for (const [stack, json] of Object.entries(headStacks)) {
            if (json === baseStacks[stack]) continue;
            expect([stack, impact.stacks[stack]]).toEqual([stack, true]);
            const env = stack === "launchdarkly" ? "production" : stack.replace(/^(ld|aws)-/, "");
            expect([stack, env, impact.environments[env]!.reached]).toEqual([stack, env, true]);
          }
        },
      ),
      { numRuns: 80, seed: Number(process.env.AIC_PROPERTY_SEED ?? Date.now() % 2 ** 31) },
    );
    // Most random edits must keep the catalog valid, or the property says little.
    expect(valid).toBeGreaterThan(40);
  });
});
