import { randomUUID } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";

type Serve = { variation?: number; rollout?: { bucketBy?: string; contextKind?: string; variations: Array<{ variation: number; weight: number }> } };
type Rule = Serve & { _id: string; description?: string; clauses: unknown[] };
type Environment = { enabled: boolean; fallthrough: Serve; offVariation?: number; rules: Rule[] };
type Config = { key: string; variations: Array<{ _id: string; key: string }>; environments: Record<string, Environment> };

/**
 * A local stand-in for LaunchDarkly's AI Config targeting endpoints, written from the published API
 * description: GET and semantic-patch PATCH of /api/v2/projects/{project}/ai-configs/{config}/targeting.
 * It keeps targeting per config and environment, applies the instructions the reconciler sends, rejects
 * malformed ones with LaunchDarkly's error shape, and can be told to answer 429 or 500.
 */
export class LaunchDarklyStandIn {
  readonly requests: Array<{ method: string; path: string; body?: any }> = [];
  private readonly configs = new Map<string, Config>();
  /** resourceKind -> environment -> settings, as the beta approval-settings API keeps them. */
  readonly approvalSettings: Record<string, { environments: Record<string, Record<string, unknown>> }> = {};
  private readonly failures: Array<{ status: number; headers?: Record<string, string>; path?: RegExp }> = [];
  private server?: http.Server;
  readonly token = "api-test-token";

  /** An AI Config as the launchdarkly stack creates it: its variations, untargeted everywhere. */
  addConfig(key: string, variations: string[]): void {
    this.configs.set(key, { key, variations: [{ _id: randomUUID(), key: "" }, ...variations.map((v) => ({ _id: randomUUID(), key: v }))], environments: {} });
  }

  /** Variations are immutable versions in LaunchDarkly: an update gives them new IDs. */
  renewVariationIds(config: string): void {
    for (const variation of this.configs.get(config)!.variations) variation._id = randomUUID();
  }

  environment(config: string, env: string): Environment | undefined {
    return this.configs.get(config)?.environments[env];
  }

  failNext(status: number, headers?: Record<string, string>, path?: RegExp): void {
    this.failures.push({ status, headers, path });
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "Content-Type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      };
      const path = req.url ?? "";
      const body = raw ? JSON.parse(raw) : undefined;
      this.requests.push({ method: req.method ?? "", path, body });
      const failure = this.failures.findIndex((f) => !f.path || f.path.test(path));
      if (failure !== -1) {
        const [f] = this.failures.splice(failure, 1);
        return send(f!.status, { code: f!.status === 429 ? "rate_limited" : "internal_server_error", message: "injected" }, f!.headers);
      }
      if (req.headers.authorization !== this.token) return send(401, { code: "unauthorized", message: "Invalid access token" });
      if (/^\/api\/v2\/approval-requests\/projects\/[^/]+\/settings$/.test(path)) {
        if (req.method === "GET") return send(200, this.approvalSettings);
        if (!body?.environmentKey || !body?.resourceKind) return send(400, { code: "invalid_request", message: "environmentKey and resourceKind are required" });
        const { environmentKey, resourceKind, ...settings } = body;
        const kind = (this.approvalSettings[resourceKind] ??= { environments: {} });
        kind.environments[environmentKey] = { ...kind.environments[environmentKey], ...settings };
        return send(200, this.approvalSettings);
      }
      const match = /^\/api\/v2\/projects\/([^/]+)\/ai-configs\/([^/]+)\/targeting$/.exec(path);
      const config = match && this.configs.get(decodeURIComponent(match[2]!));
      if (!config) return send(404, { code: "not_found", message: "Unknown resource" });
      if (req.method === "GET") return send(200, config);
      if (req.method !== "PATCH") return send(405, { code: "method_not_allowed", message: "Method not allowed" });
      if (req.headers["content-type"] !== "application/json; domain-model=launchdarkly.semanticpatch") {
        return send(400, { code: "invalid_request", message: "Expected a semantic patch" });
      }
      const error = this.apply(config, body);
      return error ? send(400, { code: "invalid_request", message: error }) : send(200, config);
    });
  }

  private apply(config: Config, body: { environmentKey?: string; instructions?: Array<Record<string, any>> }): string | undefined {
    if (!body?.environmentKey || !Array.isArray(body.instructions)) return "environmentKey and instructions are required";
    const env = (config.environments[body.environmentKey] ??= { enabled: false, fallthrough: { variation: 0 }, rules: [] });
    const index = (id: string) => config.variations.findIndex((v) => v._id === id);
    const serve = (i: Record<string, any>): Serve | string => {
      if (i.variationId !== undefined) return index(i.variationId) === -1 ? `unknown variation ${i.variationId}` : { variation: index(i.variationId) };
      if (!i.rolloutWeights) return "variationId or rolloutWeights required";
      const variations = Object.entries(i.rolloutWeights as Record<string, number>).map(([id, weight]) => ({ variation: index(id), weight }));
      if (variations.some((v) => v.variation === -1)) return "unknown variation in rolloutWeights";
      if (variations.reduce((s, v) => s + v.weight, 0) !== 100000) return "rollout weights must sum to 100000";
      return { rollout: { bucketBy: i.rolloutBucketBy, contextKind: i.rolloutContextKind, variations } };
    };
    for (const instruction of body.instructions) {
      switch (instruction.kind) {
        case "turnTargetingOn":
        case "turnTargetingOff":
          env.enabled = instruction.kind === "turnTargetingOn";
          break;
        case "updateOffVariation":
          if (index(instruction.variationId) === -1) return `unknown variation ${instruction.variationId}`;
          env.offVariation = index(instruction.variationId);
          break;
        case "updateFallthroughVariationOrRollout": {
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
            rules.push({ _id: randomUUID(), description: rule.description, clauses: rule.clauses, ...result });
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
