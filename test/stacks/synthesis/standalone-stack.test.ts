import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { generateCatalog } from "../../../bench/generate-catalog";
import { RECONCILER_COMMANDS } from "../../../src/cli/reconciler-commands";
import { buildApp } from "../../../stacks/app";
import { StandaloneStack } from "../../../stacks/synthesis/standalone-stack";
import { EXAMPLE_ROOT } from "../../helpers/catalog-fixture";
import { catalogAt } from "../../helpers/synth";

/** Each stack's JSON as StandaloneStack writes it, and as cdktf's own TerraformStack would. */
function bothWays(app: App): Array<{ name: string; ours: unknown; cdktf: unknown }> {
  const stacks = app.node.children.filter((child): child is TerraformStack => TerraformStack.isStack(child));
  return stacks.map((stack) => {
    stack.prepareStack();
    return {
      name: stack.node.id,
      ours: JSON.parse(JSON.stringify(stack.toTerraform())),
      cdktf: JSON.parse(JSON.stringify(TerraformStack.prototype.toTerraform.call(stack))),
    };
  });
}

describe("StandaloneStack", () => {
  it("GIVEN the example catalog THEN every stack's JSON is exactly what cdktf's TerraformStack writes", () => {
    const stacks = bothWays(buildApp(catalogAt(EXAMPLE_ROOT), { reconcilers: RECONCILER_COMMANDS }));
    expect(stacks.length).toBe(8);
    for (const { name, ours, cdktf } of stacks) expect({ name, json: ours }).toEqual({ name, json: cdktf });
  });

  it("GIVEN a generated catalog (rules, segments, rollouts in three environments) THEN every stack's JSON is cdktf's", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "aic-standalone-"));
    try {
      generateCatalog(root, 3);
      for (const { name, ours, cdktf } of bothWays(buildApp(catalogAt(root), { reconcilers: RECONCILER_COMMANDS })))
        expect({ name, json: ours }).toEqual({ name, json: cdktf });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("GIVEN a stack override and an output that hold tokens THEN they resolve as cdktf resolves them", () => {
    const app = new App({ stackTraces: false });
    const stack = new StandaloneStack(app, "tokens");
    const region = new TerraformVariable(stack, "region", { type: "string" });
    stack.addOverride("terraform.backend.s3.region", region.stringValue);
    stack.addOverride("terraform.required_version", ">= 1.10.0");
    new TerraformOutput(stack, "where", { value: `in ${region.stringValue}` });
    const [only] = bothWays(app);
    expect(only!.ours).toEqual(only!.cdktf);
    expect(only!.ours).toMatchObject({
      terraform: { backend: { s3: { region: "${var.region}" } }, required_version: ">= 1.10.0" },
      output: { where: { value: "in ${var.region}" } },
      "//": { metadata: { overrides: { stack: ["terraform"] } }, outputs: { tokens: { where: "where" } } },
    });
  });

  it("GIVEN an override that writes into an element's own value THEN the JSON is cdktf's and that value is unchanged", () => {
    const app = new App({ stackTraces: false });
    const stack = new StandaloneStack(app, "shared");
    const shared = { name: "kept" };
    new TerraformOutput(stack, "first", { value: shared });
    new TerraformOutput(stack, "second", { value: shared });
    stack.addOverride("output.first.value.added", "by the override");
    const [only] = bothWays(app);
    expect(only!.ours).toEqual(only!.cdktf);
    expect(only!.ours).toMatchObject({
      output: { first: { value: { name: "kept", added: "by the override" } }, second: { value: { name: "kept" } } },
    });
    expect(shared).toEqual({ name: "kept" });
  });

  it("GIVEN an override set to undefined THEN it deletes what it names, as cdktf's merge does", () => {
    const app = new App({ stackTraces: false });
    const stack = new StandaloneStack(app, "deleting");
    new TerraformOutput(stack, "kept", { value: { a: "x", b: "y" } });
    stack.addOverride("output.kept.value.b", undefined);
    stack.addOverride("output.absent.value", { nothing: undefined });
    const [only] = bothWays(app);
    expect(only!.ours).toEqual(only!.cdktf);
    // Not only in the file: the JSON itself holds no key set to undefined (vet-stack compares it key by key).
    const ours = stack.toTerraform() as { output: Record<string, { value: unknown }> };
    expect(ours.output.kept!.value).toStrictEqual({ a: "x" });
    expect(ours.output.absent!.value).toStrictEqual({});
  });
});
