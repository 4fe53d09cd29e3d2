import { problemsOf } from "../../helpers/catalog-fixture";

describe("unused-prompt", () => {
  it("GIVEN every prompt file used THEN it stays silent", () => {
    expect(problemsOf({})).toEqual([]);
  });

  it("GIVEN a prompt file no variation uses THEN it gets a warning", () => {
    expect(problemsOf({ "prompts/support-assistant/friendly-v4.md": "You are helpful.\n" })).toEqual([
      "prompts/support-assistant/friendly-v4.md:1:1: warning: prompt file is not used by any variation",
    ]);
  });
});
