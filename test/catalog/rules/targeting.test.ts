import { chain, problemsOf, replace, rulesOf, STOP_EXPERIMENT } from "../../helpers/catalog-fixture";

describe("served-variation-exists", () => {
  it("GIVEN rules, rollouts and an off variation naming existing variations THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("served-variation-exists");
  });

  it("GIVEN a fallthrough serving a missing variation THEN it is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace(
          "fallthrough: { variation: friendly-v2 }",
          "fallthrough: { variation: friendly-v9 }",
        ),
      }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:50:31: error: unknown variation (served in staging) "friendly-v9"; known: friendly-v1, friendly-v2, expert-v3',
    ]);
  });

  it("GIVEN a rollout weight for a missing variation THEN the weight's key is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": chain(
          replace("friendly-v2: 10", "friendly-v3: 10"),
          STOP_EXPERIMENT,
        ),
      }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:64:11: error: unknown variation "friendly-v3" in production rollout; known: friendly-v1, friendly-v2, expert-v3',
    ]);
  });

  it("GIVEN an off variation that does not exist THEN it is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace("offVariation: friendly-v1", "offVariation: disabled"),
      }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:53:19: error: unknown variation (served in production) "disabled"; known: friendly-v1, friendly-v2, expert-v3',
    ]);
  });
});

describe("rollout-weights", () => {
  it("GIVEN one-decimal weights summing to 100 THEN it stays silent", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": chain(
          replace("friendly-v1: 90\n          friendly-v2: 10", "friendly-v1: 89.9\n          friendly-v2: 10.1"),
          STOP_EXPERIMENT,
        ),
      }),
    ).toEqual([]);
  });

  it("GIVEN weights that do not sum to 100 THEN the weights are reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": chain(
          replace("friendly-v2: 10", "friendly-v2: 20"),
          STOP_EXPERIMENT,
        ),
      }),
    ).toEqual(["configs/ai-configs/support-assistant.yaml:63:11: error: rollout weights sum to 110, not 100"]);
  });

  it("GIVEN a weight with two decimals THEN that weight is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": chain(
          replace("friendly-v1: 90\n          friendly-v2: 10", "friendly-v1: 89.75\n          friendly-v2: 10.25"),
          STOP_EXPERIMENT,
        ),
      }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:63:24: error: weight 89.75 for "friendly-v1" has more than one decimal place',
      'configs/ai-configs/support-assistant.yaml:64:24: error: weight 10.25 for "friendly-v2" has more than one decimal place',
    ]);
  });
});

describe("segment-exists", () => {
  it("GIVEN a segment declared in that environment THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("segment-exists");
  });

  it("GIVEN a segment missing from that environment THEN the clause's segment is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace("segments: [internal-staff]", "segments: [staff]"),
      }),
    ).toEqual([
      'configs/ai-configs/support-assistant.yaml:48:24: error: unknown segment in staging "staff"; known: beta-users, internal-staff',
    ]);
  });
});
