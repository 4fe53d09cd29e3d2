import { problemsOf, replace, rulesOf } from "../../helpers/catalog-fixture";

describe("unique-keys", () => {
  it("GIVEN distinct variation keys THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("unique-keys");
  });

  it("GIVEN two variations with one key WHEN validating THEN the second is reported with the first's index", () => {
    const problems = problemsOf({
      "configs/ai-configs/support-assistant.yaml": replace("key: expert-v3", "key: friendly-v1"),
    });
    expect(problems).toContain(
      'configs/ai-configs/support-assistant.yaml:34:10: error: duplicate variation key "friendly-v1" (first declared at variations[0])',
    );
  });

  it("GIVEN a segment key repeated in one environment THEN it is reported, while the same key in another environment is fine", () => {
    const problems = problemsOf({
      "configs/segments.yaml": replace(
        "    - key: internal-staff\n      name: Internal staff\n      rules:",
        "    - key: beta-users\n      name: Internal staff\n      rules:",
      ),
    });
    expect(problems).toEqual([
      'configs/segments.yaml:10:12: error: duplicate segment key in dev "beta-users" (first declared at segments.dev[0])',
    ]);
  });

  it("GIVEN a tool attached twice to one variation THEN the repeat is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/docs-agent.yaml": replace(
          "tools: [search-docs, get-order-status]",
          "tools: [search-docs, search-docs]",
        ),
        "evals/docs-agent.yaml": null,
      }),
    ).toEqual([
      'configs/ai-configs/docs-agent.yaml:17:26: error: duplicate tool "search-docs" (first declared at variations[0].tools[0])',
    ]);
  });

  it("GIVEN a metric key that a built-in AI SDK metric uses THEN it is reported", () => {
    expect(problemsOf({ "configs/metrics.yaml": replace("key: handle-time", "key: ai-tokens-total") })).toEqual([
      'configs/metrics.yaml:9:10: error: metric key "ai-tokens-total" is reserved for a built-in AI SDK metric',
    ]);
  });

  it("GIVEN a team key repeated THEN the later declaration is reported", () => {
    expect(problemsOf({ "configs/access.yaml": replace("key: qa", "key: sre") })).toContain(
      'configs/access.yaml:24:10: error: duplicate team key "sre" (first declared at teams[3])',
    );
  });
});
