import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Annotations, App, Aspects, TerraformOutput, TerraformStack, type IAspect } from "cdktf";
import { StackSynthesizer } from "cdktf/lib/synthesize/synthesizer";
import { generateCatalog } from "../../../bench/generate-catalog";
import { RECONCILER_COMMANDS } from "../../../src/cli/reconciler-commands";
import { buildApp } from "../../../stacks/app";
import { SortedJsonSynthesizer } from "../../../stacks/synthesis/sorted-json-synthesizer";
import { StandaloneStack } from "../../../stacks/synthesis/standalone-stack";
import { EXAMPLE_ROOT } from "../../helpers/catalog-fixture";
import { catalogAt } from "../../helpers/synth";

/** Every file an app's synth writes, by path below its output directory. */
function synthesized(app: (outdir: string) => App, synthesizer: "ours" | "cdktf's"): Record<string, string> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "aic-synthesizer-"));
  try {
    const built = app(outdir);
    if (synthesizer === "cdktf's") {
      for (const stack of built.node.findAll().filter(TerraformStack.isStack))
        (stack as TerraformStack).synthesizer = new StackSynthesizer(stack as TerraformStack);
    }
    built.synth();
    const files = fs.readdirSync(outdir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    return Object.fromEntries(
      files.map((e) => [
        path.relative(outdir, path.join(e.parentPath, e.name)),
        fs.readFileSync(path.join(e.parentPath, e.name), "utf8"),
      ]),
    );
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function appWith(build: (stack: StandaloneStack) => void): (outdir: string) => App {
  return (outdir) => {
    const app = new App({ outdir, stackTraces: false });
    build(new StandaloneStack(app, "only"));
    return app;
  };
}

describe("SortedJsonSynthesizer", () => {
  it("GIVEN the example catalog THEN every file synth writes is byte for byte what cdktf's synthesizer writes", () => {
    const catalog = catalogAt(EXAMPLE_ROOT);
    const app = (outdir: string) => buildApp(catalog, { outdir, reconcilers: RECONCILER_COMMANDS });
    const ours = synthesized(app, "ours");
    expect(Object.keys(ours)).toContain("stacks/launchdarkly/cdk.tf.json");
    expect(ours).toEqual(synthesized(app, "cdktf's"));
  });

  it("GIVEN a generated catalog (rules, segments, rollouts) THEN every file is cdktf's too", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "aic-synthesizer-catalog-"));
    try {
      generateCatalog(root, 5);
      const catalog = catalogAt(root);
      const app = (outdir: string) => buildApp(catalog, { outdir, reconcilers: RECONCILER_COMMANDS });
      expect(synthesized(app, "ours")).toEqual(synthesized(app, "cdktf's"));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("GIVEN a warning on a construct THEN the manifest records it as cdktf's does", () => {
    const app = appWith((stack) => {
      const output = new TerraformOutput(stack, "out", { value: "x" });
      Annotations.of(output).addWarning("a warning the manifest keeps");
    });
    const ours = synthesized(app, "ours");
    expect(ours["manifest.json"]).toContain("a warning the manifest keeps");
    expect(ours).toEqual(synthesized(app, "cdktf's"));
  });

  it("GIVEN an error annotation THEN synth stops with cdktf's message and writes no stack", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "aic-synthesizer-error-"));
    try {
      const app = appWith((stack) => {
        const output = new TerraformOutput(stack, "out", { value: "x" });
        Annotations.of(output).addError("this stack cannot be written");
      })(outdir);
      expect(() => app.synth()).toThrow(
        /Encountered Annotations with level "ERROR":\n\[only\/out\] this stack cannot be written/,
      );
      expect(fs.existsSync(path.join(outdir, "stacks/only/cdk.tf.json"))).toBe(false);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  it("GIVEN an aspect on a stack THEN cdktf's synthesizer runs, and the aspect's change is written", () => {
    const renamed: IAspect = {
      visit: (node) => {
        if (node instanceof TerraformOutput) node.description = "set by an aspect";
      },
    };
    const app = (outdir: string) => {
      return appWith((stack) => {
        new TerraformOutput(stack, "out", { value: "x" });
        Aspects.of(stack).add(renamed);
      })(outdir);
    };
    const ours = synthesized(app, "ours");
    expect(ours["stacks/only/cdk.tf.json"]).toContain("set by an aspect");
    expect(ours).toEqual(synthesized(app, "cdktf's"));
  });

  it("GIVEN a stack of this app THEN it writes through SortedJsonSynthesizer", () => {
    const app = new App({ stackTraces: false });
    expect(new StandaloneStack(app, "any").synthesizer).toBeInstanceOf(SortedJsonSynthesizer);
  });
});
