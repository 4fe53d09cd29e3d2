import { LaunchDarklyProject } from "../../../constructs/launchdarkly/project";
import { bodiesOf, synthAlone } from "../../helpers/construct-synth";

const APPROVALS = { required: false, minApprovals: 1, canReviewOwnRequest: false, canApplyDeclinedChanges: false };

describe("LaunchDarklyProject alone", () => {
  const json = synthAlone((scope) => {
    new LaunchDarklyProject(scope, "project", {
      key: "shop",
      name: "Shop",
      tags: ["managed"],
      environments: [
        {
          key: "dev",
          name: "Development",
          color: "00FF00",
          critical: false,
          requireComments: false,
          confirmChanges: false,
          approvals: APPROVALS,
        },
        {
          key: "production",
          name: "Production",
          color: "FF0000",
          critical: true,
          requireComments: true,
          confirmChanges: true,
          approvals: { required: true, minApprovals: 2, canReviewOwnRequest: false, canApplyDeclinedChanges: false },
        },
      ],
    });
  });
  const [project] = bodiesOf(json, "launchdarkly_project");

  it("GIVEN two environments THEN the project holds both, keyed by environment key", () => {
    expect(project).toMatchObject({ key: "shop", name: "Shop", tags: ["managed"] });
    expect(Object.keys(project!.environments)).toEqual(["dev", "production"]);
  });

  it("THEN each environment carries its UI settings, approval settings and the project's tags", () => {
    expect(project!.environments.production).toEqual({
      key: "production",
      name: "Production",
      color: "FF0000",
      critical: true,
      require_comments: true,
      confirm_changes: true,
      tags: ["managed"],
      approval_settings: {
        required: true,
        min_num_approvals: 2,
        can_review_own_request: false,
        can_apply_declined_changes: false,
      },
    });
    expect(project!.environments.dev.approval_settings.required).toBe(false);
  });
});
