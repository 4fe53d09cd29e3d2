import { Segments } from "../../../constructs/launchdarkly/segments";
import { resourcesOf, synthAlone } from "../../helpers/construct-synth";

describe("Segments alone", () => {
  const json = synthAlone((scope) => {
    new Segments(scope, "segments", {
      projectKey: "shop",
      environmentKey: "staging",
      tags: ["managed"],
      segments: [
        { key: "empty", name: "Empty", included: [], excluded: [], rules: [] },
        {
          key: "beta",
          name: "Beta",
          description: "Opted in",
          included: ["qa-1"],
          excluded: ["qa-2"],
          rules: [
            {
              clauses: [
                { attribute: "tier", op: "greaterThan", values: [2], contextKind: "user", negate: false },
                { attribute: "country", op: "in", values: ["DE", "FR"], contextKind: "user", negate: true },
                { segments: ["staff"], contextKind: "user", negate: false },
              ],
            },
          ],
        },
      ],
    });
  });
  const segment = (key: string) => Object.values(resourcesOf(json, "launchdarkly_segment")).find((s) => s.key === key)!;

  it("GIVEN a segment with no members or rules THEN it is declared in its environment with nothing else", () => {
    expect(segment("empty")).toEqual({
      project_key: "shop",
      env_key: "staging",
      key: "empty",
      name: "Empty",
      tags: ["managed"],
    });
  });

  it("GIVEN included and excluded keys THEN the segment lists them", () => {
    expect(segment("beta")).toMatchObject({ included: ["qa-1"], excluded: ["qa-2"], description: "Opted in" });
  });

  it("GIVEN typed values THEN they are written as strings with their type alongside", () => {
    const [tier, country] = segment("beta").rules[0].clauses;
    expect(tier).toEqual({
      attribute: "tier",
      op: "greaterThan",
      values: ["2"],
      value_type: "number",
      negate: false,
      context_kind: "user",
    });
    expect(country).toMatchObject({ values: ["DE", "FR"], value_type: "string", negate: true });
  });

  it("GIVEN a segments clause THEN it is a segmentMatch on those segments", () => {
    expect(segment("beta").rules[0].clauses[2]).toEqual({
      attribute: "segmentMatch",
      op: "segmentMatch",
      values: ["staff"],
      negate: false,
      context_kind: "user",
    });
  });
});
