import { LaunchDarklyClient, type ClientOptions, type RestRequest, type RestResponse } from "../targeting/rest-client";

/** The tag verify-live gives its scratch project, and checks before deleting anything. */
export const SCRATCH_MARKER_TAG = "aic-verify-live-scratch";

/** A request verify-live refused to send, because it would touch something that is not its own. */
export class NotScratchError extends Error {}

/**
 * A client that can reach only verify-live's own scratch objects: the project it created (key starting with the
 * prefix), and the roles and teams whose keys start with that project's key. Anything else is refused before it is
 * sent, so that no mistake in verify-live can change an adopter's real project.
 */
export class ScratchClient extends LaunchDarklyClient {
  constructor(
    options: ClientOptions,
    readonly projectKey: string,
  ) {
    super(options);
  }

  override async request<T = unknown>(req: RestRequest<T>): Promise<RestResponse<T>> {
    const why = this.refusal(req.method, req.path);
    if (why) throw new NotScratchError(`verify-live refuses ${req.method} ${req.path}: ${why}`);
    return super.request(req);
  }

  private refusal(method: string, path: string): string | undefined {
    const [pathname] = path.split("?");
    const own = (key: string) => decodeURIComponent(key) === this.projectKey;
    const ownChild = (key: string) => decodeURIComponent(key).startsWith(`${this.projectKey}-`);
    if (/^\/api\/v2\/(projects|roles|teams)$/.test(pathname!)) return method === "POST" ? undefined : "only creates";
    let m = /^\/api\/v2\/(?:projects|metrics|approval-requests\/projects)\/([^/]+)(?:\/|$)/.exec(pathname!);
    if (m) return own(m[1]!) ? undefined : `project ${decodeURIComponent(m[1]!)} is not its scratch project`;
    m = /^\/api\/v2\/(?:roles|teams)\/([^/]+)$/.exec(pathname!);
    if (m) return ownChild(m[1]!) ? undefined : `${decodeURIComponent(m[1]!)} was not created by verify-live`;
    return "not an endpoint verify-live uses";
  }
}
