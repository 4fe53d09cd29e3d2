import { execFileSync } from "node:child_process";
import type { Catalog } from "../../catalog";
import { ReconcileError } from "../../targeting/reconcile";
import { Deadline, LaunchDarklyClient, parseApiHost } from "../../targeting/rest-client";
import { deadlineMs } from "../deadline";
import { UsageError } from "../errors";
import type { Output } from "../output";
import { loadValidCatalog } from "./validate";

/** `diff` exits with this when LaunchDarkly differs from the files (the nightly drift job's signal). */
export const EXIT_DRIFT = 3;

export interface RestOptions {
  root: string;
  env: string;
  config?: string[];
  apiHost?: string;
  comment?: string;
  /** Seconds, as typed. */
  deadline?: string;
}

function commitName(root: string): string {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  try {
    return execFileSync("git", ["-C", root, "rev-parse", "--short", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "an uncommitted working tree";
  }
}

export interface RestSession {
  catalog: Catalog;
  client: LaunchDarklyClient;
  comment: string;
}

/**
 * What every REST reconciling command starts with: a plan, apply or diff action, the token from
 * LAUNCHDARKLY_ACCESS_TOKEN only, a valid catalog and a known environment. Undefined when the catalog is invalid.
 */
export function openRestSession(
  command: string,
  action: string,
  options: RestOptions,
  output: Output,
): RestSession | undefined {
  if (!["plan", "apply", "diff"].includes(action))
    throw new UsageError(`${command} ${action}: expected plan, apply or diff`);
  const token = process.env.LAUNCHDARKLY_ACCESS_TOKEN;
  if (!token) throw new UsageError("LAUNCHDARKLY_ACCESS_TOKEN is not set");
  const ms = deadlineMs(options.deadline);
  if (options.apiHost !== undefined) {
    const host = parseApiHost(options.apiHost);
    if (typeof host === "string") throw new UsageError(`--api-host ${host}`);
  }
  const catalog = loadValidCatalog(options.root, output, "text");
  if (!catalog) return undefined;
  if (!catalog.environments.some((e) => e.key === options.env))
    throw new UsageError(`unknown environment "${options.env}"`);
  const client = new LaunchDarklyClient({
    apiHost: options.apiHost ?? catalog.instance.apiHost,
    token,
    deadline: new Deadline(ms),
  });
  return { catalog, client, comment: options.comment ?? `aic ${command} apply of ${commitName(options.root)}` };
}

/** Runs a reconciler; a failure it explains (a ReconcileError) becomes one line on stderr, and undefined. */
export async function reconciling<T>(
  command: string,
  action: string,
  output: Output,
  run: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ReconcileError)) throw error;
    output.err(`aic: ${command} ${action} failed: ${error.message}`);
    return undefined;
  }
}
