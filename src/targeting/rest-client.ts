import type { ExperimentPost, IterationInput, LiveExperiment } from "./live-experiments";
import { describeNetworkFailure, isLocalHost } from "./network-errors";
import type { Instruction, LiveTargeting } from "./semantic-patch";

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One deadline for a whole command: every request, retry and wait of it ends by then. */
export class Deadline {
  readonly at: number;
  constructor(readonly ms: number) {
    this.at = Date.now() + ms;
  }
  remaining(): number {
    return this.at - Date.now();
  }
  describe(): string {
    return `the command's deadline of ${formatSeconds(this.ms)} passed (--deadline)`;
  }
}

export interface ClientOptions {
  /** e.g. https://app.eu.launchdarkly.com; see parseApiHost. */
  apiHost: string;
  /** From LAUNCHDARKLY_ACCESS_TOKEN only; never printed. */
  token: string;
  /** Bounds the whole command (default: 5 minutes from now). */
  deadline?: Deadline;
  /** Longest wait for one attempt's answer, body included (default 20 s, as LaunchDarkly's provider). */
  timeoutMs?: number;
  maxAttempts?: number;
  /** First back-off after a failure that may pass, doubled each time. */
  backoffMs?: number;
  /** Longest wait for a rate limit to reset. */
  maxRateLimitWaitMs?: number;
}

export const DEFAULT_DEADLINE_MS = 300_000;

/**
 * One request. Idempotent methods (GET, HEAD, PUT, DELETE) are retried after any failure that may pass. POST and
 * PATCH are retried only when LaunchDarkly cannot have acted on them (a 429, a connection never made); after a
 * failure that leaves it unknown (a 5xx, a timeout, a broken connection, an unreadable answer), `confirm` reads
 * whether the request took effect: its result is the answer when it did (anything but undefined), and the request
 * is sent again when it did not. Without `confirm`, such a failure is an ApiError whose outcome is "unknown".
 */
export interface RestRequest<T> {
  method: HttpMethod;
  /** Below the API host, starting with /, e.g. /api/v2/projects/p/ai-configs/c/targeting. */
  path: string;
  body?: unknown;
  /** Default application/json. */
  contentType?: string;
  /** Statuses that are answers rather than failures (say 404 for "absent"): resolved with `body: undefined`. */
  accept?: readonly number[];
  /** Checks a 2xx body's shape: the value, or a description of what is wrong ("null, not an experiment"). */
  parse?: (body: unknown) => T | { invalid: string };
  /** Safe to send twice although the method is not idempotent (its effect only sets values). */
  idempotent?: boolean;
  confirm?: () => Promise<T | undefined>;
}

export interface RestResponse<T> {
  status: number;
  body: T | undefined;
}

/**
 * A request that failed: refused by LaunchDarkly, unreachable, or unanswered. The message names the method, the
 * path and the status (or why there is none). `outcome` says what is true in LaunchDarkly afterwards.
 */
export class ApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    /** 0 when no answer arrived. */
    readonly status: number,
    message: string,
    /** "unknown": the request may have taken effect; "not-applied": it did not. */
    readonly outcome: "not-applied" | "unknown" = "not-applied",
  ) {
    super(message);
  }
}

/** Why `--api-host` (or a catalog's apiHost) cannot be used, or the URL to send requests to. */
export function parseApiHost(text: string): URL | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a URL; expected for example https://app.eu.launchdarkly.com`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `"${text}" is not an http(s) URL`;
  if (url.protocol === "http:" && !isLocalHost(url.hostname))
    return `"${text}" must be https: the access token goes with every request (http only for a local stand-in on localhost)`;
  if (url.username || url.password || url.search || url.hash)
    return `"${text}" must be a host, without credentials, query or fragment`;
  return url;
}

const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(["GET", "HEAD", "PUT", "DELETE"]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The `LD-API-Version` each endpoint takes, as LaunchDarkly's published API description says: the approval-settings
 * endpoints are beta and require `beta`; AI Config targeting and experiments are stable and take the dated version
 * that LaunchDarkly's own API clients and Terraform provider send.
 */
const STABLE_API_VERSION = "20240415";
const apiVersionOf = (path: string) => (path.startsWith("/api/v2/approval-requests/") ? "beta" : STABLE_API_VERSION);

/** What one attempt ended with, when it was not an answer to return. */
type Failure = { status: number; detail: string; retryable: boolean; maybeApplied: boolean; waitMs?: number };

/**
 * LaunchDarkly's REST API, with what every caller needs: retries of what may pass (with back-off, honouring
 * Retry-After and X-RateLimit-Reset), a read-back after an ambiguous write, shape checks of what comes back,
 * failures that name method, path and status, and one deadline for the whole command.
 */
export class RestClient {
  private readonly base: URL;
  private readonly options: Required<Omit<ClientOptions, "apiHost" | "deadline">>;
  readonly deadline: Deadline;

  constructor(options: ClientOptions) {
    const base = parseApiHost(options.apiHost);
    if (typeof base === "string") throw new TypeError(base);
    this.base = base;
    this.deadline = options.deadline ?? new Deadline(DEFAULT_DEADLINE_MS);
    this.options = { timeoutMs: 20_000, maxAttempts: 5, backoffMs: 500, maxRateLimitWaitMs: 60_000, ...options };
  }

  get host(): string {
    return this.base.host;
  }

  async request<T = unknown>(req: RestRequest<T>): Promise<RestResponse<T>> {
    if (!/^\/(?!\/)/.test(req.path)) throw new TypeError(`request path must start with a single /: ${req.path}`);
    const { maxAttempts } = this.options;
    const idempotent = req.idempotent ?? IDEMPOTENT.has(req.method);
    const writes = req.method !== "GET" && req.method !== "HEAD";
    let last: Failure | undefined;
    /** A write that may have been applied and was not read back: its outcome is unknown. */
    const outcome = (failure: Failure | undefined, readBack: boolean) =>
      writes && failure?.maybeApplied && !readBack ? "unknown" : "not-applied";
    for (let attempt = 1; ; attempt++) {
      if (this.deadline.remaining() <= 0)
        throw this.error(req, last, this.deadline.describe(), attempt - 1, outcome(last, !idempotent));
      const result = await this.attempt(req);
      if (!("detail" in result)) return result;
      last = result;
      // A write that may have been applied is read back before anything else is decided: sending it again blindly
      // could apply it twice, or fail on what the first one did ("already exists").
      let readBack = false;
      if (result.maybeApplied && !idempotent) {
        if (!req.confirm) throw this.error(req, result, undefined, attempt, "unknown");
        let confirmed: T | undefined;
        try {
          confirmed = await req.confirm();
        } catch (error) {
          throw this.error(
            req,
            result,
            `reading back whether it took effect failed too (${(error as Error).message}), so it may or may not have`,
            attempt,
            "unknown",
          );
        }
        if (confirmed !== undefined) return { status: result.status, body: confirmed };
        readBack = true;
      }
      if (!result.retryable || attempt >= maxAttempts)
        throw this.error(
          req,
          result,
          readBack ? "it did not take effect" : undefined,
          attempt,
          outcome(result, readBack),
        );
      if (this.deadline.remaining() <= 0)
        throw this.error(req, result, this.deadline.describe(), attempt, outcome(result, readBack));
      const wait = result.waitMs ?? this.options.backoffMs * 2 ** (attempt - 1);
      if (wait >= this.deadline.remaining()) {
        throw this.error(
          req,
          result,
          `waiting ${formatSeconds(wait)} to try again would pass the command's deadline of ${formatSeconds(this.deadline.ms)} (--deadline)`,
          attempt,
          outcome(result, readBack),
        );
      }
      await sleep(wait);
    }
  }

  /** One attempt: the answer, or why there is none. The timeout covers the body too. */
  private async attempt<T>(req: RestRequest<T>): Promise<RestResponse<T> | Failure> {
    const timeout = Math.max(1, Math.min(this.options.timeoutMs, this.deadline.remaining()));
    const signal = AbortSignal.timeout(timeout);
    const idempotent = req.idempotent ?? IDEMPOTENT.has(req.method);
    let response: Response;
    try {
      response = await fetch(new URL(this.base.pathname.replace(/\/+$/, "") + req.path, this.base), {
        method: req.method,
        headers: {
          Authorization: this.options.token,
          "LD-API-Version": apiVersionOf(req.path),
          Accept: "application/json",
          ...(req.body !== undefined ? { "Content-Type": req.contentType ?? "application/json" } : {}),
        },
        body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
        signal,
      });
    } catch (error) {
      if (signal.aborted)
        return { status: 0, detail: `no answer within ${formatSeconds(timeout)}`, retryable: true, maybeApplied: true };
      const failure = describeNetworkFailure(error, this.base.hostname);
      return { status: 0, detail: failure.cause, retryable: failure.retryable, maybeApplied: failure.maybeSent };
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const why = signal.aborted
        ? `its body did not arrive within ${formatSeconds(timeout)}`
        : `its body broke off (${describeNetworkFailure(error, this.base.hostname).cause})`;
      // A 2xx whose body was lost still took effect; anything else is as unknown as a timeout.
      return {
        status: response.status,
        detail: `${statusText(response)}, but ${why}`,
        retryable: true,
        maybeApplied: response.ok || response.status >= 500,
      };
    }
    if (req.accept?.includes(response.status)) return { status: response.status, body: undefined };
    if (response.ok) return this.answer(req, response, text, idempotent);
    const detail = `${statusText(response)}: ${errorBody(text, response.headers.get("content-type"))}`;
    if (response.status === 429)
      return { status: 429, detail, retryable: true, maybeApplied: false, waitMs: this.rateLimitWait(response) };
    if (response.status >= 500)
      return { status: response.status, detail, retryable: true, maybeApplied: true, waitMs: retryAfter(response) };
    return { status: response.status, detail, retryable: false, maybeApplied: false };
  }

  private answer<T>(
    req: RestRequest<T>,
    response: Response,
    text: string,
    idempotent: boolean,
  ): RestResponse<T> | Failure {
    let body: unknown;
    if (text.trim() === "") {
      if (!req.parse) return { status: response.status, body: undefined };
      body = undefined;
    } else {
      try {
        body = JSON.parse(text);
      } catch {
        // Not LaunchDarkly's answer (a proxy's page, say): a write may or may not have reached it.
        return {
          status: response.status,
          detail: `${statusText(response)}, but with ${describeText(text, response.headers.get("content-type"))}, not JSON`,
          retryable: false,
          maybeApplied: !idempotent,
        };
      }
    }
    if (!req.parse) return { status: response.status, body: body as T };
    const parsed = req.parse(body);
    if (parsed !== null && typeof parsed === "object" && "invalid" in parsed && Object.keys(parsed).length === 1) {
      return {
        status: response.status,
        detail: `${statusText(response)}, but with ${body === undefined ? "an empty body" : parsed.invalid}`,
        retryable: false,
        maybeApplied: !idempotent,
      };
    }
    return { status: response.status, body: parsed as T };
  }

  /** How long a 429 asks to wait: Retry-After (seconds or a date), or X-RateLimit-Reset (epoch milliseconds or seconds). */
  private rateLimitWait(response: Response): number | undefined {
    const waits = [retryAfter(response), rateLimitReset(response.headers.get("X-RateLimit-Reset"))].filter(
      (w): w is number => w !== undefined,
    );
    if (waits.length === 0) return undefined;
    return Math.min(Math.max(...waits), this.options.maxRateLimitWaitMs);
  }

  private error(
    req: RestRequest<unknown>,
    failure: Failure | undefined,
    why: string | undefined,
    attempts: number,
    outcome: "not-applied" | "unknown",
  ): ApiError {
    const parts = [failure?.detail, why].filter(Boolean).join("; ");
    const tries = attempts > 1 ? ` (after ${attempts} attempts)` : "";
    const unknown =
      outcome === "unknown" && !why?.includes("may or may not")
        ? "; it may or may not have taken effect in LaunchDarkly"
        : "";
    return new ApiError(
      req.method,
      req.path,
      failure?.status ?? 0,
      `${req.method} ${req.path} on ${this.host} failed${tries}: ${parts || "no attempt was made"}${unknown}`,
      outcome,
    );
  }
}

function statusText(response: Response): string {
  return `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
}

/** LaunchDarkly's error shape ({code, message}), or a description of whatever else came back. */
function errorBody(text: string, contentType: string | null): string {
  if (text.trim() === "") return "an empty body";
  try {
    const parsed = JSON.parse(text) as { code?: unknown; message?: unknown } | null;
    if (
      parsed &&
      typeof parsed === "object" &&
      (typeof parsed.code === "string" || typeof parsed.message === "string")
    ) {
      return [parsed.code, parsed.message].filter((v) => typeof v === "string").join(": ");
    }
  } catch {
    // Not JSON: described below.
  }
  return describeText(text, contentType);
}

/** A short, one-line account of a body that is not what was expected; never cut inside a word. */
function describeText(text: string, contentType: string | null): string {
  if (text.trim() === "") return "an empty body";
  if (/html/i.test(contentType ?? "") || /^\s*<(!doctype|html)/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return `an HTML page${title ? ` ("${shorten(title)}")` : ""}`;
  }
  return `"${shorten(text)}"`;
}

function shorten(text: string, max = 120): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 0)) || "(long text)"} ...`;
}

function retryAfter(response: Response): number | undefined {
  const value = response.headers.get("Retry-After");
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(date - Date.now(), 0);
}

/** X-RateLimit-Reset: LaunchDarkly documents epoch milliseconds; a value in seconds is read as seconds. */
function rateLimitReset(value: string | null): number | undefined {
  if (value === null || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const reset = Number(value);
  const epochMs = reset < 1e11 ? reset * 1000 : reset;
  return Math.max(epochMs - Date.now(), 0);
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}

export interface ApprovalSettings {
  required: boolean;
  minNumApprovals: number;
  canReviewOwnRequest: boolean;
  canApplyDeclinedChanges: boolean;
}

/**
 * The beta settings GET, per resourceKind: per-environment settings, and the project's fallback as `_default`
 * (only sent with `expand=default`), as LaunchDarkly's published API description names them.
 */
export type ApprovalSettingsByKind = Record<
  string,
  { _default?: ApprovalSettings; environments?: Record<string, ApprovalSettings> }
>;

const SEMANTIC_PATCH = "application/json; domain-model=launchdarkly.semanticpatch";
const project = (key: string) => `/api/v2/projects/${encodeURIComponent(key)}`;
const targetingPath = (p: string, config: string) => `${project(p)}/ai-configs/${encodeURIComponent(config)}/targeting`;
const experimentsPath = (p: string, environment: string) =>
  `${project(p)}/environments/${encodeURIComponent(environment)}/experiments`;

/** What a write needs besides its body: how to tell, after an ambiguous failure, that it took effect. */
export interface WriteOptions<T> {
  confirm?: () => Promise<T | undefined>;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const shapeOf = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : `a ${typeof v}`;

function targetingShape(body: unknown): LiveTargeting | { invalid: string } {
  if (!isObject(body)) return { invalid: `${shapeOf(body)}, not an AI Config's targeting` };
  if (
    !Array.isArray(body.variations) ||
    !body.variations.every((v) => isObject(v) && typeof v._id === "string" && typeof v.key === "string")
  ) {
    return { invalid: "targeting whose variations are not a list of {_id, key}" };
  }
  if (!isObject(body.environments)) return { invalid: "targeting without its environments" };
  for (const [key, env] of Object.entries(body.environments)) {
    if (env === undefined || env === null) continue;
    if (!isObject(env) || !isObject(env.fallthrough) || !Array.isArray(env.rules))
      return { invalid: `targeting whose environment ${key} has no fallthrough or rules` };
  }
  return body as unknown as LiveTargeting;
}

function experimentShape(body: unknown): LiveExperiment | { invalid: string } {
  if (!isObject(body) || typeof body.key !== "string") return { invalid: `${shapeOf(body)}, not an experiment` };
  for (const name of ["currentIteration", "draftIteration"] as const) {
    const iteration = body[name];
    if (iteration !== undefined && iteration !== null && (!isObject(iteration) || typeof iteration.status !== "string"))
      return { invalid: `an experiment whose ${name} has no status` };
  }
  return body as unknown as LiveExperiment;
}

function approvalSettingsShape(body: unknown): ApprovalSettingsByKind | { invalid: string } {
  return isObject(body) ? (body as ApprovalSettingsByKind) : { invalid: `${shapeOf(body)}, not approval settings` };
}

/**
 * The slice of LaunchDarkly's REST API the targeting and experiment reconcilers need, on the general `request`
 * of RestClient, which other commands use for their own endpoints.
 */
export class LaunchDarklyClient extends RestClient {
  async getTargeting(projectKey: string, config: string): Promise<LiveTargeting> {
    return (await this.request({ method: "GET", path: targetingPath(projectKey, config), parse: targetingShape }))
      .body!;
  }

  async patchTargeting(
    projectKey: string,
    config: string,
    environmentKey: string,
    instructions: Instruction[],
    comment: string,
    options: WriteOptions<LiveTargeting> = {},
  ): Promise<LiveTargeting | undefined> {
    const { body } = await this.request({
      method: "PATCH",
      path: targetingPath(projectKey, config),
      body: { environmentKey, instructions, comment },
      contentType: SEMANTIC_PATCH,
      parse: targetingShape,
      confirm: options.confirm,
    });
    return body;
  }

  /** Approval settings per resource kind: per-environment overrides, and the fallback as `_default` (beta API). */
  async getApprovalSettings(projectKey: string): Promise<ApprovalSettingsByKind> {
    return (
      await this.request({
        method: "GET",
        path: `/api/v2/approval-requests/projects/${encodeURIComponent(projectKey)}/settings?expand=default`,
        parse: approvalSettingsShape,
      })
    ).body!;
  }

  async patchApprovalSettings(
    projectKey: string,
    settings: ApprovalSettings & { environmentKey: string; resourceKind: string },
    options: WriteOptions<unknown> = {},
  ): Promise<void> {
    await this.request({
      method: "PATCH",
      path: `/api/v2/approval-requests/projects/${encodeURIComponent(projectKey)}/settings`,
      body: settings,
      confirm: options.confirm,
    });
  }

  /** An experiment with its treatments and draft iteration, or undefined when LaunchDarkly has none by that key. */
  async getExperiment(projectKey: string, environment: string, key: string): Promise<LiveExperiment | undefined> {
    const path = `${experimentsPath(projectKey, environment)}/${encodeURIComponent(key)}?expand=treatments,draftIteration`;
    return (await this.request({ method: "GET", path, accept: [404], parse: experimentShape })).body;
  }

  /** Creates the experiment with its first iteration, not started. */
  async createExperiment(
    projectKey: string,
    environment: string,
    experiment: ExperimentPost,
    options: WriteOptions<unknown> = {},
  ): Promise<void> {
    await this.request({
      method: "POST",
      path: experimentsPath(projectKey, environment),
      body: experiment,
      confirm: options.confirm,
    });
  }

  /** Replaces a not-yet-started iteration with a new one. */
  async createIteration(
    projectKey: string,
    environment: string,
    key: string,
    iteration: IterationInput,
    options: WriteOptions<unknown> = {},
  ): Promise<void> {
    await this.request({
      method: "POST",
      path: `${experimentsPath(projectKey, environment)}/${encodeURIComponent(key)}/iterations`,
      body: iteration,
      confirm: options.confirm,
    });
  }

  /** Semantic patch: startIteration, stopIteration, updateName, updateDescription. */
  async patchExperiment(
    projectKey: string,
    environment: string,
    key: string,
    instructions: Instruction[],
    comment: string,
    options: WriteOptions<unknown> = {},
  ): Promise<void> {
    await this.request({
      method: "PATCH",
      path: `${experimentsPath(projectKey, environment)}/${encodeURIComponent(key)}`,
      body: { comment, instructions },
      contentType: SEMANTIC_PATCH,
      confirm: options.confirm,
    });
  }
}
