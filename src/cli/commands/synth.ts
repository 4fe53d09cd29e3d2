import * as fs from "node:fs";
import * as path from "node:path";
import { EXIT_INVALID, EXIT_OK } from "../errors";
import { plural, reportProblems, type Format, type Output } from "../output";
import { loadCatalog } from "../../catalog";
import { replaceOutputDirectory } from "../safe-write";
import { withCatalogRoot } from "./validate";
import { RECONCILER_COMMANDS } from "../reconciler-commands";

export interface SynthOptions {
  root: string;
  out: string;
  format: Format;
}

/**
 * Validates, then synthesizes every stack. Output goes to a sibling temporary directory that replaces `out`
 * only once synthesis succeeded, so a failed run leaves the previous output exactly as it was; and `out` is
 * replaced only when it is new, empty, or holds nothing but an earlier synth's output (safe-write.ts).
 */
export function synthCommand(options: SynthOptions, output: Output): number {
  const result = withCatalogRoot(() => loadCatalog(options.root));
  if (!result.ok) {
    reportProblems(output, result.problems, result.prompts, options);
    output.err(`nothing was synthesized; ${options.out} is unchanged`);
    return EXIT_INVALID;
  }

  // Required lazily: cdktf and the provider bindings cost start-up time that validation does not need.
  const { buildApp } = require("../../../stacks/app") as typeof import("../../../stacks/app");
  const out = path.resolve(options.out);
  replaceOutputDirectory(out, "aic synth", (staging) =>
    withoutTokenStackTraces(() =>
      buildApp(result.catalog, { outdir: staging, reconcilers: RECONCILER_COMMANDS }).synth(),
    ),
  );

  const stacks = fs.readdirSync(path.join(out, "stacks")).sort();
  if (options.format === "json") {
    reportProblems(output, result.problems, result.prompts, { ...options, extra: { out: options.out, stacks } });
  } else {
    if (result.problems.length > 0) reportProblems(output, result.problems, result.prompts, options);
    output.out(`synthesized ${plural(stacks.length, "stack")} into ${options.out}/stacks: ${stacks.join(", ")}`);
  }
  return EXIT_OK;
}

/**
 * cdktf records a full stack trace for every token and computed list it creates (the generated bindings make
 * several per resource), only to print it if that token is misused. On large catalogs that was a third of
 * synth time, so tokens are created without one; AIC_DEBUG=1 keeps them for debugging a construct.
 */
function withoutTokenStackTraces(run: () => void): void {
  if (process.env.AIC_DEBUG) return run();
  const capture = Error.captureStackTrace;
  Error.captureStackTrace = (target: object) => {
    (target as { stack?: string }).stack = "";
  };
  try {
    run();
  } finally {
    Error.captureStackTrace = capture;
  }
}
