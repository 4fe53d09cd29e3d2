import { chain, exampleCatalog, replace, STOP_EXPERIMENT, EXAMPLE_ROOT } from "../../helpers/catalog-fixture";
import { catalogAt, synthAll } from "../../helpers/synth";

const SA = "configs/ai-configs/support-assistant.yaml";

describe("ld-<env> stacks of the example catalog: RestReconciled", () => {
  const stacks = synthAll(catalogAt(EXAMPLE_ROOT));
  const targeting = (stack: string) =>
    Object.values(stacks[stack]!.resource.terraform_data).map(({ "//": _m, ...rest }: any) => rest);

  it("GIVEN the configs targeted in an environment THEN each has a terraform_data showing its desired targeting and running the reconciler", () => {
    expect(
      targeting("ld-production")
        .map((t) => t.input.subject)
        .sort(),
    ).toEqual([
      "answer-judge",
      "approval settings",
      "support-assistant",
      "support-assistant/friendly-v2-feedback",
      "ticket-summarizer",
    ]);
    expect(
      targeting("ld-dev")
        .map((t) => t.input.subject)
        .sort(),
    ).toEqual(["answer-judge", "approval settings", "docs-agent", "support-assistant", "ticket-summarizer"]);
    const approvals = targeting("ld-production").find((t) => t.input.subject === "approval settings")!;
    expect(approvals.input.desired).toEqual({
      required: true,
      minApprovals: 2,
      canReviewOwnRequest: false,
      canApplyDeclinedChanges: false,
    });
    expect(approvals.provisioner[0]["local-exec"].command).toBe(
      "npm run --silent aic -- targeting apply --env production --approvals",
    );
    const assistant = targeting("ld-production").find((t) => t.input.subject === "support-assistant")!;
    expect(assistant.input.desired.fallthrough).toEqual({
      bucketBy: "key",
      contextKind: "user",
      weights: [
        ["friendly-v1", 90000],
        ["friendly-v2", 10000],
      ],
    });
    expect(assistant.provisioner).toEqual([
      {
        "local-exec": {
          command: "npm run --silent aic -- targeting apply --env production --config support-assistant",
          working_dir: "../../..",
        },
      },
    ]);
    expect(JSON.parse(assistant.triggers_replace.desired)).toEqual(assistant.input.desired);
  });

  it("GIVEN the example's production experiment THEN a terraform_data shows it and runs the experiment reconciler after the config's targeting", () => {
    const experiment = targeting("ld-production").find(
      (t) => t.input.subject === "support-assistant/friendly-v2-feedback",
    )!;
    expect(experiment.input.desired).toMatchObject({
      state: "running",
      primaryMetric: "ai-feedback-positive",
      treatments: [
        { variation: "friendly-v1", baseline: true, allocation: 90 },
        { variation: "friendly-v2", baseline: false, allocation: 10 },
      ],
    });
    expect(experiment.provisioner[0]["local-exec"].command).toBe(
      "npm run --silent aic -- experiments apply --env production --config support-assistant --experiment friendly-v2-feedback",
    );
    expect(experiment.depends_on).toEqual([
      expect.stringMatching(/^terraform_data\.targeting-support-assistant_targeting_[0-9A-F]+$/),
    ]);
    expect(targeting("ld-staging").some((t) => t.input.subject.includes("/"))).toBe(false);
  });

  it("GIVEN the experiment stopped THEN only its terraform_data changes, so only it is replaced", () => {
    const edited = synthAll(catalogAt(exampleCatalog({ [SA]: STOP_EXPERIMENT })));
    const changed = Object.entries(edited["ld-production"]!.resource.terraform_data).filter(
      ([id, data]) => JSON.stringify(data) !== JSON.stringify(stacks["ld-production"]!.resource.terraform_data[id]),
    );
    expect(changed.map(([id]) => id)).toEqual([
      expect.stringMatching(/^experiment-support-assistant-friendly-v2-feedback_/),
    ]);
  });

  it("GIVEN production's fallthrough changes THEN only ld-production's output changes", () => {
    const edited = synthAll(
      catalogAt(
        exampleCatalog({
          [SA]: chain(
            replace("friendly-v1: 90\n          friendly-v2: 10", "friendly-v1: 50\n          friendly-v2: 50"),
            STOP_EXPERIMENT,
          ),
        }),
      ),
    );
    expect(JSON.stringify(edited["ld-production"])).not.toBe(JSON.stringify(stacks["ld-production"]));
    for (const name of Object.keys(stacks).filter((s) => s !== "ld-production"))
      expect(JSON.stringify(edited[name])).toBe(JSON.stringify(stacks[name]));
  });
});
