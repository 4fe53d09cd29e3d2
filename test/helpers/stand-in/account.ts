import { randomUUID } from "node:crypto";

/** What LaunchDarkly answers: a status and a JSON body (undefined for 204). */
export type Answer = { status: number; body: unknown };

type Statement = { effect: string; resources: string[]; actions: string[] };

/**
 * The account-level endpoints verify-live creates its scratch objects with, as LaunchDarkly's published API
 * description specifies them: projects (ProjectPost), metrics (MetricPost), custom roles (CustomRolePost, whose
 * `policy` is a list of statements) and teams (TeamPostInput with customRoleKeys). `droppedActions` names the
 * actions LaunchDarkly does not know: it keeps a role without them, as its answer shows.
 */
export class AccountStandIn {
  readonly projects = new Map<string, { key: string; name: string; tags: string[]; environments: string[] }>();
  readonly metrics = new Map<string, { key: string; project: string; eventKey?: string }>();
  readonly roles = new Map<
    string,
    { _id: string; key: string; name: string; basePermissions?: string; policy: Statement[] }
  >();
  readonly teams = new Map<string, { key: string; name: string; customRoleKeys: string[] }>();

  constructor(
    private readonly onProjectDeleted: (key: string) => void,
    private readonly droppedActions: () => ReadonlySet<string>,
  ) {}

  /** The answer when `path` is one of these endpoints, else undefined. */
  route(method: string, path: string, body: any): Answer | undefined {
    const [pathname, query = ""] = path.split("?");
    const invalid = (message: string): Answer => ({ status: 400, body: { code: "invalid_request", message } });
    const notFound: Answer = { status: 404, body: { code: "not_found", message: "Unknown resource" } };
    const conflict: Answer = { status: 409, body: { code: "conflict", message: "That key is already taken" } };
    const deleted = (gone: boolean): Answer => (gone ? { status: 204, body: undefined } : notFound);
    let m: RegExpExecArray | null;

    if (pathname === "/api/v2/projects" && method === "POST") {
      if (typeof body?.key !== "string" || typeof body?.name !== "string") return invalid("key and name are required");
      if (this.projects.has(body.key)) return conflict;
      const environments = Array.isArray(body.environments)
        ? body.environments.map((e: { key: string }) => e.key)
        : ["production", "test"];
      this.projects.set(body.key, { key: body.key, name: body.name, tags: body.tags ?? [], environments });
      return { status: 201, body: this.projectRep(body.key) };
    }
    if ((m = /^\/api\/v2\/projects\/([^/]+)$/.exec(pathname!))) {
      const key = decodeURIComponent(m[1]!);
      // A project it does not hold may be another route's (the import stand-in's); the last route answers 404.
      if (method === "GET") return this.projects.has(key) ? { status: 200, body: this.projectRep(key) } : undefined;
      if (method === "DELETE") {
        const gone = this.projects.delete(key);
        if (gone) {
          for (const [k, metric] of this.metrics) if (metric.project === key) this.metrics.delete(k);
          this.onProjectDeleted(key);
        }
        return deleted(gone);
      }
      return undefined;
    }
    if ((m = /^\/api\/v2\/metrics\/([^/]+)$/.exec(pathname!)) && method === "POST") {
      const project = decodeURIComponent(m[1]!);
      if (!this.projects.has(project)) return notFound;
      if (typeof body?.key !== "string" || typeof body?.kind !== "string") return invalid("key and kind are required");
      if (this.metrics.has(`${project}/${body.key}`)) return conflict;
      this.metrics.set(`${project}/${body.key}`, { key: body.key, project, eventKey: body.eventKey });
      return { status: 201, body: { key: body.key, name: body.name ?? body.key, kind: body.kind } };
    }
    if (pathname === "/api/v2/roles" && method === "POST") {
      if (typeof body?.key !== "string" || typeof body?.name !== "string" || !Array.isArray(body?.policy))
        return invalid("key, name and policy are required");
      if (this.roles.has(body.key)) return conflict;
      const policy = (body.policy as Statement[])
        .map((s) => ({ ...s, actions: s.actions.filter((a) => !this.droppedActions().has(a)) }))
        .filter((s) => s.actions.length > 0);
      this.roles.set(body.key, {
        _id: randomUUID(),
        key: body.key,
        name: body.name,
        basePermissions: body.basePermissions,
        policy,
      });
      return { status: 201, body: this.roles.get(body.key) };
    }
    if ((m = /^\/api\/v2\/roles\/([^/]+)$/.exec(pathname!))) {
      const key = decodeURIComponent(m[1]!);
      if (method === "GET") return this.roles.has(key) ? { status: 200, body: this.roles.get(key) } : notFound;
      if (method === "DELETE") {
        if ([...this.teams.values()].some((t) => t.customRoleKeys.includes(key)))
          return { status: 409, body: { code: "conflict", message: "The role is assigned to a team" } };
        return deleted(this.roles.delete(key));
      }
      return undefined;
    }
    if (pathname === "/api/v2/teams" && method === "POST") {
      if (typeof body?.key !== "string" || typeof body?.name !== "string") return invalid("key and name are required");
      if (this.teams.has(body.key)) return conflict;
      const customRoleKeys: string[] = body.customRoleKeys ?? [];
      const unknown = customRoleKeys.filter((k) => !this.roles.has(k));
      if (unknown.length > 0) return invalid(`unknown custom role ${unknown.join(", ")}`);
      this.teams.set(body.key, { key: body.key, name: body.name, customRoleKeys });
      return { status: 201, body: this.teamRep(body.key, "") };
    }
    if ((m = /^\/api\/v2\/teams\/([^/]+)$/.exec(pathname!))) {
      const key = decodeURIComponent(m[1]!);
      if (method === "GET") return this.teams.has(key) ? { status: 200, body: this.teamRep(key, query) } : notFound;
      if (method === "DELETE") return deleted(this.teams.delete(key));
      return undefined;
    }
    return undefined;
  }

  private projectRep(key: string): object {
    const project = this.projects.get(key)!;
    return {
      _id: key,
      key,
      name: project.name,
      tags: project.tags,
      environments: { totalCount: project.environments.length, items: project.environments.map((e) => ({ key: e })) },
    };
  }

  /** The Team representation: its roles only with expand=roles. */
  private teamRep(key: string, query: string): object {
    const team = this.teams.get(key)!;
    const expand = (new URLSearchParams(query).get("expand") ?? "").split(",");
    const roles = team.customRoleKeys.map((k) => ({ key: k, name: this.roles.get(k)?.name ?? k }));
    return {
      key,
      name: team.name,
      ...(expand.includes("roles") ? { roles: { totalCount: roles.length, items: roles } } : {}),
    };
  }
}
