import { CAPABILITY_TABLE } from "../../src/access/capabilities";
import { exitCodeOf, renderReport } from "../../src/live/render";
import { NotScratchError, SCRATCH_MARKER_TAG, ScratchClient } from "../../src/live/scratch-client";
import { verifyLive, type VerifyLiveOptions } from "../../src/live/verify-live";
import { useLaunchDarklyStandIn } from "../helpers/use-launchdarkly-stand-in";

const capabilities = Object.entries(CAPABILITY_TABLE).map(([capability, c]) => ({ capability, grants: c.grants }));
const ALL_ROWS = [
  "targeting-variation-keys",
  "targeting-patch",
  "experiment-flag-key",
  "experiment-iteration",
  "approval-resource-kind",
  "approval-settings-default",
  "role-actions:editPrompts",
  "role-actions:changeModel",
  "role-actions:manageTargeting",
  "role-actions:manageSegments",
  "role-actions:runExperiments",
  "role-actions:reviewApprovals",
  "team-role",
];

describe("verify-live against the stand-in", () => {
  const ld = useLaunchDarklyStandIn();

  const run = (extra: Partial<VerifyLiveOptions> = {}) =>
    verifyLive({
      apiHost: ld.host,
      token: ld.standIn.token,
      deadlineMs: 30_000,
      prefix: "aic-verify",
      capabilities,
      ...extra,
    });
  const resultOf = (report: Awaited<ReturnType<typeof run>>) =>
    Object.fromEntries(report.findings.map((f) => [f.id, f.result]));
  const answerOf = (report: Awaited<ReturnType<typeof run>>, id: string) =>
    report.findings.find((f) => f.id === id)!.answer;
  /** Nothing verify-live made is left in the stand-in. */
  const leftBehind = () => ({
    projects: [...ld.standIn.account.projects.keys()],
    roles: [...ld.standIn.account.roles.keys()],
    teams: [...ld.standIn.account.teams.keys()],
  });

  it("GIVEN LaunchDarkly answering as the product assumes THEN every row is confirmed, exit 0, and nothing is left behind", async () => {
    const report = await run();
    expect(report.findings.map((f) => f.id)).toEqual(ALL_ROWS);
    expect(resultOf(report)).toEqual(Object.fromEntries(ALL_ROWS.map((id) => [id, "confirmed"])));
    expect(exitCodeOf(report)).toBe(0);
    expect(report.project).toMatch(/^aic-verify-[0-9a-f]{6}$/);
    expect(report.cleanup.deleted).toEqual([
      `team ${report.project}-team`,
      ...["reviewapprovals", "runexperiments", "managesegments", "managetargeting", "changemodel", "editprompts"].map(
        (c) => `custom role ${report.project}-${c}`,
      ),
      `project ${report.project}`,
    ]);
    expect(leftBehind()).toEqual({ projects: [], roles: [], teams: [] });
    expect(ld.standIn.drift).toEqual([]);
    expect(answerOf(report, "approval-resource-kind")).toBe(
      "read back: aiconfig, flag, segment; refused: aiConfig (400 Bad Request: invalid_request: unknown resourceKind aiConfig)",
    );
  });

  it("GIVEN LaunchDarkly contradicting each assumption THEN each row says what it answered, exit 1, and the clean-up still runs", async () => {
    ld.standIn.live.resourceKinds = new Set(["aiConfig", "flag", "segment"]);
    ld.standIn.live.dropRoleActions.add("updateAIConfigTargeting");
    ld.standIn.live.aiConfigAsFlagKey = false;
    ld.standIn.live.variationKeys = false;
    ld.standIn.live.fallbackAs = "default";
    const report = await run();
    expect(resultOf(report)).toEqual({
      ...Object.fromEntries(ALL_ROWS.map((id) => [id, "confirmed"])),
      "targeting-variation-keys": "contradicted",
      "experiment-flag-key": "contradicted",
      "experiment-iteration": "skipped",
      "approval-resource-kind": "contradicted",
      "approval-settings-default": "contradicted",
      "role-actions:manageTargeting": "contradicted",
    });
    expect(answerOf(report, "targeting-variation-keys")).toContain(
      "targeting whose variations are not a list of {_id, key}",
    );
    expect(answerOf(report, "experiment-flag-key")).toBe(
      "400 Bad Request: invalid_request: unknown flag verify-live-config: flags names feature flags",
    );
    expect(answerOf(report, "approval-resource-kind")).toBe(
      "read back: aiConfig, flag, segment; refused: aiconfig (400 Bad Request: invalid_request: unknown resourceKind aiconfig)",
    );
    expect(answerOf(report, "approval-settings-default")).toBe("no _default; the kinds carry environments, default");
    expect(answerOf(report, "role-actions:manageTargeting")).toBe(
      "dropped updateAIConfigTargeting on proj/P:env/E:aiconfig/*",
    );
    expect(exitCodeOf(report)).toBe(1);
    expect(leftBehind()).toEqual({ projects: [], roles: [], teams: [] });
    const table = renderReport(report).join("\n");
    expect(table).toContain(
      '| approval-resource-kind: AI Config approval settings take resourceKind "aiconfig", read back under that kind (candidates tried: aiconfig, aiConfig, flag, segment) | contradicted | read back: aiConfig, flag, segment; refused: aiconfig (400 Bad Request: invalid_request: unknown resourceKind aiconfig) | the constant AI_CONFIG_RESOURCE_KIND (src/targeting/reconcile.ts) |',
    );
    expect(table).toContain("7 confirmed, 5 contradicted, 1 skipped");
  });

  it("GIVEN a step that fails midway THEN the rows after it are skipped, exit 1, and what was made is deleted", async () => {
    ld.standIn.inject({ kind: "status", status: 403 }, { path: /^\/api\/v2\/metrics\//, method: "POST" });
    const report = await run();
    expect(report.failure).toMatch(
      /^POST \/api\/v2\/metrics\/aic-verify-[0-9a-f]{6} on 127\.0\.0\.1:\d+ failed: 403 Forbidden/,
    );
    expect(resultOf(report)).toMatchObject({
      "targeting-patch": "confirmed",
      "experiment-flag-key": "skipped",
      "team-role": "skipped",
    });
    expect(answerOf(report, "team-role")).toBe("not checked: an earlier step failed");
    expect(exitCodeOf(report)).toBe(1);
    expect(report.cleanup.deleted).toEqual([`project ${report.project}`]);
    expect(leftBehind()).toEqual({ projects: [], roles: [], teams: [] });
  });

  it("GIVEN a team created whose answer is lost THEN the clean-up still deletes it", async () => {
    ld.standIn.inject({ kind: "after", status: 502 }, { path: /^\/api\/v2\/teams$/, method: "POST" });
    const report = await run();
    expect(report.failure).toContain("POST /api/v2/teams");
    expect(report.cleanup.deleted[0]).toBe(`team ${report.project}-team`);
    expect(leftBehind()).toEqual({ projects: [], roles: [], teams: [] });
  });

  it("GIVEN an interruption (Ctrl-C) while roles are created THEN no further step starts, and the clean-up runs", async () => {
    const interrupt = new AbortController();
    ld.standIn.onRequest = (method, path) => {
      if (method === "POST" && path === "/api/v2/roles") interrupt.abort();
    };
    const report = await run({ signal: interrupt.signal });
    expect(report.interrupted).toBe(true);
    expect(resultOf(report)).toMatchObject({
      "role-actions:editPrompts": "confirmed",
      "role-actions:changeModel": "skipped",
    });
    expect(answerOf(report, "team-role")).toBe("not checked: interrupted (Ctrl-C)");
    expect(exitCodeOf(report)).toBe(1);
    expect(ld.standIn.requests.filter((r) => r.method === "POST" && r.path === "/api/v2/roles")).toHaveLength(1);
    expect(leftBehind()).toEqual({ projects: [], roles: [], teams: [] });
  });

  it("GIVEN a project with the scratch key that verify-live did not create THEN it refuses, and touches nothing", async () => {
    ld.standIn.account.projects.set("aic-verify-abc123", {
      key: "aic-verify-abc123",
      name: "someone's",
      tags: [],
      environments: ["production"],
    });
    const report = await run({ suffix: "abc123" });
    expect(report.failure).toBe(
      "a project aic-verify-abc123 already exists: verify-live works only in a project it creates, and leaves that one alone",
    );
    expect(exitCodeOf(report)).toBe(1);
    expect(ld.standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /api/v2/projects"]);
    expect(ld.standIn.account.projects.has("aic-verify-abc123")).toBe(true);
  });

  it("GIVEN the scratch project loses its marker tag THEN it is not deleted, and the report says to delete it by hand", async () => {
    ld.standIn.onRequest = (method, path) => {
      if (method === "POST" && path === "/api/v2/teams")
        for (const p of ld.standIn.account.projects.values()) p.tags = [];
    };
    const report = await run();
    expect(report.cleanup.left).toEqual([
      `project ${report.project} (project ${report.project} does not carry the ${SCRATCH_MARKER_TAG} tag, so it is not deleted)`,
    ]);
    expect(exitCodeOf(report)).toBe(1);
    expect(renderReport(report)).toContain(
      `LEFT IN LAUNCHDARKLY, delete by hand: project ${report.project} (project ${report.project} does not carry the ${SCRATCH_MARKER_TAG} tag, so it is not deleted)`,
    );
    expect(ld.standIn.requests.some((r) => r.method === "DELETE" && r.path.startsWith("/api/v2/projects/"))).toBe(
      false,
    );
  });

  it("GIVEN the scratch client THEN it refuses any other project, role or team before sending anything", async () => {
    const client = new ScratchClient({ apiHost: ld.host, token: ld.standIn.token }, "aic-verify-abc123");
    await expect(client.getTargeting("support-ai", "support-assistant")).rejects.toThrow(NotScratchError);
    await expect(client.request({ method: "DELETE", path: "/api/v2/projects/support-ai" })).rejects.toThrow(
      "verify-live refuses DELETE /api/v2/projects/support-ai: project support-ai is not its scratch project",
    );
    await expect(client.request({ method: "DELETE", path: "/api/v2/roles/ai-ml" })).rejects.toThrow(
      "ai-ml was not created by verify-live",
    );
    await expect(client.request({ method: "GET", path: "/api/v2/projects" })).rejects.toThrow("only creates");
    expect(ld.standIn.requests).toEqual([]);
  });
});
