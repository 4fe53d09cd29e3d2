import { byKey, launchDarklyStack } from "../../helpers/ld-stack";

describe("the launchdarkly stack of the example catalog: LaunchDarklyProject", () => {
  const project = Object.values(byKey(launchDarklyStack(), "launchdarkly_project"))[0]!;

  it("GIVEN the example catalog THEN one project holds every environment in the v3 map shape, keyed by environment key", () => {
    expect(project.key).toBe("support-ai");
    expect(Object.keys(project.environments).sort()).toEqual(["dev", "production", "staging"]);
    expect(project.tags).toEqual(["managed-by-terraform", "ai-configs"]);
  });

  it("THEN production is critical, asks for comments and confirmation, and needs two approvals with no self-review", () => {
    expect(project.environments.production).toEqual({
      key: "production",
      name: "Production",
      color: "DC2626",
      critical: true,
      require_comments: true,
      confirm_changes: true,
      tags: ["managed-by-terraform", "ai-configs"],
      approval_settings: {
        required: true,
        min_num_approvals: 2,
        can_review_own_request: false,
        can_apply_declined_changes: false,
      },
    });
  });

  it("THEN dev needs no approval", () => {
    expect(project.environments.dev.approval_settings.required).toBe(false);
    expect(project.environments.dev.critical).toBe(false);
  });
});
