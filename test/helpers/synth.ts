import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadCatalog, type Catalog } from "../../src/catalog";
import { RECONCILER_COMMANDS } from "../../src/cli/reconciler-commands";
import { buildApp } from "../../stacks/app";

export type StackJson = Record<string, any>;

export function catalogAt(root: string): Catalog {
  const result = loadCatalog(root);
  if (!result.ok)
    throw new Error(
      `fixture catalog is invalid:\n${result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n")}`,
    );
  return result.catalog;
}

/** Synthesizes every stack of a catalog into a temporary directory and returns each stack's cdk.tf.json. */
export function synthAll(catalog: Catalog): Record<string, StackJson> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "aic-synth-"));
  try {
    buildApp(catalog, { outdir, reconcilers: RECONCILER_COMMANDS }).synth();
    const stacks = fs.readdirSync(path.join(outdir, "stacks"));
    return Object.fromEntries(
      stacks.map((s) => [s, JSON.parse(fs.readFileSync(path.join(outdir, "stacks", s, "cdk.tf.json"), "utf8"))]),
    );
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
