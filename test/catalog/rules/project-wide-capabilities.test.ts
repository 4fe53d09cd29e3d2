import { problemsOf, replace } from "../../helpers/catalog-fixture";

describe("project-wide-capabilities", () => {
  it("GIVEN a team that asks for reviewApprovals in staging only THEN validate warns that its role leaves it out", () => {
    const problems = problemsOf({
      "configs/access.yaml": replace("staging: [editPrompts, viewMetrics]", "staging: [editPrompts, reviewApprovals]"),
    });
    expect(problems).toEqual([
      'configs/access.yaml:17:30: warning: team "product-managers" asks for reviewApprovals in staging but not in dev, production: LaunchDarkly grants approval review for the whole project only, so the team\'s role leaves it out; ask for it in every environment, or in none (docs/access.md)',
    ]);
  });

  it("GIVEN a team that asks for reviewApprovals in every environment THEN there is nothing to say", () => {
    const problems = problemsOf({
      "configs/access.yaml": replace(
        "      dev: [editPrompts, viewMetrics]\n      staging: [editPrompts, viewMetrics]\n      production: read",
        "      dev: [editPrompts, reviewApprovals]\n      staging: [reviewApprovals]\n      production: [reviewApprovals]",
      ),
    });
    expect(problems).toEqual([]);
  });
});
