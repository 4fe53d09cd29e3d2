import { DEPLOYER_ROLE_KEY, TeamRoles } from "../../../../constructs/launchdarkly/access/team-roles";
import { emptyStack, resourcesOf, synthAlone } from "../../../helpers/construct-synth";

describe("TeamRoles alone", () => {
  let maintainer = "";
  const json = synthAlone((scope) => {
    const roles = new TeamRoles(scope, "access", {
      projectKey: "shop",
      teams: [
        { key: "sre", name: "SRE", description: "Runs it", access: { dev: "full", production: ["manageTargeting"] } },
        { key: "auditors", name: "Auditors", access: { dev: "none", production: "none" } },
      ],
    });
    maintainer = roles.keyFor("sre");
  });
  const roles = Object.values(resourcesOf(json, "launchdarkly_custom_role"));
  const role = (key: string) => roles.find((r) => r.key === key)!;
  const teams = Object.values(resourcesOf(json, "launchdarkly_team"));

  it("GIVEN two teams THEN each has a custom role of its own, and the pipeline has its deployer role", () => {
    expect(roles.map((r) => r.key).sort()).toEqual([DEPLOYER_ROLE_KEY, "shop-auditors", "shop-sre"].sort());
    expect(role("shop-sre")).toMatchObject({ name: "SRE (shop)", base_permissions: "reader" });
  });

  it("THEN each team holds exactly its role, and its members are left to LaunchDarkly", () => {
    const sre = teams.find((t) => t.key === "sre")!;
    expect(sre).toMatchObject({ name: "SRE", description: "Runs it" });
    expect(sre.custom_role_keys).toEqual([
      expect.stringMatching(/^\$\{launchdarkly_custom_role\.access_role-shop-sre_/),
    ]);
    expect(sre.member_ids).toBeUndefined();
  });

  it("GIVEN targeting in production only THEN production's grant is limited to production's AI Configs", () => {
    const resources = role("shop-sre").policy_statements.flatMap((s: { resources: string[] }) => s.resources);
    expect(resources).toContain("proj/shop:env/production:aiconfig/*");
    expect(resources).not.toContain("proj/shop:env/production:segment/*");
    expect(resources).toContain("proj/shop:env/dev:segment/*");
  });

  it("GIVEN a team with no access anywhere THEN its role grants nothing, not even reading", () => {
    expect(role("shop-auditors")).toMatchObject({ base_permissions: "no_access", policy_statements: [] });
  });

  it("THEN keyFor refers to the team, and refuses a team that is not declared", () => {
    expect(maintainer).toMatch(/TfToken/);
    const access = new TeamRoles(emptyStack(), "access", { projectKey: "shop", teams: [] });
    expect(() => access.keyFor("ghosts")).toThrow("team ghosts is not declared");
  });
});
