import { problemsOf, replace, rulesOf } from "../../helpers/catalog-fixture";

const FILE = "configs/ai-configs/support-assistant.yaml";
const edit = (search: string, replacement: string) => ({ [FILE]: replace(search, replacement) });
const TREATMENTS =
  "      treatments:\n        - { variation: friendly-v1, baseline: true, allocation: 90 }\n        - { variation: friendly-v2, allocation: 10 }\n      primaryMetric: ai-feedback-positive\n";
/** A second experiment appended to production's list, from line 83. */
const another = (key: string, fields: string) => ({
  [FILE]: (old: string) => `${old}    - key: ${key}\n      name: Second\n      hypothesis: h\n${fields}`,
});

describe("experiment-keys", () => {
  it("GIVEN the example's one experiment THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("experiment-keys");
  });

  it("GIVEN two experiments with one key in one environment THEN the second is reported", () => {
    expect(problemsOf(another("friendly-v2-feedback", `      state: stopped\n${TREATMENTS}`))).toEqual([
      `${FILE}:83:12: error: duplicate experiment key "friendly-v2-feedback" in production (first declared in ${FILE} at experiments.production[0])`,
    ]);
  });
});

describe("experiment-audience", () => {
  it("GIVEN a draft on a rule named by its description next to the running one on the fallthrough THEN it stays silent", () => {
    const rule = edit(
      "serve: { variation: friendly-v2 }\n    fallthrough:\n      rollout:",
      "serve: { rollout: { weights: { friendly-v2: 50, friendly-v1: 50 } } }\n    fallthrough:\n      rollout:",
    );
    const draft = another(
      "beta-split",
      `      state: draft\n      rule: Beta users get the newer prompt\n${TREATMENTS}`,
    );
    expect(problemsOf({ [FILE]: (old: string) => draft[FILE]!(rule[FILE]!(old)) })).toEqual([]);
  });

  it("GIVEN an experiment in an environment where the AI Config has no targeting (and a variation compared twice) THEN both are reported", () => {
    const file = "configs/ai-configs/docs-agent.yaml";
    const treatments =
      "      treatments:\n        - { variation: researcher-v1, baseline: true, allocation: 50 }\n        - { variation: researcher-v1, allocation: 50 }\n      primaryMetric: ai-feedback-positive\n";
    expect(
      problemsOf({
        [file]: (old: string) =>
          `${old}\nexperiments:\n  production:\n    - key: docs\n      name: Docs\n      hypothesis: h\n      state: draft\n${treatments}`,
      }),
    ).toEqual([
      `${file}:27:12: error: experiment "docs" runs in production, but docs-agent has no targeting there`,
      `${file}:33:24: error: variation "researcher-v1" is compared twice`,
    ]);
  });

  it("GIVEN a rule description no rule has THEN the rule field is reported with the rules there are", () => {
    expect(
      problemsOf(edit("      methodology: bayesian\n", "      methodology: bayesian\n      rule: Beta testers\n")),
    ).toEqual([
      `${FILE}:75:13: error: no targeting rule in production has the description "Beta testers"; rules: "Beta users get the newer prompt"`,
    ]);
  });

  it("GIVEN a rule description two rules share THEN the rule field is reported", () => {
    const twoBeta = replace(
      "    fallthrough:\n      rollout:",
      "      - description: Beta users get the newer prompt\n        clauses:\n          - segments: [internal-staff]\n        serve: { variation: expert-v3 }\n    fallthrough:\n      rollout:",
    );
    expect(
      problemsOf({
        [FILE]: (old: string) =>
          twoBeta(old).replace(
            "      methodology: bayesian\n",
            "      methodology: bayesian\n      rule: Beta users get the newer prompt\n",
          ),
      }),
    ).toEqual([
      expect.stringMatching(
        /:79:13: error: 2 targeting rules in production have the description "Beta users get the newer prompt": give the tested rule a description of its own$/,
      ),
    ]);
  });

  it("GIVEN a running experiment where the AI Config's targeting is off THEN its state is reported", () => {
    expect(
      problemsOf(
        edit(
          "  production:\n    offVariation: friendly-v1\n",
          "  production:\n    enabled: false\n    offVariation: friendly-v1\n",
        ),
      ),
    ).toEqual([
      `${FILE}:74:14: error: experiment "friendly-v2-feedback" cannot run while support-assistant's targeting in production is off (enabled: false)`,
    ]);
  });

  it("GIVEN two running experiments on the production fallthrough THEN the second is reported", () => {
    expect(problemsOf(another("second", `      state: running\n${TREATMENTS}`))).toEqual([
      `${FILE}:86:14: error: experiments "friendly-v2-feedback" and "second" both cover the fallthrough in production; stop one of them first`,
    ]);
  });

  it("GIVEN a stopped experiment on the same fallthrough THEN it does not count as overlapping", () => {
    expect(problemsOf(another("second", `      state: stopped\n${TREATMENTS}`))).toEqual([]);
  });
});

describe("experiment-treatments", () => {
  it("GIVEN treatments split exactly as the running experiment's fallthrough rollout THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("experiment-treatments");
  });

  it("GIVEN a treatment naming a variation the AI Config lacks THEN it is reported", () => {
    expect(problemsOf(edit("        - variation: friendly-v2\n", "        - variation: concise-v1\n"))).toEqual([
      `${FILE}:79:22: error: unknown variation (treatment) "concise-v1"; known: friendly-v1, friendly-v2, expert-v3`,
    ]);
  });

  it("GIVEN no baseline and allocations summing to 110 THEN both are reported", () => {
    expect(problemsOf(edit("          baseline: true\n          allocation: 90", "          allocation: 100"))).toEqual(
      [
        `${FILE}:76:9: error: exactly one treatment must be the baseline (baseline: true); found 0`,
        `${FILE}:76:9: error: treatment allocations sum to 110, not 100`,
      ],
    );
  });

  it("GIVEN a running experiment whose treatment the fallthrough does not serve THEN it is reported", () => {
    expect(problemsOf(edit("        - variation: friendly-v2\n", "        - variation: expert-v3\n"))).toEqual([
      `${FILE}:76:9: error: the fallthrough in production does not serve expert-v3: an experiment compares only what its audience is served`,
    ]);
  });

  it("GIVEN a running experiment split differently from the rollout it covers THEN the state is reported with the rollout to serve", () => {
    expect(
      problemsOf(
        edit(
          "          allocation: 90\n        - variation: friendly-v2\n          allocation: 10",
          "          allocation: 50\n        - variation: friendly-v2\n          allocation: 50",
        ),
      ),
    ).toEqual([
      `${FILE}:73:14: error: a running experiment splits the fallthrough in production: serve it as a rollout of friendly-v1: 50, friendly-v2: 50 so the files say what is served`,
    ]);
  });

  it("GIVEN a draft split differently from today's rollout THEN it stays silent until it starts", () => {
    const draft = (old: string) =>
      old
        .replace("state: running", "state: draft")
        .replace("allocation: 90", "allocation: 50")
        .replace("allocation: 10", "allocation: 50");
    expect(problemsOf({ [FILE]: draft })).toEqual([]);
  });

  it("GIVEN a stopped experiment with a winner that is not a treatment THEN the winner is reported", () => {
    expect(
      problemsOf(edit("state: running\n", "state: stopped\n      winner: { variation: expert-v3, reason: faster }\n")),
    ).toEqual([`${FILE}:74:28: error: the winner "expert-v3" is not one of the treatments: friendly-v1, friendly-v2`]);
  });

  it("GIVEN a winner on a running experiment THEN the schema refuses it", () => {
    expect(
      problemsOf(
        edit(
          "state: running\n",
          "state: running\n      winner: { variation: friendly-v2, reason: more positive feedback }\n",
        ),
      ),
    ).toEqual([
      `${FILE}:74:15: error: "experiments.production[0].winner": a winner can only be declared once the experiment is stopped`,
    ]);
  });
});

describe("experiment-metrics", () => {
  it("GIVEN built-in and metrics.yaml metrics THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("experiment-metrics");
  });

  it("GIVEN a primary metric nobody declares THEN it is reported", () => {
    expect(problemsOf(edit("primaryMetric: ai-feedback-positive", "primaryMetric: csat"))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${FILE}:81:22: error: unknown metric "csat"; known: ai-duration-p95, .*ticket-resolved, handle-time$`,
        ),
      ),
    ]);
  });

  it("GIVEN the primary metric repeated as a secondary one THEN the repetition is reported", () => {
    expect(problemsOf(edit("[ai-duration-p95,", "[ai-feedback-positive, ai-duration-p95,"))).toEqual([
      `${FILE}:82:26: error: metric "ai-feedback-positive" is named twice`,
    ]);
  });
});
