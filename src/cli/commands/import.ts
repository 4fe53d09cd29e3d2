import * as fs from "node:fs";
import * as path from "node:path";
import { importedFiles } from "../../catalog/edit/import";
import { planImport, readProject } from "../../live/import";
import { ApiError, Deadline, LaunchDarklyClient, parseApiHost } from "../../targeting/rest-client";
import { deadlineMs } from "../deadline";
import { EXIT_INVALID, EXIT_OK, UsageError } from "../errors";
import type { Output } from "../output";
import { writeFiles } from "../safe-write";

export interface ImportOptions {
  project: string;
  out?: string;
  apiHost: string;
  deadline?: string;
}

/**
 * A path inside configs/ or prompts/: relative, no "", "." or ".." part, no backslash. Keys were checked where
 * LaunchDarkly's answers are read (src/live/read.ts); this is the last defence before writing, of the path's shape.
 */
export const isCatalogPath = (file: string) => {
  const [top, ...rest] = file.split("/");
  return (
    (top === "configs" || top === "prompts") &&
    rest.length > 0 &&
    rest.every((part) => part !== "" && part !== "." && part !== ".." && !/[\\\0]/.test(part))
  );
};

const NOT_A_KEY =
  "aic: import failed, nothing was written: LaunchDarkly answered a key that is not a LaunchDarkly key, so it cannot name a file";

/** LaunchDarkly's instance an API host belongs to, or undefined for any other host (a stand-in, a proxy). */
function instanceOf(host: URL): string | undefined {
  if (host.hostname === "app.eu.launchdarkly.com") return "eu";
  if (host.hostname === "app.launchdarkly.com") return "us";
  if (host.hostname === "app.launchdarkly.us") return "federal";
  return undefined;
}

/**
 * `aic import --project KEY [--out DIR]`: a catalog written from an existing LaunchDarkly project into a new or
 * empty directory. What LaunchDarkly does not hold is written as a default marked "not in LaunchDarkly: fill in".
 */
export async function importCommand(options: ImportOptions, output: Output): Promise<number> {
  const token = process.env.LAUNCHDARKLY_ACCESS_TOKEN;
  if (!token) throw new UsageError("LAUNCHDARKLY_ACCESS_TOKEN is not set");
  const deadline = new Deadline(deadlineMs(options.deadline));
  const host = parseApiHost(options.apiHost);
  if (typeof host === "string") throw new UsageError(`--api-host ${host}`);
  const out = options.out ?? options.project;
  if (fs.existsSync(out) && (!fs.statSync(out).isDirectory() || fs.readdirSync(out).length > 0))
    throw new UsageError(`--out ${out}: expected a new or empty directory; nothing was written`);
  const client = new LaunchDarklyClient({ apiHost: options.apiHost, token, deadline });
  let read;
  try {
    read = await readProject(client, options.project);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    output.err(`aic: import failed, nothing was written: ${error.message}`);
    return EXIT_INVALID;
  }
  if (!read) {
    output.err(`aic: import failed, nothing was written: LaunchDarkly has no project "${options.project}"`);
    return EXIT_INVALID;
  }
  // File names come from LaunchDarkly's keys: an answer holding something else ("../../x") writes nothing at all.
  if (read.refusedKeys > 0) {
    output.err(NOT_A_KEY);
    return EXIT_INVALID;
  }
  const { catalog, notImported } = planImport(read);
  const files = importedFiles({ ...catalog, instance: instanceOf(host) });
  if (!files.every((f) => isCatalogPath(f.file))) {
    output.err(NOT_A_KEY);
    return EXIT_INVALID;
  }
  writeFiles(files.map((file) => ({ path: path.join(out, file.file), text: file.text })));
  for (const line of notImported) output.err(`not imported: ${line}`);
  for (const file of files.filter((f) => f.text.includes("not in LaunchDarkly: fill in")))
    output.err(`fill in: ${file.file} (lines marked "not in LaunchDarkly: fill in")`);
  output.out(`imported ${options.project} into ${out}: ${files.length} files; run aic validate --root ${out}`);
  return EXIT_OK;
}
