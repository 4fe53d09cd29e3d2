import { byKey, launchDarklyStack } from "../../helpers/ld-stack";

describe("the launchdarkly stack of the example catalog: TeamRoles", () => {
  const stack = launchDarklyStack();
  const roles = byKey(stack, "launchdarkly_custom_role");
  const teams = byKey(stack, "launchdarkly_team");

  it("GIVEN six teams THEN six team roles and the pipeline's role exist, base permissions explicit", () => {
    expect(Object.keys(roles).sort()).toEqual([
      "ci-deployer",
      "support-ai-admins",
      "support-ai-ai-ml",
      "support-ai-developers",
      "support-ai-product-managers",
      "support-ai-qa",
      "support-ai-sre",
    ]);
    for (const role of Object.values(roles)) expect(["reader", "no_access"]).toContain(role.base_permissions);
  });

  it("THEN each team holds its own role by reference", () => {
    expect(teams["product-managers"]).toMatchObject({
      name: "Product managers",
      custom_role_keys: [`\${${roles["support-ai-product-managers"]!.address}.key}`],
    });
    expect(teams["product-managers"]!.member_ids).toBeUndefined();
  });

  it("THEN the product managers' role lists its statements resource by resource", () => {
    expect(roles["support-ai-product-managers"]!.policy_statements).toEqual([
      {
        effect: "allow",
        resources: ["proj/support-ai:aiconfig/*"],
        actions: ["createApprovalRequest", "deleteApprovalRequest", "updateAIConfigVariation", "updateApprovalRequest"],
      },
    ]);
  });
});
