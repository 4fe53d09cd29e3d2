import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { REPO_ROOT } from "./catalog-fixture";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `aic` as a separate process, exactly as `npm run aic --` does. */
export function runAic(args: string[], env: Record<string, string | undefined> = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "bin/aic.js"), ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, GITHUB_ACTIONS: undefined, AIC_DEBUG: undefined, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
