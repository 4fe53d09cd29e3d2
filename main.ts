/**
 * The cdktf app entry (cdktf.json "app"): loads the catalog from the current directory and synthesizes every
 * stack. `npm run synth` does the same with validation output and a safe output swap; prefer it.
 */
import { loadCatalog } from "./src/catalog";
import { formatProblemsText } from "./src/cli/output";
import { RECONCILER_COMMANDS } from "./src/cli/reconciler-commands";
import { buildApp } from "./stacks/app";

const result = loadCatalog(process.env.AIC_ROOT ?? ".");
if (!result.ok) {
  for (const line of formatProblemsText(result.problems)) process.stderr.write(`${line}\n`);
  process.exit(1);
}
buildApp(result.catalog, { reconcilers: RECONCILER_COMMANDS }).synth();
