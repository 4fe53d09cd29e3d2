import { problemsOf, replace, rulesOf } from "../../helpers/catalog-fixture";

describe("environment-exists", () => {
  it("GIVEN targeting only for declared environments THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("environment-exists");
  });

  it("GIVEN targeting for an environment project.yaml does not declare THEN the environment key is reported", () => {
    const problems = problemsOf({
      "configs/ai-configs/support-assistant.yaml": replace("  staging:\n    rules:", "  stagging:\n    rules:"),
    });
    expect(problems).toContain(
      'configs/ai-configs/support-assistant.yaml:44:3: error: unknown environment "stagging" (did you mean "staging"?); configs/project.yaml declares dev, staging, production',
    );
  });

  it("GIVEN segments for an unknown environment THEN it is reported in segments.yaml", () => {
    const problems = problemsOf({ "configs/segments.yaml": replace("  production:\n", "  prod:\n") });
    expect(problems).toContain(
      'configs/segments.yaml:30:3: error: unknown environment "prod"; configs/project.yaml declares dev, staging, production',
    );
  });
});

describe("environment-coverage", () => {
  it("GIVEN every team lists every environment THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("environment-coverage");
  });

  it("GIVEN a team without an access level for production THEN the team's access is reported", () => {
    const problems = problemsOf({
      "configs/access.yaml": replace(
        "access: { dev: read, staging: read, production: read }",
        "access: { dev: read, staging: read }",
      ),
    });
    expect(problems).toEqual([
      'configs/access.yaml:22:13: error: team "qa" has no access level for environment "production" (use none, read, full or a list of capabilities)',
    ]);
  });

  it("GIVEN an environment without observability settings THEN it is reported", () => {
    const problems = problemsOf({
      "configs/observability.yaml": replace(
        "  staging:\n    monthlyBudgetUsd: 500\n    notify:\n      - email: ai-platform@example.org\n",
        "",
      ),
    });
    expect(problems).toEqual([
      'configs/observability.yaml:9:3: error: environment "staging" has no observability settings (monthlyBudgetUsd is required)',
    ]);
  });
});
