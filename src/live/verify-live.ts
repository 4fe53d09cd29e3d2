import { randomBytes } from "node:crypto";
import { AI_CONFIG_RESOURCE_KIND } from "../targeting/reconcile";
import { ApiError, Deadline, type ClientOptions } from "../targeting/rest-client";
import type { Instruction } from "../targeting/semantic-patch";
import {
  APPROVAL_RESOURCE_KIND_CANDIDATES,
  ASSUMPTIONS,
  roleAssumption,
  TEAM_ASSUMPTION,
  type Assumption,
} from "./assumptions";
import { NotScratchError, SCRATCH_MARKER_TAG, ScratchClient } from "./scratch-client";

export type Verdict = "confirmed" | "contradicted" | "skipped";

export interface Finding extends Assumption {
  result: Verdict;
  /** What LaunchDarkly answered, or why the assumption was not checked. */
  answer: string;
}

/** A capability's grants, as the capability table holds them (`P` project, `E` environment). */
export interface CapabilityGrants {
  capability: string;
  grants: ReadonlyArray<{ resource: (project: string, environment: string) => string; actions: readonly string[] }>;
}

export interface VerifyLiveOptions {
  apiHost: string;
  /** Never printed. */
  token: string;
  /** Bounds the checks; the clean-up has a deadline of its own. */
  deadlineMs: number;
  /** The scratch project's key is this, a dash and a random suffix. */
  prefix: string;
  /** Fixed only by tests; random otherwise. */
  suffix?: string;
  capabilities: readonly CapabilityGrants[];
  /** Aborted on Ctrl-C: no further step starts, and the clean-up runs. */
  signal?: AbortSignal;
  /** A line of progress (stderr). */
  progress?: (line: string) => void;
}

export interface VerifyLiveReport {
  host: string;
  project: string;
  findings: Finding[];
  /** What verify-live created and deleted again, and what it could not delete (to delete by hand). */
  cleanup: { deleted: string[]; left: string[] };
  interrupted: boolean;
  /** A step that failed (not an assumption contradicted): the rows after it are skipped. */
  failure?: string;
}

/** The scratch project's key: the adopter's prefix, then a random suffix. LaunchDarkly keys: letters, digits, . _ - */
export const SCRATCH_PREFIX = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

const ENVIRONMENT = "verify";
const CONFIG = "verify-live-config";
const VARIATIONS = ["first", "second"] as const;
const METRIC = "verify-live-metric";
const EXPERIMENT = "verify-live-experiment";
const CLEANUP_DEADLINE_MS = 120_000;

class Interrupted extends Error {}
class Refused extends Error {}

/** An answer with no published model (roles, teams, experiments): read field by field, each checked where used. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answered = any;

const isObject = (v: unknown): v is Record<string, Answered> =>
  v !== null && typeof v === "object" && !Array.isArray(v);
/** The part of an ApiError that is LaunchDarkly's answer (status and message), without method, path and host. */
const answerOf = (error: unknown) => {
  const message = (error as Error).message;
  const at = message.indexOf(" failed: ");
  return at === -1 ? message : message.slice(at + " failed: ".length);
};

/**
 * Settles, on a real LaunchDarkly account, what the product assumes and no public source confirms: in a scratch
 * project it creates (tagged SCRATCH_MARKER_TAG) and deletes again, whatever happens, interruption included.
 */
export async function verifyLive(options: VerifyLiveOptions): Promise<VerifyLiveReport> {
  if (!SCRATCH_PREFIX.test(options.prefix)) throw new TypeError(`invalid project prefix ${options.prefix}`);
  const project = `${options.prefix}-${options.suffix ?? randomBytes(3).toString("hex")}`;
  const clientOptions = (deadlineMs: number): ClientOptions => ({
    apiHost: options.apiHost,
    token: options.token,
    deadline: new Deadline(deadlineMs),
  });
  const client = new ScratchClient(clientOptions(options.deadlineMs), project);
  const progress = options.progress ?? (() => undefined);
  const withGrants = options.capabilities.filter((c) => c.grants.length > 0);
  const roleKey = (capability: string) => `${project}-${capability.toLowerCase()}`;
  const teamKey = `${project}-team`;

  const findings = new Map<string, Finding>();
  for (const a of [
    ...ASSUMPTIONS,
    ...withGrants.map((c) => roleAssumption(c.capability, actionsOf(c))),
    TEAM_ASSUMPTION,
  ])
    findings.set(a.id, { ...a, result: "skipped", answer: "" });
  const settle = (id: string, result: Verdict, answer: string) => Object.assign(findings.get(id)!, { result, answer });

  /** What to delete afterwards, newest first. */
  const created: Array<{ what: string; remove: (c: ScratchClient) => Promise<boolean> }> = [];
  const step = (what: string) => {
    if (options.signal?.aborted) throw new Interrupted(`interrupted before ${what}`);
    progress(`verify-live: ${what}`);
  };

  let failure: string | undefined;
  let interrupted = false;
  let cleanup: VerifyLiveReport["cleanup"] | undefined;
  try {
    step(`creating scratch project ${project}`);
    // Registered first: an answer lost on the way may hide a project that was created (it is deleted only if marked).
    created.unshift({ what: `project ${project}`, remove: (c) => deleteScratchProject(c, project, options.prefix) });
    const made = await client.request({
      method: "POST",
      path: "/api/v2/projects",
      body: {
        key: project,
        name: "aic verify-live scratch project (deleted when it finishes)",
        tags: [SCRATCH_MARKER_TAG],
        environments: [{ key: ENVIRONMENT, name: "verify-live", color: "417505" }],
      },
      accept: [409],
    });
    if (made.status === 409) {
      created.shift();
      throw new Refused(
        `a project ${project} already exists: verify-live works only in a project it creates, and leaves that one alone`,
      );
    }

    step("creating an AI Config with two variations");
    await client.request({
      method: "POST",
      path: `/api/v2/projects/${project}/ai-configs`,
      body: { key: CONFIG, name: "verify-live", mode: "completion", tags: [SCRATCH_MARKER_TAG] },
    });
    for (const key of VARIATIONS)
      await client.request({
        method: "POST",
        path: `/api/v2/projects/${project}/ai-configs/${CONFIG}/variations`,
        body: { key, name: key, messages: [{ role: "system", content: `verify-live ${key}` }] },
      });

    step("reading the AI Config's targeting");
    const ids = await variationIds(client, project, settle);

    step("patching the AI Config's targeting");
    await checkTargetingPatch(client, project, ids, settle);

    step("creating an experiment on the AI Config");
    await checkExperiment(client, project, ids, settle, () => step("starting and stopping its iteration"));

    step("setting approval settings with each candidate resourceKind");
    await checkApprovalSettings(client, project, settle);

    let firstRole: string | undefined;
    for (const capability of withGrants) {
      step(`creating a custom role from ${capability.capability}`);
      const key = roleKey(capability.capability);
      created.unshift({ what: `custom role ${key}`, remove: (c) => deleteIfThere(c, `/api/v2/roles/${key}`) });
      if (await checkRole(client, project, key, capability, settle)) firstRole ??= key;
    }

    step("creating a team with a custom role");
    if (!firstRole) settle(TEAM_ASSUMPTION.id, "skipped", "no custom role was created to give it");
    else {
      created.unshift({ what: `team ${teamKey}`, remove: (c) => deleteIfThere(c, `/api/v2/teams/${teamKey}`) });
      await client.request({
        method: "POST",
        path: "/api/v2/teams",
        body: { key: teamKey, name: "aic verify-live scratch team", customRoleKeys: [firstRole] },
      });
      const { body } = await client.request({ method: "GET", path: `/api/v2/teams/${teamKey}?expand=roles` });
      const roles: string[] =
        isObject(body) && Array.isArray(body.roles?.items) ? body.roles.items.map((r: Answered) => r?.key) : [];
      if (roles.includes(firstRole)) settle(TEAM_ASSUMPTION.id, "confirmed", `the team holds ${firstRole}`);
      else
        settle(
          TEAM_ASSUMPTION.id,
          "contradicted",
          `the team read back holds ${roles.length ? roles.join(", ") : "no role"}`,
        );
    }
  } catch (error) {
    if (error instanceof Interrupted) interrupted = true;
    else if (error instanceof ApiError || error instanceof Refused || error instanceof NotScratchError)
      failure = error.message;
    else throw error;
  } finally {
    // A fresh deadline: the checks' may have passed, and the clean-up must still run.
    const cleanupClient = new ScratchClient(clientOptions(CLEANUP_DEADLINE_MS), project);
    cleanup = await cleanUp(cleanupClient, created, progress);
  }
  for (const finding of findings.values()) {
    if (finding.answer) continue;
    finding.answer = interrupted
      ? "not checked: interrupted (Ctrl-C)"
      : failure
        ? `not checked: an earlier step failed`
        : "not checked";
  }
  return { host: client.host, project, findings: [...findings.values()], cleanup: cleanup!, interrupted, failure };
}

const actionsOf = (c: CapabilityGrants) => [...new Set(c.grants.flatMap((g) => g.actions))];

type Settle = (id: string, result: Verdict, answer: string) => void;

/** The variation IDs by key, from the product's own read; by name when that read fails on missing keys. */
async function variationIds(client: ScratchClient, project: string, settle: Settle): Promise<Record<string, string>> {
  try {
    const live = await client.getTargeting(project, CONFIG);
    const missing = VARIATIONS.filter((k) => !live.variations.some((v) => v.key === k));
    if (missing.length === 0) settle("targeting-variation-keys", "confirmed", "every variation carries its key");
    else
      settle(
        "targeting-variation-keys",
        "contradicted",
        `variations ${missing.join(", ")} are listed without their key`,
      );
    return Object.fromEntries(live.variations.map((v) => [v.key, v._id]));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status < 200 || error.status >= 300) throw error;
    settle("targeting-variation-keys", "contradicted", answerOf(error));
    const { body } = await client.request({
      method: "GET",
      path: `/api/v2/projects/${project}/ai-configs/${CONFIG}/targeting`,
    });
    const variations: Answered[] = isObject(body) && Array.isArray(body.variations) ? body.variations : [];
    return Object.fromEntries(variations.map((v) => [v.key ?? v.name, v._id]));
  }
}

async function checkTargetingPatch(
  client: ScratchClient,
  project: string,
  ids: Record<string, string>,
  settle: Settle,
) {
  const instructions: Instruction[] = [
    { kind: "updateFallthroughVariationOrRollout", variationId: ids.second },
    {
      kind: "replaceRules",
      rules: [
        {
          description: "verify-live",
          clauses: [{ contextKind: "user", attribute: "plan", op: "in", values: ["verify"], negate: false }],
          variationId: ids.first,
        },
      ],
    },
  ];
  try {
    await client.request({
      method: "PATCH",
      path: `/api/v2/projects/${project}/ai-configs/${CONFIG}/targeting`,
      body: { environmentKey: ENVIRONMENT, instructions, comment: "aic verify-live" },
      contentType: "application/json; domain-model=launchdarkly.semanticpatch",
    });
  } catch (error) {
    if (!(error instanceof ApiError) || error.outcome === "unknown") throw error;
    settle("targeting-patch", "contradicted", answerOf(error));
    return;
  }
  const { body } = await client.request({
    method: "GET",
    path: `/api/v2/projects/${project}/ai-configs/${CONFIG}/targeting`,
  });
  const variations: Answered[] = isObject(body) && Array.isArray(body.variations) ? body.variations : [];
  const index = (id: string | undefined) => variations.findIndex((v) => v?._id === id);
  const env = isObject(body) && isObject(body.environments) ? body.environments[ENVIRONMENT] : undefined;
  const fallthrough = env?.fallthrough?.variation;
  const rule = Array.isArray(env?.rules) ? env.rules[0] : undefined;
  if (fallthrough === index(ids.second) && rule?.variation === index(ids.first) && env.rules.length === 1)
    settle("targeting-patch", "confirmed", "fallthrough and rule read back as sent");
  else
    settle(
      "targeting-patch",
      "contradicted",
      `read back: fallthrough ${JSON.stringify(env?.fallthrough ?? null)}, ${Array.isArray(env?.rules) ? env.rules.length : 0} rule(s)`,
    );
}

async function checkExperiment(
  client: ScratchClient,
  project: string,
  ids: Record<string, string>,
  settle: Settle,
  nextStep: () => void,
) {
  await client.request({
    method: "POST",
    path: `/api/v2/metrics/${project}`,
    body: { key: METRIC, name: "verify-live", kind: "custom", eventKey: "verify-live-event", isNumeric: false },
  });
  const { body: targeting } = await client.request({
    method: "GET",
    path: `/api/v2/projects/${project}/ai-configs/${CONFIG}/targeting`,
  });
  const version = isObject(targeting) ? targeting.environments?.[ENVIRONMENT]?._version : undefined;
  const treatment = (key: "first" | "second", baseline: boolean) => ({
    name: key,
    baseline,
    allocationPercent: "50",
    parameters: [{ flagKey: CONFIG, variationId: ids[key]! }],
  });
  try {
    await client.createExperiment(project, ENVIRONMENT, {
      key: EXPERIMENT,
      name: "verify-live",
      methodology: "bayesian",
      iteration: {
        hypothesis: "verify-live: an experiment runs on an AI Config",
        canReshuffleTraffic: true,
        randomizationUnit: "user",
        primarySingleMetricKey: METRIC,
        metrics: [{ key: METRIC, isGroup: false }],
        treatments: [treatment("first", true), treatment("second", false)],
        flags: { [CONFIG]: { ruleId: "fallthrough", flagConfigVersion: Number.isInteger(version) ? version : 1 } },
      },
    });
  } catch (error) {
    if (!(error instanceof ApiError) || error.outcome === "unknown") throw error;
    settle("experiment-flag-key", "contradicted", answerOf(error));
    settle("experiment-iteration", "skipped", "no experiment to start: it could not be created");
    return;
  }
  const created = await client.getExperiment(project, ENVIRONMENT, EXPERIMENT);
  const flags = Object.keys(created?.currentIteration?.flags ?? created?.draftIteration?.flags ?? {});
  if (flags.includes(CONFIG)) settle("experiment-flag-key", "confirmed", "created; its iteration names the AI Config");
  else
    settle("experiment-flag-key", "contradicted", `created, but its iteration names ${flags.join(", ") || "no flag"}`);

  nextStep();
  const statusAfter = async (kind: "startIteration" | "stopIteration") => {
    await client.patchExperiment(project, ENVIRONMENT, EXPERIMENT, [{ kind }], "aic verify-live");
    return (await client.getExperiment(project, ENVIRONMENT, EXPERIMENT))?.currentIteration?.status;
  };
  try {
    const started = await statusAfter("startIteration");
    if (started !== "running") {
      settle("experiment-iteration", "contradicted", `after startIteration the iteration is ${started ?? "absent"}`);
      return;
    }
    const stopped = await statusAfter("stopIteration");
    if (stopped === "stopped") settle("experiment-iteration", "confirmed", "started (running), then stopped");
    else settle("experiment-iteration", "contradicted", `after stopIteration the iteration is ${stopped ?? "absent"}`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.outcome === "unknown") throw error;
    settle("experiment-iteration", "contradicted", answerOf(error));
  }
}

async function checkApprovalSettings(client: ScratchClient, project: string, settle: Settle) {
  // Each candidate gets its own minNumApprovals, so the read-back tells which kinds took which write.
  const refused: string[] = [];
  for (const [i, resourceKind] of APPROVAL_RESOURCE_KIND_CANDIDATES.entries()) {
    try {
      await client.patchApprovalSettings(project, {
        environmentKey: ENVIRONMENT,
        resourceKind,
        required: true,
        minNumApprovals: i + 1,
        canReviewOwnRequest: false,
        canApplyDeclinedChanges: false,
      });
    } catch (error) {
      if (!(error instanceof ApiError) || error.outcome === "unknown") throw error;
      refused.push(`${resourceKind} (${answerOf(error)})`);
    }
  }
  const settings = await client.getApprovalSettings(project);
  const readBack = APPROVAL_RESOURCE_KIND_CANDIDATES.filter(
    (kind, i) => settings[kind]?.environments?.[ENVIRONMENT]?.minNumApprovals === i + 1,
  );
  const answer = [`read back: ${readBack.join(", ") || "none"}`, refused.length ? `refused: ${refused.join("; ")}` : ""]
    .filter(Boolean)
    .join("; ");
  settle("approval-resource-kind", readBack.includes(AI_CONFIG_RESOURCE_KIND) ? "confirmed" : "contradicted", answer);

  const kinds = Object.entries(settings);
  const withDefault = kinds.filter(([, s]) => isObject(s?._default)).map(([k]) => k);
  if (withDefault.length > 0)
    settle("approval-settings-default", "confirmed", `_default for ${withDefault.join(", ")}`);
  else {
    const fields = [...new Set(kinds.flatMap(([, s]) => (isObject(s) ? Object.keys(s) : [])))];
    settle(
      "approval-settings-default",
      "contradicted",
      `no _default; the kinds carry ${fields.join(", ") || "nothing"}`,
    );
  }
}

/** Creates a role from the capability's grants and reads it back; false when LaunchDarkly refused to create it. */
async function checkRole(
  client: ScratchClient,
  project: string,
  key: string,
  capability: CapabilityGrants,
  settle: Settle,
): Promise<boolean> {
  const id = `role-actions:${capability.capability}`;
  const sent = capability.grants.map((g) => ({ resource: g.resource(project, ENVIRONMENT), actions: [...g.actions] }));
  try {
    await client.request({
      method: "POST",
      path: "/api/v2/roles",
      body: {
        key,
        name: `aic verify-live ${capability.capability}`,
        basePermissions: "no_access",
        policy: sent.map((s) => ({ effect: "allow", resources: [s.resource], actions: s.actions })),
      },
    });
  } catch (error) {
    if (!(error instanceof ApiError) || error.outcome === "unknown") throw error;
    settle(id, "contradicted", `refused: ${answerOf(error)}`);
    return false;
  }
  const { body } = await client.request({ method: "GET", path: `/api/v2/roles/${key}` });
  const statements: Answered[] = isObject(body) && Array.isArray(body.policy) ? body.policy : [];
  const dropped = sent.flatMap((s) => {
    const kept = new Set(
      statements
        .filter((st) => Array.isArray(st?.resources) && st.resources.includes(s.resource))
        .flatMap((st) => st.actions ?? []),
    );
    return s.actions
      .filter((a) => !kept.has(a))
      .map((a) => `${a} on ${s.resource.replace(project, "P").replace(`env/${ENVIRONMENT}`, "env/E")}`);
  });
  if (dropped.length === 0) settle(id, "confirmed", "every action kept");
  else settle(id, "contradicted", `dropped ${dropped.join(", ")}`);
  return true;
}

/** False when there was nothing to delete (a create that never took effect). */
async function deleteIfThere(client: ScratchClient, path: string): Promise<boolean> {
  return (await client.request({ method: "DELETE", path, accept: [404] })).status !== 404;
}

/** Deletes the project only after reading that it is the scratch project: the prefix, and the marker tag. */
async function deleteScratchProject(client: ScratchClient, project: string, prefix: string): Promise<boolean> {
  const path = `/api/v2/projects/${project}`;
  const { body } = await client.request({ method: "GET", path, accept: [404] });
  if (body === undefined) return false;
  const tags: unknown = isObject(body) ? body.tags : undefined;
  if (!project.startsWith(`${prefix}-`) || !Array.isArray(tags) || !tags.includes(SCRATCH_MARKER_TAG))
    throw new NotScratchError(`project ${project} does not carry the ${SCRATCH_MARKER_TAG} tag, so it is not deleted`);
  return deleteIfThere(client, path);
}

async function cleanUp(
  client: ScratchClient,
  created: ReadonlyArray<{ what: string; remove: (c: ScratchClient) => Promise<boolean> }>,
  progress: (line: string) => void,
): Promise<VerifyLiveReport["cleanup"]> {
  const deleted: string[] = [];
  const left: string[] = [];
  for (const { what, remove } of created) {
    progress(`verify-live: deleting ${what}`);
    try {
      if (await remove(client)) deleted.push(what);
    } catch (error) {
      left.push(`${what} (${(error as Error).message})`);
    }
  }
  return { deleted, left };
}
