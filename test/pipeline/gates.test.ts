import { decideGates, gateOutputs, type ImpactForGates } from "../../src/pipeline/gates";
import type { PlanRecord } from "../../src/pipeline/plan-record";
import { EXAMPLE_ROOT, exampleCatalog, renameEnvironment } from "../helpers/catalog-fixture";
import { catalogAt } from "../helpers/synth";

const catalog = catalogAt(EXAMPLE_ROOT);
const STACKS = ["launchdarkly", "ld-dev", "aws-dev", "ld-staging", "aws-staging", "ld-production", "aws-production"];
const record = (
  stack: string,
  changes = false,
  removedEnvironments: PlanRecord["removedEnvironments"] = [],
): PlanRecord => ({ stack, commit: "abc", digest: "0".repeat(64), changes, removedEnvironments });
const records = (changed: string[] = [], extra: PlanRecord[] = []) =>
  new Map([...STACKS.map((s) => record(s, changed.includes(s))), ...extra].map((r) => [r.stack, r]));
const impact = (changed: string[] = []): ImpactForGates => ({
  stacks: Object.fromEntries(STACKS.map((s) => [s, changed.includes(s)])),
  environmentChanges: { removed: [], renamed: [] },
});

describe("the apply workflow's gates", () => {
  it("GIVEN impact and every plan saying explicitly that nothing changes THEN every apply job is skipped", () => {
    const decision = decideGates(catalog, impact(), records());
    expect(decision).toEqual({
      runs: { "apply-launchdarkly": false, "apply-dev": false, "apply-staging": false, "apply-production": false },
      approvals: [],
      blockers: [],
    });
    expect(gateOutputs(decision)).toEqual([
      "apply-launchdarkly=false",
      "apply-dev=false",
      "apply-staging=false",
      "apply-production=false",
      "approvals=[]",
    ]);
  });

  it("GIVEN a change only in production's targeting THEN only production's job runs, not the launchdarkly one", () => {
    expect(decideGates(catalog, impact(["ld-production"]), records(["ld-production"])).runs).toEqual({
      "apply-launchdarkly": false,
      "apply-dev": false,
      "apply-staging": false,
      "apply-production": true,
    });
  });

  it("GIVEN impact saying unchanged but a plan showing a change (drift) THEN the job runs, and the other way round too", () => {
    expect(decideGates(catalog, impact(), records(["aws-staging"])).runs["apply-staging"]).toBe(true);
    expect(decideGates(catalog, impact(["launchdarkly"]), records()).runs["apply-launchdarkly"]).toBe(true);
  });

  it("GIVEN no impact, or an impact without an answer for a stack, or a missing plan record THEN the jobs concerned run: unknown counts as changed", () => {
    expect(Object.values(decideGates(catalog, undefined, records()).runs)).toEqual([true, true, true, true]);
    const partial = impact();
    delete partial.stacks!["aws-production"];
    expect(decideGates(catalog, partial, records()).runs["apply-production"]).toBe(true);
    const withoutLd = records();
    withoutLd.delete("launchdarkly");
    expect(decideGates(catalog, impact(), withoutLd).runs["apply-launchdarkly"]).toBe(true);
  });

  it("GIVEN the launchdarkly plan deleting production and no acknowledgement THEN nothing applies, saying why", () => {
    const decision = decideGates(
      catalog,
      impact(["launchdarkly"]),
      records(["launchdarkly"], [record("launchdarkly", true, [{ key: "production", gated: true }])]),
    );
    expect(decision.blockers).toEqual([
      "the plan of launchdarkly deletes the gated environment production, and configs/project.yaml does not acknowledge it (acknowledgements.removedEnvironments)",
    ]);
  });

  it("GIVEN production renamed to prod and acknowledged THEN production's own reviewers must approve before anything applies", () => {
    const renamed = catalogAt(
      exampleCatalog(renameEnvironment(EXAMPLE_ROOT, "production", "prod", { acknowledged: true })),
    );
    const fromFiles: ImpactForGates = {
      stacks: {},
      environmentChanges: { removed: [], renamed: [{ key: "production", gated: true }] },
    };
    const decision = decideGates(
      renamed,
      fromFiles,
      new Map([["launchdarkly", record("launchdarkly", true, [{ key: "production", gated: true }])]]),
    );
    expect(decision.blockers).toEqual([]);
    expect(decision.approvals).toEqual(["production"]);
    expect(decision.runs).toEqual({
      "apply-launchdarkly": true,
      "apply-dev": true,
      "apply-staging": true,
      "apply-prod": true,
    });
  });

  it("GIVEN a removal only the plan sees (the files' history does not show it) THEN it still needs the approval, and the acknowledgement", () => {
    const decision = decideGates(
      catalog,
      impact(["launchdarkly"]),
      records(
        [],
        [
          record("launchdarkly", true, [
            { key: "sandbox", gated: false },
            { key: "legacy", gated: true },
          ]),
        ],
      ),
    );
    expect(decision.approvals).toEqual(["legacy"]);
    expect(decision.blockers).toHaveLength(1);
  });
});
