import { analyseImpact } from "../../src/impact/analyse";
import {
  catalogCopy,
  EXAMPLE_ROOT,
  exampleCatalog,
  FOUR_ENVIRONMENTS_ROOT,
  renameEnvironment,
  replace,
  type Edit,
} from "../helpers/catalog-fixture";
import { catalogAt } from "../helpers/synth";

const SA = "configs/ai-configs/support-assistant.yaml";
const DOCS_AGENT = "configs/ai-configs/docs-agent.yaml";
const base = catalogAt(EXAMPLE_ROOT);
const impactOf = (edits: Record<string, Edit>) => analyseImpact(base, catalogAt(exampleCatalog(edits)));
const production = (edits: Record<string, Edit>) => impactOf(edits).environments.production!;

describe("impact fails closed: environments removed or renamed", () => {
  it("GIVEN production renamed to prod THEN the rename is reported, production is reached as removed, and the change is blocked with what to do", () => {
    const impact = impactOf(renameEnvironment(EXAMPLE_ROOT, "production", "prod"));
    expect(impact.environmentChanges).toEqual({
      added: [],
      removed: [],
      renamed: [{ key: "production", to: "prod", gated: true, acknowledged: false }],
    });
    expect(impact.environments.production).toMatchObject({
      reached: true,
      removed: true,
      reasons: ["environment removed (renamed to prod): LaunchDarkly deletes it with its SDK keys"],
    });
    expect(impact.environments.prod!.reached).toBe(true);
    expect(impact.blockers).toEqual([
      "environment production is renamed to prod: LaunchDarkly keys environments by key, so this deletes production with its SDK keys, targeting and approval settings, and creates prod with new ones; if that is intended, acknowledge it in this pull request: in configs/project.yaml, acknowledgements.removedEnvironments: [{ key: production, reason: <why> }]",
    ]);
  });

  it("GIVEN the same rename acknowledged in configs/project.yaml THEN nothing blocks, and production is still reported as reached and removed", () => {
    const impact = impactOf(renameEnvironment(EXAMPLE_ROOT, "production", "prod", { acknowledged: true }));
    expect(impact.blockers).toEqual([]);
    expect(impact.environmentChanges.renamed).toEqual([
      { key: "production", to: "prod", gated: true, acknowledged: true },
    ]);
    expect(impact.environments.production).toMatchObject({ reached: true, removed: true });
  });

  it("GIVEN staging, which requires approvals, removed from the four-environment catalog THEN it is blocked; qa, which does not, is only reported", () => {
    const four = catalogAt(FOUR_ENVIRONMENTS_ROOT);
    const withoutQa = catalogAt(catalogCopy(FOUR_ENVIRONMENTS_ROOT, withoutEnvironment("qa")));
    const qa = analyseImpact(four, withoutQa);
    expect(qa.environmentChanges).toEqual({
      added: [],
      removed: [{ key: "qa", gated: false, acknowledged: false }],
      renamed: [],
    });
    expect(qa.blockers).toEqual([]);
    expect(qa.environments.qa).toMatchObject({ reached: true, removed: true });

    const staging = analyseImpact(four, catalogAt(catalogCopy(FOUR_ENVIRONMENTS_ROOT, withoutEnvironment("staging"))));
    expect(staging.environmentChanges.removed).toEqual([{ key: "staging", gated: true, acknowledged: false }]);
    expect(staging.blockers).toEqual([
      expect.stringMatching(/^environment staging is removed: LaunchDarkly deletes it with its SDK keys/),
    ]);
  });

  it("GIVEN a new environment THEN it is reported as added and reached, and production through the launchdarkly stack", () => {
    const impact = analyseImpact(
      catalogAt(catalogCopy(FOUR_ENVIRONMENTS_ROOT, withoutEnvironment("qa"))),
      catalogAt(FOUR_ENVIRONMENTS_ROOT),
    );
    expect(impact.environmentChanges).toEqual({ added: ["qa"], removed: [], renamed: [] });
    expect(impact.environments.qa!.reasons).toContain("new environment");
    expect(impact.environments.production!.reasons).toContain("launchdarkly stack: environment qa is added");
  });
});

describe("impact fails closed: what the launchdarkly stack shows in production reaches production", () => {
  it.each<[string, Record<string, Edit>, string]>([
    [
      "an AI Config's name",
      { [DOCS_AGENT]: replace("name: Documentation agent", "name: Docs agent") },
      "launchdarkly stack: AI Config docs-agent changes (name)",
    ],
    [
      "an AI Config's maintainer",
      { [DOCS_AGENT]: replace("maintainer: ai-ml", "maintainer: developers") },
      "launchdarkly stack: AI Config docs-agent changes (maintainer)",
    ],
    [
      "an AI Config's tags",
      { [DOCS_AGENT]: replace("tags: [support, agent]", "tags: [support, agent, beta]") },
      "launchdarkly stack: AI Config docs-agent changes (tags)",
    ],
    [
      "a served variation's name",
      { [SA]: replace("name: Friendly v1", "name: Friendly (first)") },
      "launchdarkly stack: variation support-assistant/friendly-v1 changes (name)",
    ],
    [
      "a variation's judges",
      { [SA]: replace("samplingRate: 0.2", "samplingRate: 0.5") },
      "launchdarkly stack: variation support-assistant/friendly-v2 changes (judges)",
    ],
    [
      "a variation's tools",
      { [DOCS_AGENT]: replace("tools: [search-docs, get-order-status]", "tools: [get-order-status, search-docs]") },
      "launchdarkly stack: variation docs-agent/researcher-v1 changes (tools)",
    ],
    [
      "a tool",
      { "configs/tools.yaml": replace("Look up the status", "Find the status") },
      "launchdarkly stack: tool get-order-status changes (description)",
    ],
    [
      "a model config no environment of production serves",
      {
        "configs/models.yaml": replace(
          "costPerMillionTokens: { input: 3.30, output: 16.50 }",
          "costPerMillionTokens: { input: 3.00, output: 15.00 }",
        ),
      },
      "launchdarkly stack: model claude-sonnet-4-5 changes (costPerMillionTokens)",
    ],
    [
      "a metric",
      { "configs/metrics.yaml": replace("name: Conversation handle time", "name: Handle time") },
      "launchdarkly stack: metric handle-time changes (name)",
    ],
    [
      "a team's access in dev only (its role is project-wide)",
      {
        "configs/access.yaml": replace(
          "access: { dev: read, staging: read, production: read }",
          "access: { dev: full, staging: read, production: read }",
        ),
      },
      "launchdarkly stack: the role of team qa changes (access)",
    ],
    [
      "a team's name",
      { "configs/access.yaml": replace("name: QA engineers", "name: Quality") },
      "launchdarkly stack: the role of team qa changes (name)",
    ],
    [
      "dev's colour in LaunchDarkly",
      { "configs/project.yaml": replace("color: 3B82F6", "color: 2563EB") },
      "launchdarkly stack: environment dev changes (color)",
    ],
  ])("GIVEN a change of %s THEN production is reached, saying what changes", (_what, edits, reason) => {
    const impact = production(edits);
    expect(impact.reached).toBe(true);
    expect(impact.reasons).toContain(reason);
  });

  it("GIVEN a change to dev's targeting only THEN production is explicitly not reached", () => {
    const impact = impactOf({
      [SA]: replace(
        "  dev:\n    fallthrough: { variation: expert-v3 }",
        "  dev:\n    fallthrough: { variation: friendly-v2 }",
      ),
    });
    expect(impact.environments.production!.reached).toBe(false);
    expect(impact.stacks).toMatchObject({
      launchdarkly: false,
      "ld-production": false,
      "aws-production": false,
      "ld-dev": true,
    });
  });
});

/** Edits that remove one environment from the four-environment fixture, everywhere it is named. */
function withoutEnvironment(key: string): Record<string, Edit> {
  const drop = (old: string) =>
    old
      .replace(new RegExp(`\\n  - key: ${key}\\n(    .*\\n)+`), "\n")
      .replace(new RegExp(`(?<=[{,] )${key}: \\w+, `, "g"), "")
      .replace(new RegExp(`\\n  ${key}:( .*)?\\n(    .*\\n)*`, "g"), "\n")
      .replace(new RegExp(`\\n      ${key}: .*`, "g"), "");
  const files = [
    "project.yaml",
    "access.yaml",
    "observability.yaml",
    "segments.yaml",
    "ai-configs/claims-triage.yaml",
    "ai-configs/policy-qa.yaml",
    "ai-configs/triage-judge.yaml",
  ];
  return Object.fromEntries(files.map((f) => [`configs/${f}`, drop]));
}
