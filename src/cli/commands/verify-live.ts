import { CAPABILITY_TABLE } from "../../access/capabilities";
import { exitCodeOf, renderReport } from "../../live/render";
import { SCRATCH_PREFIX, verifyLive } from "../../live/verify-live";
import { parseApiHost } from "../../targeting/rest-client";
import { deadlineMs } from "../deadline";
import { EXIT_INVALID, UsageError } from "../errors";
import type { Output } from "../output";
import { loadValidCatalog } from "./validate";

export interface VerifyLiveCommandOptions {
  root: string;
  projectPrefix: string;
  apiHost?: string;
  /** Seconds, as typed. */
  deadline: string;
  format: "text" | "json";
}

/**
 * `aic verify-live --project-prefix P`: the product's unsettled assumptions, checked on the configured LaunchDarkly
 * instance in a scratch project it creates and deletes. Ctrl-C stops the checks and still cleans up; a second one
 * abandons the clean-up, saying what is left.
 */
export async function verifyLiveCommand(options: VerifyLiveCommandOptions, output: Output): Promise<number> {
  const token = process.env.LAUNCHDARKLY_ACCESS_TOKEN;
  if (!token) throw new UsageError("LAUNCHDARKLY_ACCESS_TOKEN is not set");
  if (!SCRATCH_PREFIX.test(options.projectPrefix))
    throw new UsageError(
      `--project-prefix ${options.projectPrefix}: expected up to 40 letters, digits, ".", "_" or "-", starting with a letter or digit`,
    );
  const deadline = deadlineMs(options.deadline);
  if (options.apiHost !== undefined) {
    const host = parseApiHost(options.apiHost);
    if (typeof host === "string") throw new UsageError(`--api-host ${host}`);
  }
  const catalog = options.apiHost ? undefined : loadValidCatalog(options.root, output, "text");
  const apiHost = options.apiHost ?? catalog?.instance.apiHost;
  if (!apiHost) return EXIT_INVALID;

  const interrupt = new AbortController();
  const onSigint = () => {
    if (!interrupt.signal.aborted) {
      interrupt.abort();
      output.err("aic: interrupted; deleting the scratch project first (Ctrl-C again abandons the clean-up)");
      return;
    }
    output.err("aic: clean-up abandoned: delete the scratch project, its roles and team by hand");
    process.exit(130);
  };
  process.on("SIGINT", onSigint);
  try {
    const report = await verifyLive({
      apiHost,
      token,
      deadlineMs: deadline,
      prefix: options.projectPrefix,
      capabilities: Object.entries(CAPABILITY_TABLE).map(([capability, c]) => ({ capability, grants: c.grants })),
      signal: interrupt.signal,
      progress: (line) => output.err(line),
    });
    const code = exitCodeOf(report);
    if (options.format === "json") output.out(JSON.stringify({ ...report, exitCode: code }, null, 2));
    else for (const line of renderReport(report)) output.out(line);
    return code;
  } finally {
    process.off("SIGINT", onSigint);
  }
}
