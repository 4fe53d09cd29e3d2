import { spawn, spawnSync } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "./catalog-fixture";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The directory `aic` runs in: never the repository, so that no test can depend on the organisation's own
 * configs/ and prompts/ by leaving out --root.
 */
const CWD = os.tmpdir();

/** Runs `aic` as a separate process, exactly as `npm run aic --` does. */
export function runAic(args: string[], env: Record<string, string | undefined> = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "bin/aic.js"), ...args], {
    cwd: CWD,
    encoding: "utf8",
    env: { ...process.env, GITHUB_ACTIONS: undefined, AIC_DEBUG: undefined, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `aic` without blocking this process, so that a stand-in served from its event loop can answer. */
export function runAicAsync(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin/aic.js"), ...args], {
      cwd: CWD,
      env: { ...process.env, GITHUB_ACTIONS: undefined, AIC_DEBUG: undefined, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
