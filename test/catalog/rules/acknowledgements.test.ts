import {
  acknowledgeRemoval,
  EXAMPLE_ROOT,
  problemsOf,
  renameEnvironment,
  rulesOf,
} from "../../helpers/catalog-fixture";

describe("environment-removal-acknowledgement", () => {
  it("GIVEN no acknowledgement THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("environment-removal-acknowledgement");
  });

  it("GIVEN production renamed to prod with its removal acknowledged THEN a warning asks to remove the one-off acknowledgement", () => {
    const problems = problemsOf(renameEnvironment(EXAMPLE_ROOT, "production", "prod", { acknowledged: true }));
    expect(problems).toEqual([
      'configs/project.yaml:72:12: warning: acknowledges removing environment "production": a one-off for the pull request that removes it; remove it once that change is applied',
    ]);
  });

  it("GIVEN an acknowledgement of an environment that is still declared THEN it is an error, so it can never wave a later removal through", () => {
    const problems = problemsOf({ "configs/project.yaml": acknowledgeRemoval("production") });
    expect(problems).toEqual([
      'configs/project.yaml:72:12: error: acknowledges removing environment "production", which environments still declares: remove this acknowledgement',
    ]);
  });

  it("GIVEN an acknowledgement without a reason THEN the schema refuses it", () => {
    const problems = problemsOf({
      "configs/project.yaml": (old) => `${old}\nacknowledgements:\n  removedEnvironments:\n    - key: staging\n`,
    });
    expect(problems.join("\n")).toMatch(
      /configs\/project\.yaml:\d+:\d+: error: missing required field "acknowledgements\.removedEnvironments\[0\]\.reason"/,
    );
  });
});
