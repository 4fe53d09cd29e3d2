import type { ExperimentPost, IterationInput, LiveExperiment } from "../experiments/live";
import type { Instruction, LiveTargeting } from "./semantic-patch";

export interface ClientOptions {
  /** e.g. https://app.eu.launchdarkly.com */
  apiHost: string;
  /** From LAUNCHDARKLY_ACCESS_TOKEN only; never printed. */
  token: string;
  timeoutMs?: number;
  maxAttempts?: number;
  /** First back-off after a 5xx, doubled each time. */
  backoffMs?: number;
  /** Longest wait for a rate limit to reset. */
  maxRateLimitWaitMs?: number;
}

export interface ApprovalSettings {
  required: boolean;
  minNumApprovals: number;
  canReviewOwnRequest: boolean;
  canApplyDeclinedChanges: boolean;
}

/** A request LaunchDarkly refused for good (4xx other than 429), or kept failing. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const experimentsPath = (project: string, environment: string) =>
  `/api/v2/projects/${encodeURIComponent(project)}/environments/${encodeURIComponent(environment)}/experiments`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The `LD-API-Version` each endpoint takes, as LaunchDarkly's published API description says: the approval-settings
 * endpoints are beta and require `beta`; AI Config targeting and experiments are stable and take the dated version
 * that LaunchDarkly's own API clients and Terraform provider send.
 */
const STABLE_API_VERSION = "20240415";
const apiVersionOf = (path: string) => (path.startsWith("/api/v2/approval-requests/") ? "beta" : STABLE_API_VERSION);

/**
 * The slice of LaunchDarkly's REST API the targeting and experiment reconcilers need. 429s wait for X-RateLimit-Reset (epoch
 * milliseconds); 5xx and timeouts are retried with exponential back-off; anything else fails at once.
 */
export class LaunchDarklyClient {
  private readonly options: Required<ClientOptions>;

  constructor(options: ClientOptions) {
    this.options = { timeoutMs: 20_000, maxAttempts: 5, backoffMs: 500, maxRateLimitWaitMs: 60_000, ...options, apiHost: options.apiHost.replace(/\/+$/, "") };
  }

  getTargeting(project: string, config: string): Promise<LiveTargeting> {
    return this.request("GET", `/api/v2/projects/${encodeURIComponent(project)}/ai-configs/${encodeURIComponent(config)}/targeting`) as Promise<LiveTargeting>;
  }

  patchTargeting(project: string, config: string, environmentKey: string, instructions: Instruction[], comment: string): Promise<LiveTargeting> {
    return this.request("PATCH", `/api/v2/projects/${encodeURIComponent(project)}/ai-configs/${encodeURIComponent(config)}/targeting`, {
      environmentKey,
      instructions,
      comment,
    }) as Promise<LiveTargeting>;
  }

  /** Approval settings per resource kind, with their per-environment overrides (beta API). */
  getApprovalSettings(project: string): Promise<Record<string, { default?: ApprovalSettings; environments?: Record<string, ApprovalSettings> }>> {
    return this.request("GET", `/api/v2/approval-requests/projects/${encodeURIComponent(project)}/settings`) as Promise<never>;
  }

  patchApprovalSettings(project: string, settings: ApprovalSettings & { environmentKey: string; resourceKind: string }): Promise<unknown> {
    return this.request("PATCH", `/api/v2/approval-requests/projects/${encodeURIComponent(project)}/settings`, settings, "application/json");
  }

  /** An experiment with its treatments and draft iteration, or undefined when LaunchDarkly has none by that key. */
  async getExperiment(project: string, environment: string, key: string): Promise<LiveExperiment | undefined> {
    try {
      return (await this.request("GET", `${experimentsPath(project, environment)}/${encodeURIComponent(key)}?expand=treatments,draftIteration`)) as LiveExperiment;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** Creates the experiment with its first iteration, not started. */
  createExperiment(project: string, environment: string, experiment: ExperimentPost): Promise<LiveExperiment> {
    return this.request("POST", experimentsPath(project, environment), experiment, "application/json") as Promise<LiveExperiment>;
  }

  /** Replaces a not-yet-started iteration with a new one. */
  createIteration(project: string, environment: string, key: string, iteration: IterationInput): Promise<unknown> {
    return this.request("POST", `${experimentsPath(project, environment)}/${encodeURIComponent(key)}/iterations`, iteration, "application/json");
  }

  /** Semantic patch: startIteration, stopIteration, updateName, updateDescription. */
  patchExperiment(project: string, environment: string, key: string, instructions: Instruction[], comment: string): Promise<LiveExperiment> {
    return this.request("PATCH", `${experimentsPath(project, environment)}/${encodeURIComponent(key)}`, { comment, instructions }) as Promise<LiveExperiment>;
  }

  private async request(method: string, path: string, body?: unknown, contentType = "application/json; domain-model=launchdarkly.semanticpatch"): Promise<unknown> {
    const { maxAttempts, backoffMs, timeoutMs } = this.options;
    let lastError = "";
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      let response: Response;
      try {
        response = await fetch(`${this.options.apiHost}${path}`, {
          method,
          headers: {
            Authorization: this.options.token,
            "LD-API-Version": apiVersionOf(path),
            ...(body ? { "Content-Type": contentType } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        lastError = (error as Error).name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : (error as Error).message;
        await sleep(backoffMs * 2 ** (attempt - 1));
        continue;
      }
      if (response.ok) return response.json();
      const text = await response.text();
      const message = (() => {
        try {
          const parsed = JSON.parse(text) as { code?: string; message?: string };
          return `${parsed.code ?? response.status}: ${parsed.message ?? text}`;
        } catch {
          return `${response.status}: ${text.slice(0, 200)}`;
        }
      })();
      if (response.status === 429) {
        const reset = Number(response.headers.get("X-RateLimit-Reset"));
        const wait = Number.isFinite(reset) && reset > 0 ? reset - Date.now() : backoffMs * 2 ** (attempt - 1);
        await sleep(Math.min(Math.max(wait, 0), this.options.maxRateLimitWaitMs));
        lastError = message;
        continue;
      }
      if (response.status >= 500) {
        lastError = message;
        await sleep(backoffMs * 2 ** (attempt - 1));
        continue;
      }
      throw new ApiError(response.status, `${method} ${path} failed: ${message}`);
    }
    throw new ApiError(0, `${method} ${path} failed after ${maxAttempts} attempts: ${lastError}`);
  }
}
