import { App } from "cdktf";
import type { Catalog } from "../src/catalog";
import { AwsEnvironmentStack } from "./aws-environment-stack";
import { BootstrapStack } from "./bootstrap-stack";
import { LaunchDarklyStack } from "./launchdarkly-stack";
import { LdEnvironmentStack, type ReconcilerCommands } from "./ld-environment-stack";
import { StandaloneStack } from "./synthesis/standalone-stack";

export interface BuildAppOptions {
  outdir?: string;
  /** The `aic` command lines the reconciling provisioners run: the CLI's RECONCILER_COMMANDS. */
  reconcilers: ReconcilerCommands;
}

/** Composes every stack of design §5 from the catalog. */
export function buildApp(catalog: Catalog, options: BuildAppOptions): App {
  const app = new App({ outdir: options.outdir, stackTraces: false });
  new BootstrapStack(app, catalog);
  new LaunchDarklyStack(app, catalog);
  for (const env of catalog.environments) {
    new LdEnvironmentStack(app, catalog, env.key, options.reconcilers);
    new AwsEnvironmentStack(app, catalog, env.key);
  }
  return app;
}

/** One stack of the app as its cdk.tf.json holds it, without writing anything; undefined when there is none. */
export function stackJson(
  catalog: Catalog,
  name: string,
  reconcilers: ReconcilerCommands,
): Record<string, unknown> | undefined {
  const stack = buildApp(catalog, { reconcilers }).node.children.find((child) => child.node.id === name);
  return stack instanceof StandaloneStack ? (stack.toTerraform() as Record<string, unknown>) : undefined;
}
