import { spawn } from "node:child_process";
import * as path from "node:path";
import { EXAMPLE_ROOT, exampleCatalog, REPO_ROOT } from "../helpers/catalog-fixture";

/** Runs aic with its stdout a pipe whose reader is gone at once, as `aic ... | head -1` leaves it. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin/aic.js"), ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, GITHUB_ACTIONS: undefined },
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("a closed pipe ends a command quietly", () => {
  it("GIVEN preview | head -1 THEN no EPIPE trace, and the command's own exit code", async () => {
    const run = await withClosedStdout([
      "preview",
      "--root",
      EXAMPLE_ROOT,
      "support-assistant",
      "--env",
      "dev",
      "--context",
      '{"key":"u"}',
      "--var",
      "company=A",
      "--var",
      "customer_name=B",
    ]);
    expect(run).toEqual({ code: 0, stderr: "" });
  });

  it("GIVEN docs --format json | head -1 on an invalid catalog THEN only the command's own message, exit 1", async () => {
    const run = await withClosedStdout([
      "docs",
      "--root",
      exampleCatalog({ "configs/models.yaml": null }),
      "--format",
      "json",
    ]);
    expect(run).toEqual({ code: 1, stderr: "no page was written\n" });
  });

  it("GIVEN validate --format json --tokens | head -1 THEN no trace", async () => {
    const run = await withClosedStdout(["validate", "--root", EXAMPLE_ROOT, "--format", "json", "--tokens"]);
    expect(run).toEqual({ code: 0, stderr: "" });
  });
});
