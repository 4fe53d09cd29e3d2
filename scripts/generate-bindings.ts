/**
 * `npm run bindings`: generates the LaunchDarkly provider v3 bindings in .gen/ from the committed, reviewed
 * schema (schema/launchdarkly-provider.json), as `cdktf get` would from `terraform providers schema -json`,
 * but offline. The prebuilt @cdktf/provider-launchdarkly is frozen at provider 2.26.0 (no AI Config resources).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..");
export const SCHEMA_FILE = path.join(REPO_ROOT, "schema/launchdarkly-provider.json");
export const BINDINGS_DIR = path.join(REPO_ROOT, ".gen");

/** Writes the bindings for `schemaFile` under `outDir` (providers/launchdarkly/...). */
export async function generateBindings(schemaFile: string, outDir: string): Promise<void> {
  // The generator asks HashiCorp's checkpoint service for updates unless told not to; this machine is offline.
  process.env.CHECKPOINT_DISABLE = "1";
  const { generateProviderBindingsFromSchema } = await import("@cdktf/provider-generator");
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  await generateProviderBindingsFromSchema(outDir, schema);
}

async function main(): Promise<void> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "aic-bindings-"));
  try {
    await generateBindings(SCHEMA_FILE, staging);
    fs.rmSync(BINDINGS_DIR, { recursive: true, force: true });
    fs.cpSync(staging, BINDINGS_DIR, { recursive: true });
    console.log(`generated ${path.relative(REPO_ROOT, BINDINGS_DIR)}/ from ${path.relative(REPO_ROOT, SCHEMA_FILE)}`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`bindings: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
