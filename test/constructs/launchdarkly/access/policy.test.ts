import { CAPABILITY_TABLE, isWriteAction } from "../../../../src/access/capabilities";
import { deployerPolicy, rolePolicy } from "../../../../constructs/launchdarkly/access/policy";
import { catalogAt } from "../../../helpers/synth";
import { EXAMPLE_ROOT } from "../../../helpers/catalog-fixture";

const catalog = catalogAt(EXAMPLE_ROOT);
const team = (key: string) => catalog.teams.find((t) => t.key === key)!;
const writesIn = (statements: ReturnType<typeof rolePolicy>["statements"], env: string) =>
  statements
    .filter((s) => s.resources.some((r) => r.includes(`:env/${env}:`)))
    .flatMap((s) => s.actions.filter(isWriteAction));

describe("access policies from the matrix", () => {
  it("GIVEN product managers with editPrompts in dev and staging and read in production THEN their role allows no write action in production", () => {
    const policy = rolePolicy("support-ai", team("product-managers").access);
    expect(writesIn(policy.statements, "production")).toEqual([]);
    expect(writesIn(policy.statements, "dev")).toEqual([]);
    expect(policy.statements).toEqual([
      {
        effect: "allow",
        resources: ["proj/support-ai:aiconfig/*"],
        actions: ["createApprovalRequest", "deleteApprovalRequest", "updateAIConfigVariation", "updateApprovalRequest"],
      },
    ]);
    expect(policy.basePermissions).toBe("reader");
  });

  it("GIVEN any team THEN approval actions are granted only on proj/P:aiconfig/*, the resource LaunchDarkly's role-actions page names", () => {
    const approvalResources = catalog.teams.flatMap((t) =>
      rolePolicy("support-ai", t.access)
        .statements.filter((s) => s.actions.some((a) => a.endsWith("ApprovalRequest")))
        .flatMap((s) => s.resources),
    );
    expect(approvalResources.length).toBeGreaterThan(0);
    expect(new Set(approvalResources)).toEqual(new Set(["proj/support-ai:aiconfig/*"]));
  });

  it("GIVEN developers with full in dev and staging but read in production THEN their role cannot review approvals, which LaunchDarkly grants only project-wide", () => {
    const actions = rolePolicy("support-ai", team("developers").access).statements.flatMap((s) => s.actions);
    expect(actions).toContain("updateAIConfigTargeting");
    expect(actions).not.toContain("reviewApprovalRequest");
  });

  it("GIVEN the AI/ML team with full in every environment THEN their role reviews approvals for the whole project", () => {
    const review = rolePolicy("support-ai", team("ai-ml").access).statements.filter((s) =>
      s.actions.includes("reviewApprovalRequest"),
    );
    expect(review.map((s) => s.resources)).toEqual([["proj/support-ai:aiconfig/*"]]);
  });

  it("GIVEN read everywhere THEN the role is the reader base permission and nothing else", () => {
    expect(rolePolicy("support-ai", team("qa").access)).toEqual({ basePermissions: "reader", statements: [] });
  });

  it("GIVEN none everywhere THEN the base permission is no_access, set explicitly", () => {
    expect(rolePolicy("p", { dev: "none", production: "none" })).toEqual({
      basePermissions: "no_access",
      statements: [],
    });
  });

  it("GIVEN any team THEN every statement is an allow (a deny in one role cannot beat an allow in another)", () => {
    for (const t of catalog.teams) {
      for (const statement of rolePolicy("support-ai", t.access).statements) expect(statement.effect).toBe("allow");
    }
  });

  it("GIVEN the capability table THEN only changeModel grants model-config actions", () => {
    const grantingModelConfigs = Object.entries(CAPABILITY_TABLE)
      .filter(([, c]) => c.grants.some((g) => g.resource("P", "E").includes(":ai-model-config/")))
      .map(([name]) => name);
    expect(grantingModelConfigs).toEqual(["changeModel"]);
    const withoutChangeModel = rolePolicy("p", {
      dev: [
        "editPrompts",
        "manageTargeting",
        "manageSegments",
        "runExperiments",
        "reviewApprovals",
        "viewMetrics",
        "manageAlerts",
      ],
    });
    expect(
      withoutChangeModel.statements.flatMap((s) => s.resources).filter((r) => r.includes("ai-model-config")),
    ).toEqual([]);
  });

  it("GIVEN SRE with read in dev and full in staging THEN targeting is writable in staging only", () => {
    const policy = rolePolicy("support-ai", team("sre").access);
    const targeting = (env: string) =>
      policy.statements.find((s) => s.resources[0] === `proj/support-ai:env/${env}:aiconfig/*`)?.actions ?? [];
    expect(targeting("staging")).toContain("updateAIConfigTargeting");
    expect(targeting("dev")).toEqual([]);
  });

  it("GIVEN the pipeline THEN its role reaches everything in its project", () => {
    expect(deployerPolicy("support-ai").statements[0]!.resources).toContain("proj/support-ai:env/*:aiconfig/*");
  });
});
