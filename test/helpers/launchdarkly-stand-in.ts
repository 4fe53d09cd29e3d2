import { randomUUID } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { AccountStandIn } from "./stand-in/account";
import {
  checkAIConfigPost,
  checkTargeting,
  checkTargetingPatch,
  checkVariationPost,
  PublishedModelMismatch,
} from "./stand-in/published-models";

type Serve = {
  variation?: number;
  rollout?: { bucketBy?: string; contextKind?: string; variations: Array<{ variation: number; weight: number }> };
};
type Rule = Serve & { _id: string; description?: string; clauses: unknown[] };
type Environment = { _version: number; enabled: boolean; fallthrough: Serve; offVariation?: number; rules: Rule[] };
type Treatment = {
  _id: string;
  name: string;
  baseline: boolean;
  allocationPercent: string;
  parameters: Array<{ flagKey: string; variationId: string }>;
};
type Iteration = {
  _id: string;
  hypothesis: string;
  status: "not_started" | "running" | "stopped";
  createdAt: number;
  startedAt?: number;
  endedAt?: number;
  randomizationUnit: string;
  primarySingleMetric: { key: string };
  metrics: Array<{ key: string }>;
  treatments: Treatment[];
  flags: Record<string, { targetingRule: string; targetingRuleDescription?: string; flagConfigVersion: number }>;
  winningTreatmentId?: string;
  winningReason?: string;
};
type Experiment = {
  key: string;
  name: string;
  description?: string;
  methodology: string;
  environmentKey: string;
  iterations: Iteration[];
};
type Config = {
  key: string;
  name: string;
  createdAt: number;
  /** Set for a config created over the API (verify-live's), which goes when its project is deleted. */
  project?: string;
  variations: Array<{ _id: string; key: string; name: string }>;
  environments: Record<string, Environment>;
};

/**
 * How the stand-in answers what no public source settles (docs/decisions/0010-assumptions-verify-live.md), so that
 * a test can have each assumption confirmed or contradicted.
 */
export interface LiveBehaviour {
  /** resourceKinds the approval-settings PATCH accepts; any other is refused with 400. */
  resourceKinds: Set<string>;
  /** Custom-role actions LaunchDarkly does not know: a role is kept without them. */
  dropRoleActions: Set<string>;
  /** Whether an experiment's treatments and flags may name an AI Config's key as flagKey. */
  aiConfigAsFlagKey: boolean;
  /** Whether AI Config targeting lists each variation's key (the published model has only _id, name, value). */
  variationKeys: boolean;
  /** The field the approval-settings GET names each kind's fallback with (LaunchDarkly's description: `_default`). */
  fallbackAs: "_default" | "default";
}

/** LaunchDarkly's fallback for a kind nobody configured project-wide: no approvals required. */
const NO_APPROVALS = { required: false, minNumApprovals: 1, canReviewOwnRequest: false, canApplyDeclinedChanges: true };

/** What can go wrong between the client and LaunchDarkly, for `inject`. */
export type Fault =
  /** Answer this instead of handling the request (e.g. 429 with Retry-After, 503, 401 echoing a token). */
  | { kind: "status"; status: number; headers?: Record<string, string>; body?: string }
  /** Handle the request, so its change takes effect, then answer this instead (a 502 from a proxy, say). */
  | { kind: "after"; status: number; headers?: Record<string, string>; body?: string }
  /** Handle the request, then answer its status with this body (an HTML page, "", "null"). */
  | { kind: "body"; body: string; contentType?: string }
  /** Close the connection without an answer. */
  | { kind: "reset" }
  /** Never answer. */
  | { kind: "stall" }
  /** Handle the request, send the headers and half the body, then close the connection. */
  | { kind: "reset-body" }
  /** Handle the request, send the headers and half the body, then nothing more. */
  | { kind: "stall-body" };

/** What of a catalog the stand-in needs to hold its AI Configs: their keys and their variations' keys. */
export type HeldCatalog = {
  readonly aiConfigs: ReadonlyArray<{
    readonly key: string;
    readonly variations: ReadonlyArray<{ readonly key: string }>;
  }>;
};

/**
 * A local stand-in for LaunchDarkly's AI Config targeting endpoints, written from the published API
 * description: GET and semantic-patch PATCH of /api/v2/projects/{project}/ai-configs/{config}/targeting.
 * It keeps targeting per config and environment, applies the instructions the reconciler sends, rejects
 * malformed ones with LaunchDarkly's error shape, and can be told to fail as networks and proxies do (`inject`:
 * error statuses with their headers, changes that took effect behind an error, broken or stalled connections
 * and bodies, bodies that are not LaunchDarkly's). It also keeps
 * experiments (create, create iteration, get, start and stop iterations), refusing what LaunchDarkly refuses:
 * a stale flagConfigVersion, starting on a config that is off, a second running experiment on one rule, and
 * changing a fallthrough a running experiment splits.
 */
export class LaunchDarklyStandIn {
  readonly requests: Array<{ method: string; path: string; body?: any; apiVersion?: string }> = [];
  private readonly configs = new Map<string, Config>();
  /** "<environment>/<experiment key>" -> the experiment and every iteration it had. */
  readonly experiments = new Map<string, Experiment>();
  /**
   * resourceKind -> the project's fallback (`_default`) and per-environment settings, as the beta approval-settings
   * API keeps them (model ApprovalRequestSettingWithEnvs).
   */
  readonly approvalSettings: Record<
    string,
    { _default?: Record<string, unknown>; environments: Record<string, Record<string, unknown>> }
  > = {};
  /** Projects, metrics, custom roles and teams (verify-live's scratch objects). */
  readonly account = new AccountStandIn(
    (project) => {
      for (const [key, config] of this.configs) if (config.project === project) this.configs.delete(key);
    },
    () => this.live.dropRoleActions,
  );
  readonly live: LiveBehaviour = {
    resourceKinds: new Set(["aiconfig", "flag", "segment"]),
    dropRoleActions: new Set(),
    aiConfigAsFlagKey: true,
    variationKeys: true,
    fallbackAs: "_default",
  };
  /** Called with every request as it arrives, before it is answered (to interrupt a run midway, say). */
  onRequest?: (method: string, path: string) => void;
  /** Answers of the stand-in that LaunchDarkly's published models reject: a test expects none. */
  readonly drift: string[] = [];
  private readonly faults: Array<{ fault: Fault; path?: RegExp; method?: string; times: number; skip: number }> = [];
  private server?: http.Server;
  readonly token = "api-test-token";
  /** More routes, tried before the targeting and experiment ones (see launchdarkly-resources.ts): an answer, or undefined. */
  readonly extraRoutes: Array<
    (method: string, path: string, body: any) => { status: number; body: unknown } | undefined
  > = [];

  /** A stand-in holding every AI Config of `catalog`, as the launchdarkly stack creates them, started; and its URL. */
  static async of(catalog: HeldCatalog): Promise<{ standIn: LaunchDarklyStandIn; host: string }> {
    const standIn = new LaunchDarklyStandIn();
    standIn.addConfigsOf(catalog);
    return { standIn, host: await standIn.start() };
  }

  /** Every AI Config of `catalog`, as the launchdarkly stack creates them (see addConfig). */
  addConfigsOf(catalog: HeldCatalog): void {
    for (const config of catalog.aiConfigs)
      this.addConfig(
        config.key,
        config.variations.map((v) => v.key),
      );
  }

  /** An AI Config as the launchdarkly stack creates it: its variations, untargeted everywhere. */
  addConfig(key: string, variations: string[], project?: string): void {
    this.configs.set(key, {
      key,
      name: key,
      createdAt: Date.now(),
      project,
      variations: [
        { _id: randomUUID(), key: "", name: "disabled" },
        ...variations.map((v) => ({ _id: randomUUID(), key: v, name: v })),
      ],
      environments: {},
    });
  }

  /** A variation made after the config (in the UI, say), at the end of its list. */
  addVariation(config: string, key: string): void {
    this.configs.get(config)!.variations.push({ _id: randomUUID(), key, name: key });
  }

  /** Variations are immutable versions in LaunchDarkly: an update gives them new IDs. */
  renewVariationIds(config: string): void {
    for (const variation of this.configs.get(config)!.variations) variation._id = randomUUID();
  }

  environment(config: string, env: string): Environment | undefined {
    return this.configs.get(config)?.environments[env];
  }

  /** Answers the next matching request with `status` (and LaunchDarkly's error shape), without handling it. */
  failNext(status: number, headers?: Record<string, string>, path?: RegExp): void {
    this.inject({ kind: "status", status, headers }, { path });
  }

  /** The next `times` requests matching `path` and `method`, after the first `skip` of them, meet `fault` (see Fault). */
  inject(fault: Fault, match: { path?: RegExp; method?: string; times?: number; skip?: number } = {}): void {
    this.faults.push({ fault, path: match.path, method: match.method, times: match.times ?? 1, skip: match.skip ?? 0 });
  }

  /**
   * The injected faults no request has met yet, described, and forgets them: a test whose fault no request meets
   * did not exercise what it injected, and in a shared stand-in the fault would meet the next test's request.
   */
  takeUnmetFaults(): string[] {
    const unmet = this.faults.map(
      (f) =>
        `${f.fault.kind} fault for ${f.method ?? "any method"} ${f.path ?? "any path"} (${f.times} left${f.skip > 0 ? `, ${f.skip} to skip` : ""})`,
    );
    this.faults.length = 0;
    return unmet;
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    // Stalled answers keep their connections open; close them, or the server never stops.
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const i = this.faults.findIndex((f) => (!f.path || f.path.test(path)) && (!f.method || f.method === method));
    if (i === -1) return undefined;
    const injected = this.faults[i]!;
    if (injected.skip > 0) {
      injected.skip--;
      return undefined;
    }
    if (--injected.times === 0) this.faults.splice(i, 1);
    return injected.fault;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const path = req.url ?? "";
      const method = req.method ?? "";
      let body: any;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      const apiVersion = req.headers["ld-api-version"] as string | undefined;
      this.requests.push({ method, path, body, apiVersion });
      this.onRequest?.(method, path);
      const fault = this.takeFault(method, path);
      if (fault?.kind === "reset") return req.socket.destroy();
      if (fault?.kind === "stall") return;
      if (fault?.kind === "status") {
        const answer =
          fault.body ??
          JSON.stringify({
            code:
              fault.status === 429 ? "rate_limited" : fault.status >= 500 ? "internal_server_error" : "invalid_request",
            message: "injected",
          });
        return this.write(res, { status: fault.status, text: answer, headers: fault.headers });
      }
      let result: { status: number; body: unknown; headers?: Record<string, string> };
      try {
        result = this.route(req, method, path, body, apiVersion);
      } catch (error) {
        if (!(error instanceof PublishedModelMismatch)) throw error;
        this.drift.push(`${method} ${path}: ${error.message}`);
        result = { status: 500, body: { code: "stand_in_drift", message: error.message } };
      }
      const text = JSON.stringify(result.body);
      switch (fault?.kind) {
        case "after":
          // The change took effect; the answer says otherwise.
          return this.write(res, {
            status: fault.status,
            text: fault.body ?? JSON.stringify({ code: "internal_server_error", message: "injected after the change" }),
            headers: fault.headers,
          });
        case "body":
          return this.write(res, { status: result.status, text: fault.body, contentType: fault.contentType });
        case "reset-body":
        case "stall-body":
          res.writeHead(result.status, {
            "Content-Type": "application/json",
            "Content-Length": String(Buffer.byteLength(text)),
          });
          res.write(text.slice(0, Math.ceil(text.length / 2)));
          if (fault.kind === "reset-body") setTimeout(() => req.socket.destroy(), 10);
          return;
        default:
          return this.write(res, { status: result.status, text, headers: result.headers });
      }
    });
  }

  private write(
    res: http.ServerResponse,
    answer: { status: number; text: string; headers?: Record<string, string>; contentType?: string },
  ): void {
    res.writeHead(answer.status, { "Content-Type": answer.contentType ?? "application/json", ...answer.headers });
    res.end(answer.text);
  }

  /** LaunchDarkly's answer to one request, as the published API description specifies it. */
  private route(
    req: http.IncomingMessage,
    method: string,
    path: string,
    body: any,
    apiVersion: string | undefined,
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    const send = (status: number, answer: unknown) => ({ status, body: answer });
    if (req.headers.authorization !== this.token)
      return send(401, { code: "unauthorized", message: "Invalid access token" });
    const approvals = /^\/api\/v2\/approval-requests\/projects\/[^/?]+\/settings(?:\?(.*))?$/.exec(path);
    if (approvals) {
      // A beta endpoint: the API description makes `LD-API-Version: beta` a required header.
      if (apiVersion !== "beta")
        return send(400, { code: "invalid_request", message: "LD-API-Version: beta is required" });
      if (method === "GET") return send(200, this.approvalSettingsRep(new URLSearchParams(approvals[1] ?? "")));
      if (!body?.environmentKey || !body?.resourceKind)
        return send(400, { code: "invalid_request", message: "environmentKey and resourceKind are required" });
      const { environmentKey, resourceKind, ...settings } = body;
      if (!this.live.resourceKinds.has(resourceKind))
        return send(400, { code: "invalid_request", message: `unknown resourceKind ${resourceKind}` });
      const kind = (this.approvalSettings[resourceKind] ??= { environments: {} });
      kind.environments[environmentKey] = { ...kind.environments[environmentKey], ...settings };
      return send(200, this.approvalSettings);
    }
    const account = this.account.route(method, path, body);
    if (account) return account;
    const created = this.aiConfigRequest(method, path, body);
    if (created) return created;
    for (const extra of this.extraRoutes) {
      const answer = extra(method, path, body);
      if (answer) return answer;
    }
    const experiments =
      /^\/api\/v2\/projects\/[^/]+\/environments\/([^/]+)\/experiments(?:\/([^/?]+))?(\/iterations)?(?:\?expand=([\w,]+))?$/.exec(
        path,
      );
    if (experiments) {
      const [, environment, key, iterations, expand] = experiments;
      return this.experimentRequest(
        method,
        req.headers["content-type"] ?? "",
        decodeURIComponent(environment!),
        key && decodeURIComponent(key),
        !!iterations,
        (expand ?? "").split(","),
        body,
      );
    }
    const match = /^\/api\/v2\/projects\/([^/]+)\/ai-configs\/([^/]+)\/targeting$/.exec(path);
    const config = match && this.configs.get(decodeURIComponent(match[2]!));
    if (!config) return send(404, { code: "not_found", message: "Unknown resource" });
    if (method === "GET") return send(200, this.targetingRep(config));
    if (method !== "PATCH") return send(405, { code: "method_not_allowed", message: "Method not allowed" });
    if (req.headers["content-type"] !== "application/json; domain-model=launchdarkly.semanticpatch") {
      return send(400, { code: "invalid_request", message: "Expected a semantic patch" });
    }
    try {
      checkTargetingPatch(body);
    } catch (error) {
      return send(400, { code: "invalid_request", message: (error as Error).message });
    }
    const error = this.apply(config, body);
    return error ? send(400, { code: "invalid_request", message: error }) : send(200, this.targetingRep(config));
  }

  /** Creating an AI Config and its variations, as verify-live does in its scratch project. */
  private aiConfigRequest(method: string, path: string, body: any): { status: number; body: unknown } | undefined {
    const match = /^\/api\/v2\/projects\/([^/]+)\/ai-configs(?:\/([^/]+)\/variations)?$/.exec(path);
    if (!match || method !== "POST") return undefined;
    const invalid = (message: string) => ({ status: 400, body: { code: "invalid_request", message } });
    const project = decodeURIComponent(match[1]!);
    if (!this.account.projects.has(project))
      return { status: 404, body: { code: "not_found", message: "Unknown project" } };
    try {
      (match[2] ? checkVariationPost : checkAIConfigPost)(body);
    } catch (error) {
      return invalid((error as Error).message);
    }
    if (!match[2]) {
      if (this.configs.has(body.key))
        return { status: 409, body: { code: "conflict", message: "An AI Config with that key already exists" } };
      this.addConfig(body.key, [], project);
      this.configs.get(body.key)!.name = body.name;
      return { status: 201, body: { key: body.key, name: body.name, mode: body.mode ?? "completion" } };
    }
    const config = this.configs.get(decodeURIComponent(match[2]));
    if (!config) return { status: 404, body: { code: "not_found", message: "Unknown AI Config" } };
    if (config.variations.some((v) => v.key === body.key)) return invalid(`variation ${body.key} exists`);
    const variation = { _id: randomUUID(), key: body.key, name: body.name };
    config.variations.push(variation);
    return { status: 201, body: variation };
  }

  /** AIConfigTargeting as the published model describes it, checked against that model before it is sent. */
  private targetingRep(config: Config): object {
    const environments = Object.fromEntries(
      Object.entries(config.environments).map(([key, env]) => [
        key,
        {
          // Individual targets only when a test set them (the UI's "individual targeting").
          contextTargets: [],
          targets: [],
          ...env,
          rules: env.rules.map((rule) => ({ trackEvents: false, ...rule })),
          trackEvents: false,
          trackEventsFallthrough: false,
          lastModified: Date.now(),
          _environmentName: key,
        },
      ]),
    );
    const rep = {
      key: config.key,
      name: config.name,
      createdAt: config.createdAt,
      tags: [],
      _version: 1,
      experiments: { baselineIdx: 0, items: [] },
      variations: config.variations.map((v) => ({
        _id: v._id,
        ...(this.live.variationKeys ? { key: v.key } : {}),
        name: v.name,
        description: "",
        value: {},
      })),
      environments,
    };
    checkTargeting(rep);
    return rep;
  }

  /** The settings GET: the fallback appears, as `_default`, only with `expand=default`. */
  private approvalSettingsRep(query: URLSearchParams): object {
    const expand = (query.get("expand") ?? "").split(",");
    return Object.fromEntries(
      Object.entries(this.approvalSettings).map(([kind, { _default, environments }]) => [
        kind,
        { environments, ...(expand.includes("default") ? { [this.live.fallbackAs]: _default ?? NO_APPROVALS } : {}) },
      ]),
    );
  }

  /** Whether a running experiment covers this config's fallthrough (or rule) in the environment. */
  private runningOn(config: string, environment: string, targetingRule: string): boolean {
    return [...this.experiments.values()].some(
      (e) =>
        e.environmentKey === environment &&
        e.iterations.some((i) => i.status === "running" && i.flags[config]?.targetingRule === targetingRule),
    );
  }

  /** The experiments endpoints: create, create iteration, get (with expand), and semantic-patch updates. */
  private experimentRequest(
    method: string,
    contentType: string,
    environment: string,
    key: string | undefined,
    iterations: boolean,
    expand: string[],
    body: any,
  ): { status: number; body: unknown } {
    const invalid = (message: string) => ({ status: 400, body: { code: "invalid_request", message } });
    const existing = key ? this.experiments.get(`${environment}/${key}`) : undefined;
    if (method === "POST" && !key) {
      if (!body?.key || !body?.name || !body?.iteration) return invalid("key, name and iteration are required");
      if (this.experiments.has(`${environment}/${body.key}`))
        return { status: 409, body: { code: "conflict", message: "An experiment with that key already exists" } };
      const iteration = this.iteration(environment, body.iteration);
      if (typeof iteration === "string") return invalid(iteration);
      const experiment: Experiment = {
        key: body.key,
        name: body.name,
        description: body.description,
        methodology: body.methodology ?? "bayesian",
        environmentKey: environment,
        iterations: [iteration],
      };
      this.experiments.set(`${environment}/${body.key}`, experiment);
      return { status: 201, body: this.experimentRep(experiment, expand) };
    }
    if (!existing) return { status: 404, body: { code: "not_found", message: "Unknown experiment" } };
    if (method === "GET") return { status: 200, body: this.experimentRep(existing, expand) };
    if (method === "POST" && iterations) {
      if (existing.iterations.some((i) => i.status === "running"))
        return { status: 409, body: { code: "conflict", message: "Stop the running iteration first" } };
      const iteration = this.iteration(environment, body);
      if (typeof iteration === "string") return invalid(iteration);
      existing.iterations = [...existing.iterations.filter((i) => i.status !== "not_started"), iteration];
      return { status: 200, body: iteration };
    }
    if (method !== "PATCH") return { status: 405, body: { code: "method_not_allowed", message: "Method not allowed" } };
    if (contentType !== "application/json; domain-model=launchdarkly.semanticpatch")
      return invalid("Expected a semantic patch");
    if (!Array.isArray(body?.instructions)) return invalid("instructions are required");
    for (const instruction of body.instructions) {
      const last = existing.iterations[existing.iterations.length - 1]!;
      switch (instruction.kind) {
        case "startIteration": {
          if (last.status !== "not_started")
            return { status: 409, body: { code: "conflict", message: "There is no draft iteration to start" } };
          const [flagKey, flag] = Object.entries(last.flags)[0]!;
          if (!this.configs.get(flagKey)?.environments[environment]?.enabled)
            return invalid(`${flagKey} must be on in ${environment} to start an iteration`);
          if (this.runningOn(flagKey, environment, flag.targetingRule))
            return {
              status: 409,
              body: { code: "optimistic_locking_error", message: "That rule already has a running experiment" },
            };
          Object.assign(last, { status: "running", startedAt: Date.now() });
          break;
        }
        case "stopIteration":
          if (last.status !== "running")
            return { status: 409, body: { code: "conflict", message: "The iteration is not running" } };
          if (
            instruction.winningTreatmentId !== undefined &&
            !last.treatments.some((t) => t._id === instruction.winningTreatmentId)
          )
            return invalid("winningTreatmentId is not a treatment");
          Object.assign(last, {
            status: "stopped",
            endedAt: Date.now(),
            winningTreatmentId: instruction.winningTreatmentId,
            winningReason: instruction.winningReason,
          });
          break;
        case "updateName":
        case "updateDescription":
          if (typeof instruction.value !== "string") return invalid("value must be a string");
          if (instruction.kind === "updateName") existing.name = instruction.value;
          else existing.description = instruction.value;
          break;
        default:
          return invalid(`unknown instruction kind ${instruction.kind}`);
      }
    }
    return { status: 200, body: this.experimentRep(existing, expand) };
  }

  /** Checks an IterationInput as the published schema requires it, against the live AI Config targeting. */
  private iteration(environment: string, input: any): Iteration | string {
    if (!input?.hypothesis || !Array.isArray(input.metrics) || !Array.isArray(input.treatments) || !input.flags)
      return "hypothesis, metrics, treatments and flags are required";
    if (!input.primarySingleMetricKey && !input.primaryFunnelKey)
      return "primarySingleMetricKey or primaryFunnelKey is required";
    const flags: Iteration["flags"] = {};
    for (const [flagKey, flag] of Object.entries(input.flags as Record<string, any>)) {
      if (!this.live.aiConfigAsFlagKey) return `unknown flag ${flagKey}: flags names feature flags`;
      const env = this.configs.get(flagKey)?.environments[environment];
      if (!env) return `unknown flag ${flagKey} in ${environment}`;
      if (!Number.isInteger(flag.flagConfigVersion) || !flag.ruleId) return "ruleId and flagConfigVersion are required";
      if (flag.flagConfigVersion !== env._version)
        return `flagConfigVersion ${flag.flagConfigVersion} is not the current version ${env._version}`;
      const rule = env.rules.find((r) => r._id === flag.ruleId);
      if (flag.ruleId !== "fallthrough" && !rule) return `unknown rule ${flag.ruleId}`;
      flags[flagKey] = {
        targetingRule: flag.ruleId === "fallthrough" ? "fallthrough" : flag.ruleId,
        targetingRuleDescription: rule?.description,
        flagConfigVersion: flag.flagConfigVersion,
      };
    }
    const treatments: Treatment[] = [];
    for (const t of input.treatments) {
      if (
        typeof t.name !== "string" ||
        typeof t.baseline !== "boolean" ||
        typeof t.allocationPercent !== "string" ||
        !Array.isArray(t.parameters)
      ) {
        return "each treatment needs name, baseline, allocationPercent (a string) and parameters";
      }
      const [parameter] = t.parameters;
      if (!this.live.aiConfigAsFlagKey && this.configs.has(parameter?.flagKey))
        return `unknown flag ${parameter.flagKey}: flagKey names a feature flag`;
      if (!this.configs.get(parameter?.flagKey)?.variations.some((v) => v._id === parameter.variationId))
        return `unknown variation ${parameter?.variationId}`;
      treatments.push({
        _id: parameter.variationId,
        name: t.name,
        baseline: t.baseline,
        allocationPercent: t.allocationPercent,
        parameters: t.parameters,
      });
    }
    return {
      _id: randomUUID(),
      hypothesis: input.hypothesis,
      status: "not_started",
      createdAt: Date.now(),
      randomizationUnit: input.randomizationUnit ?? "user",
      primarySingleMetric: { key: input.primarySingleMetricKey },
      metrics: input.metrics.map((m: { key: string }) => ({ key: m.key })),
      treatments,
      flags,
    };
  }

  /** The Experiment representation: treatments only with expand=treatments, the draft only with expand=draftIteration. */
  private experimentRep(experiment: Experiment, expand: string[]): object {
    const rep = (iteration: Iteration | undefined) =>
      iteration && (expand.includes("treatments") ? iteration : { ...iteration, treatments: undefined });
    const started = experiment.iterations.filter((i) => i.status !== "not_started");
    const draft = experiment.iterations.find((i) => i.status === "not_started");
    return {
      key: experiment.key,
      name: experiment.name,
      description: experiment.description,
      methodology: experiment.methodology,
      environmentKey: experiment.environmentKey,
      currentIteration: rep(started[started.length - 1] ?? draft),
      ...(expand.includes("draftIteration") && draft ? { draftIteration: rep(draft) } : {}),
    };
  }

  private apply(
    config: Config,
    body: { environmentKey?: string; instructions?: Array<Record<string, any>> },
  ): string | undefined {
    if (!body?.environmentKey || !Array.isArray(body.instructions))
      return "environmentKey and instructions are required";
    // As LaunchDarkly creates it: targeting on, serving the built-in disabled variation (index 0).
    const env = (config.environments[body.environmentKey] ??= {
      _version: 0,
      enabled: true,
      fallthrough: { variation: 0 },
      offVariation: 0,
      rules: [],
    });
    env._version++;
    const index = (id: string) => config.variations.findIndex((v) => v._id === id);
    const serve = (i: Record<string, any>): Serve | string => {
      if (i.variationId !== undefined)
        return index(i.variationId) === -1 ? `unknown variation ${i.variationId}` : { variation: index(i.variationId) };
      if (!i.rolloutWeights) return "variationId or rolloutWeights required";
      const variations = Object.entries(i.rolloutWeights as Record<string, number>).map(([id, weight]) => ({
        variation: index(id),
        weight,
      }));
      if (variations.some((v) => v.variation === -1)) return "unknown variation in rolloutWeights";
      if (variations.reduce((s, v) => s + v.weight, 0) !== 100000) return "rollout weights must sum to 100000";
      return { rollout: { bucketBy: i.rolloutBucketBy, contextKind: i.rolloutContextKind, variations } };
    };
    for (const instruction of body.instructions) {
      switch (instruction.kind) {
        case "turnTargetingOn":
        case "turnTargetingOff":
          // Flag instructions: LaunchDarkly's AI Config instruction list does not include them.
          return `${instruction.kind} is not an AI Config targeting instruction`;
        case "updateOffVariation":
          if (index(instruction.variationId) === -1) return `unknown variation ${instruction.variationId}`;
          env.offVariation = index(instruction.variationId);
          break;
        case "updateFallthroughVariationOrRollout": {
          if (this.runningOn(config.key, body.environmentKey, "fallthrough"))
            return "the fallthrough is part of a running experiment";
          const result = serve(instruction);
          if (typeof result === "string") return result;
          env.fallthrough = result;
          break;
        }
        case "replaceRules": {
          const rules: Rule[] = [];
          for (const rule of instruction.rules ?? []) {
            const result = serve(rule);
            if (typeof result === "string") return result;
            // LaunchDarkly gives every clause an id (model AIConfigTargetingEnvironmentRuleClause).
            const clauses = (rule.clauses ?? []).map((c: object) => ({ id: randomUUID(), negate: false, ...c }));
            rules.push({ _id: randomUUID(), description: rule.description, clauses, ...result });
          }
          env.rules = rules;
          break;
        }
        default:
          return `unknown instruction kind ${instruction.kind}`;
      }
    }
    return undefined;
  }
}
