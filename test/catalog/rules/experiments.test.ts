import {
  RUNNING_EXPERIMENT as EXPERIMENT,
  edit,
  file,
  problem,
  problemsWith,
  type CatalogChange,
  type Data,
} from "../../helpers/catalog-builder";

/**
 * The experiment rules on the minimal catalog with two more variations (v2, v3) and a running experiment on
 * production's fallthrough, split 50/50 between v1 and v2 as the fallthrough's rollout serves them.
 */
const CONFIG = "configs/ai-configs/assistant.yaml";
const rule = (description: string, serve: unknown = { variation: "v1" }) => ({
  description,
  clauses: [{ attribute: "plan", op: "in", values: ["beta"] }],
  serve,
});

/** The running experiment; `change` edits the AI Config's data (`d`) and the experiment (`e`) further. */
function withExperiment(change: (e: Data, d: Data) => void = () => {}): CatalogChange[] {
  return [
    file("prompts/assistant/v2.md", "{{question}}\n"),
    file("prompts/assistant/v3.md", "{{question}}\n"),
    edit(CONFIG, (d) => {
      d.variations.push(
        { key: "v2", name: "Second", model: "nova-lite" },
        { key: "v3", name: "Third", model: "nova-lite" },
      );
      d.targeting.production.fallthrough = { rollout: { bucketBy: "key", weights: { v1: 50, v2: 50 } } };
      const e = structuredClone(EXPERIMENT);
      d.experiments = { production: [e] };
      change(e, d);
    }),
  ];
}
const second = (d: Data, fields: Record<string, unknown>) =>
  d.experiments.production.push({ ...structuredClone(EXPERIMENT), key: "second", name: "Second", ...fields });
const expectOnly = (changes: CatalogChange[], rule: Parameters<typeof problem>[0], ...messages: string[]) =>
  expect(problemsWith(...changes)).toEqual(messages.map((m) => problem(rule, CONFIG, m)));

describe("experiment-keys", () => {
  it("GIVEN one experiment THEN it stays silent", () => {
    expect(problemsWith(...withExperiment())).toEqual([]);
  });

  it("GIVEN two experiments with one key in one environment THEN the second is reported", () => {
    expectOnly(
      withExperiment((_, d) => second(d, { key: "v2-feedback", state: "stopped" })),
      "experiment-keys",
      `duplicate experiment key "v2-feedback" in production (first declared in ${CONFIG} at experiments.production[0])`,
    );
  });
});

describe("experiment-audience", () => {
  it("GIVEN a draft on a rule named by its description next to the running one on the fallthrough THEN it stays silent", () => {
    const changes = withExperiment((_, d) => {
      d.targeting.production.rules = [rule("Beta", { rollout: { bucketBy: "key", weights: { v1: 50, v2: 50 } } })];
      second(d, { state: "draft", rule: "Beta" });
    });
    expect(problemsWith(...changes)).toEqual([]);
  });

  it("GIVEN an experiment where the AI Config has no targeting (and a variation compared twice) THEN both are reported", () => {
    const changes = withExperiment((e, d) => {
      delete d.targeting.production;
      e.state = "draft";
      e.treatments[1].variation = "v1";
    });
    expect(problemsWith(...changes)).toEqual([
      problem(
        "experiment-audience",
        CONFIG,
        'experiment "v2-feedback" runs in production, but assistant has no targeting there',
      ),
      problem("experiment-treatments", CONFIG, 'variation "v1" is compared twice'),
    ]);
  });

  it("GIVEN a rule description no rule has THEN the rule field is reported with the rules there are", () => {
    expectOnly(
      withExperiment((e, d) => {
        d.targeting.production.rules = [rule("Beta")];
        e.rule = "Beta testers";
      }),
      "experiment-audience",
      'no targeting rule in production has the description "Beta testers"; rules: "Beta"',
    );
  });

  it("GIVEN a rule description two rules share THEN the rule field is reported", () => {
    expectOnly(
      withExperiment((e, d) => {
        d.targeting.production.rules = [rule("Beta"), rule("Beta", { variation: "v2" })];
        e.rule = "Beta";
      }),
      "experiment-audience",
      '2 targeting rules in production have the description "Beta": give the tested rule a description of its own',
    );
  });

  it("GIVEN a running experiment where the AI Config's targeting is off THEN its state is reported", () => {
    expectOnly(
      withExperiment((_, d) => Object.assign(d.targeting.production, { enabled: false, offVariation: "v1" })),
      "experiment-audience",
      `experiment "v2-feedback" cannot run while assistant's targeting in production is off (enabled: false)`,
    );
  });

  it("GIVEN two running experiments on the production fallthrough THEN the second is reported", () => {
    expectOnly(
      withExperiment((_, d) => second(d, { state: "running" })),
      "experiment-audience",
      'experiments "v2-feedback" and "second" both cover the fallthrough in production; stop one of them first',
    );
  });

  it("GIVEN a stopped experiment on the same fallthrough THEN it does not count as overlapping", () => {
    expect(problemsWith(...withExperiment((_, d) => second(d, { state: "stopped" })))).toEqual([]);
  });
});

describe("experiment-treatments", () => {
  it("GIVEN a treatment naming a variation the AI Config lacks THEN it is reported", () => {
    expectOnly(
      withExperiment((e) => (e.treatments[1].variation = "concise")),
      "experiment-treatments",
      'unknown variation (treatment) "concise"; known: v1, v2, v3',
    );
  });

  it("GIVEN no baseline and allocations summing to 110 THEN both are reported", () => {
    expectOnly(
      withExperiment((e) => (e.treatments[0] = { variation: "v1", allocation: 60 })),
      "experiment-treatments",
      "exactly one treatment must be the baseline (baseline: true); found 0",
      "treatment allocations sum to 110, not 100",
    );
  });

  it("GIVEN a running experiment whose treatment the fallthrough does not serve THEN it is reported", () => {
    expectOnly(
      withExperiment((e) => (e.treatments[1].variation = "v3")),
      "experiment-treatments",
      "the fallthrough in production does not serve v3: an experiment compares only what its audience is served",
    );
  });

  it("GIVEN a running experiment split differently from the rollout it covers THEN the state is reported with the rollout to serve", () => {
    expectOnly(
      withExperiment((_, d) => (d.targeting.production.fallthrough.rollout.weights = { v1: 90, v2: 10 })),
      "experiment-treatments",
      "a running experiment splits the fallthrough in production: serve it as a rollout of v1: 50, v2: 50 so the files say what is served",
    );
  });

  it("GIVEN a draft split differently from today's rollout THEN it stays silent until it starts", () => {
    const changes = withExperiment((e, d) => {
      e.state = "draft";
      d.targeting.production.fallthrough.rollout.weights = { v1: 90, v2: 10 };
    });
    expect(problemsWith(...changes)).toEqual([]);
  });

  it("GIVEN a stopped experiment with a winner that is not a treatment THEN the winner is reported", () => {
    expectOnly(
      withExperiment((e) => Object.assign(e, { state: "stopped", winner: { variation: "v3", reason: "faster" } })),
      "experiment-treatments",
      'the winner "v3" is not one of the treatments: v1, v2',
    );
  });

  it("GIVEN a winner on a running experiment THEN the schema refuses it", () => {
    expectOnly(
      withExperiment((e) => (e.winner = { variation: "v2", reason: "more positive feedback" })),
      "schema",
      '"experiments.production[0].winner": a winner can only be declared once the experiment is stopped',
    );
  });
});

describe("experiment-metrics", () => {
  it("GIVEN built-in and metrics.yaml metrics THEN it stays silent", () => {
    const metrics = file("configs/metrics.yaml", {
      metrics: [
        { key: "handle-time", name: "Handle time", eventKey: "handle-time", successCriterion: "LowerThanBaseline" },
      ],
    });
    expect(
      problemsWith(metrics, ...withExperiment((e) => (e.secondaryMetrics = ["ai-duration-p95", "handle-time"]))),
    ).toEqual([]);
  });

  it("GIVEN a primary metric nobody declares THEN it is reported with the known ones", () => {
    expect(problemsWith(...withExperiment((e) => (e.primaryMetric = "csat")))).toEqual([
      problem("experiment-metrics", CONFIG, 'unknown metric "csat"; known: ai-duration-p95, '),
    ]);
  });

  it("GIVEN the primary metric repeated as a secondary one THEN the repetition is reported", () => {
    expectOnly(
      withExperiment((e) => (e.secondaryMetrics = ["ai-feedback-positive", "ai-duration-p95"])),
      "experiment-metrics",
      'metric "ai-feedback-positive" is named twice',
    );
  });
});
