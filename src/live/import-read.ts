import type { ImportedCatalog } from "../catalog/edit/import";
import type { RestClient } from "../targeting/rest-client";
import { aiConfigListShape, type LiveAiConfig } from "./read";

/**
 * The read-only calls `aic import` makes besides those of read.ts: the project with its environments, every AI
 * Config, the AI tools, the metrics and an environment's segments. Each answer's shape is checked before it is relied on.
 */

/** An environment as the project GET lists it: the fields the imported catalog writes, named as the API names them. */
export type LiveEnvironment = ImportedCatalog["project"]["environments"][number];

export interface LiveProject {
  key: string;
  name: string;
  tags?: string[];
  environments: LiveEnvironment[];
}

export interface LiveTool {
  key: string;
  description?: string;
  schema?: unknown;
}

export interface LiveSegment {
  key: string;
  name: string;
  description?: string;
  included?: string[];
  excluded?: string[];
  rules?: Array<{
    description?: string;
    clauses: Array<{ attribute?: string; op: string; values: unknown[]; contextKind?: string; negate?: boolean }>;
  }>;
}

/** A metric as GET /api/v2/metrics/{projectKey} lists it (the fields the catalog's metrics can state). */
export interface LiveMetric {
  key: string;
  name?: string;
  description?: string;
  kind?: string;
  eventKey?: string;
  isNumeric?: boolean;
  unit?: string;
  successCriteria?: string;
  unitAggregationType?: string;
  analysisType?: string;
  percentileValue?: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const keyed = (v: unknown) => isObject(v) && typeof v.key === "string";

/** `{items: [...]}` (or a bare list) whose items each have a string key. */
function itemsShape<T>(what: string) {
  return (body: unknown): T[] | { invalid: string } => {
    const items = isObject(body) && Array.isArray(body.items) ? body.items : body;
    return Array.isArray(items) && items.every(keyed) ? (items as T[]) : { invalid: `not a list of ${what}` };
  };
}

function projectShape(body: unknown): LiveProject | { invalid: string } {
  if (!isObject(body) || typeof body.key !== "string" || typeof body.name !== "string")
    return { invalid: "not a project" };
  const environments = isObject(body.environments) ? body.environments.items : body.environments;
  if (!Array.isArray(environments) || !environments.every((e) => keyed(e) && typeof e.name === "string"))
    return { invalid: "a project whose environments are not a list of {key, name, ...}" };
  return { ...(body as unknown as LiveProject), environments: environments as LiveEnvironment[] };
}

const projectPath = (key: string) => `/api/v2/projects/${encodeURIComponent(key)}`;

/** The project with its environments, or undefined when there is no project by that key. */
export async function getProject(client: RestClient, projectKey: string): Promise<LiveProject | undefined> {
  const path = `${projectPath(projectKey)}?expand=environments`;
  return (await client.request({ method: "GET", path, accept: [404], parse: projectShape })).body;
}

/**
 * Every AI Config of the project with its variations, and how many keys of them LaunchDarkly answered that are not
 * LaunchDarkly keys (those are left out: see aiConfigListShape).
 */
export async function listAiConfigs(
  client: RestClient,
  projectKey: string,
): Promise<{ aiConfigs: LiveAiConfig[]; refused: number }> {
  const path = `${projectPath(projectKey)}/ai-configs?limit=1000`;
  return (await client.request({ method: "GET", path, parse: aiConfigListShape })).body!;
}

export async function listTools(client: RestClient, projectKey: string): Promise<LiveTool[]> {
  const path = `${projectPath(projectKey)}/ai-tools?limit=1000`;
  return (await client.request({ method: "GET", path, parse: itemsShape<LiveTool>("AI tools") })).body!;
}

export async function listSegments(client: RestClient, projectKey: string, env: string): Promise<LiveSegment[]> {
  const path = `/api/v2/segments/${encodeURIComponent(projectKey)}/${encodeURIComponent(env)}?limit=1000`;
  return (await client.request({ method: "GET", path, parse: itemsShape<LiveSegment>("segments") })).body!;
}

export async function listMetrics(client: RestClient, projectKey: string): Promise<LiveMetric[]> {
  const path = `/api/v2/metrics/${encodeURIComponent(projectKey)}?limit=1000`;
  return (await client.request({ method: "GET", path, parse: itemsShape<LiveMetric>("metrics") })).body!;
}
