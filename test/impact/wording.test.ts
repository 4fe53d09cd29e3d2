import * as fs from "node:fs";
import * as path from "node:path";
import { runCli } from "../../src/cli/program";
import type { Output } from "../../src/cli/output";
import { analyseImpact } from "../../src/impact/analyse";
import { describeAudiences } from "../../src/targeting/describe";
import {
  chain,
  EXAMPLE_ROOT,
  exampleCatalog,
  exampleCatalogInGit,
  replace,
  STOP_EXPERIMENT,
} from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";
import { catalogAt } from "../helpers/synth";

const SA = "configs/ai-configs/support-assistant.yaml";
const base = catalogAt(EXAMPLE_ROOT);
/** docs-agent is not targeted in production: this serves it there for the first time. */
const DOCS_AGENT_IN_PRODUCTION = {
  "configs/ai-configs/docs-agent.yaml": (old: string) =>
    `${old}  production:\n    fallthrough: { variation: researcher-v1 }\n`,
};

describe("impact in words", () => {
  it("GIVEN targeting new to an environment THEN it is said once, then what it serves", () => {
    const impact = analyseImpact(base, catalogAt(exampleCatalog(DOCS_AGENT_IN_PRODUCTION)));
    expect(impact.environments.production!.targeting).toEqual([
      {
        config: "docs-agent",
        changes: [
          "targeted here for the first time (LaunchDarkly served its disabled variation)",
          "now: fallthrough -> researcher-v1",
        ],
      },
    ]);
    const removed = analyseImpact(catalogAt(exampleCatalog(DOCS_AGENT_IN_PRODUCTION)), base);
    expect(removed.environments.production!.targeting[0]!.changes).toEqual([
      "no longer targeted here: LaunchDarkly serves its disabled variation",
      "was: fallthrough -> researcher-v1",
    ]);
  });

  it("GIVEN a changed AI Config THEN who gets each variation is said in words", () => {
    const impact = analyseImpact(
      base,
      catalogAt(
        exampleCatalog({
          [SA]: chain(
            replace("friendly-v1: 90\n          friendly-v2: 10", "friendly-v1: 50\n          friendly-v2: 50"),
            STOP_EXPERIMENT,
          ),
        }),
      ),
    );
    expect(impact.environments.production!.audiences).toEqual([
      { config: "support-assistant", variation: "friendly-v2", who: "beta-users and 50% of everyone else" },
      {
        config: "support-assistant",
        variation: "friendly-v1",
        who: "50% of everyone else; and everyone while targeting is off",
      },
    ]);
    expect(impact.environments.staging!.audiences).toEqual([]);
  });

  it("GIVEN rules on attributes, negated segments, rule rollouts and targeting off THEN each audience reads as such", () => {
    const clause = (c: object) => ({ contextKind: "user", negate: false, ...c });
    expect(
      describeAudiences({
        enabled: true,
        rules: [
          { clauses: [clause({ attribute: "plan", op: "in", values: ["enterprise"] })], serve: { variation: "a" } },
          {
            clauses: [
              clause({ segments: ["staff"], negate: true }),
              clause({ contextKind: "org", attribute: "tier", op: "in", values: [1] }),
            ],
            serve: { rollout: { contextKind: "user", bucketBy: "key", weights: { a: 25, b: 75 } } },
          },
        ],
        fallthrough: { variation: "b" },
      }),
    ).toEqual([
      {
        variation: "a",
        who: 'users with plan in "enterprise" and 25% of (everyone not in staff and contexts with org tier in 1)',
      },
      { variation: "b", who: "75% of (everyone not in staff and contexts with org tier in 1) and everyone else" },
    ]);
    expect(
      describeAudiences({ enabled: false, rules: [], fallthrough: { variation: "b" }, offVariation: "a" }),
    ).toEqual([{ variation: "a", who: "everyone (targeting is off)" }]);
  });

  it("GIVEN costs THEN JSON holds them rounded to a millionth of a dollar, with no float noise", () => {
    const impact = analyseImpact(
      base,
      catalogAt(
        exampleCatalog({
          [SA]: chain(
            replace("friendly-v1: 90\n          friendly-v2: 10", "friendly-v1: 33.3\n          friendly-v2: 66.7"),
            STOP_EXPERIMENT,
          ),
        }),
      ),
    );
    for (const env of Object.values(impact.environments)) {
      for (const cost of env.cost)
        for (const usd of [cost.before, cost.after])
          if (usd !== undefined) expect(Math.round(usd * 1e6) / 1e6).toBe(usd);
    }
    expect(JSON.stringify(impact)).not.toMatch(/\d\.\d{7,}/);
  });
});

describe("aic impact --format", () => {
  const repoWithEdit = () => {
    const root = exampleCatalogInGit();
    fs.appendFileSync(
      path.join(root, "configs/ai-configs/docs-agent.yaml"),
      "  production:\n    fallthrough: { variation: researcher-v1 }\n",
    );
    return root;
  };

  it("GIVEN --format text THEN plain text for a terminal: no Markdown, no HTML", () => {
    const run = runAic(["impact", "--root", repoWithEdit(), "--base", "HEAD", "--format", "text"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      [
        "production:",
        "  - targeting of docs-agent changed",
        "  targeting of docs-agent:",
        "    - targeted here for the first time (LaunchDarkly served its disabled variation)",
      ].join("\n"),
    );
    expect(run.stdout).toContain("  who gets what of docs-agent:\n    - researcher-v1: everyone\n");
    expect(run.stdout).not.toMatch(/<details>|\*\*|`|^#/m);
  });

  it("GIVEN no --format THEN text on a terminal, Markdown when redirected (as the workflow does for the comment)", async () => {
    const root = repoWithEdit();
    const capture = (isTerminal: boolean) => {
      const lines: string[] = [];
      const output: Output = { out: (line) => lines.push(line), err: () => undefined, isTerminal };
      return { output, text: () => lines.join("\n") };
    };
    const terminal = capture(true);
    expect(await runCli(["impact", "--root", root, "--base", "HEAD"], terminal.output)).toBe(0);
    expect(terminal.text()).toMatch(/^What this change reaches, compared with HEAD\n/);
    const redirected = capture(false);
    expect(await runCli(["impact", "--root", root, "--base", "HEAD"], redirected.output)).toBe(0);
    expect(redirected.text()).toMatch(/^## What this change reaches \(compared with `HEAD`\)\n/);
    expect(redirected.text()).toContain("Who gets what of `docs-agent`:\n\n- researcher-v1: everyone");
  });
});
