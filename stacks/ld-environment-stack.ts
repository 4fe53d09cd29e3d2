import type { Construct } from "constructs";
import { launchDarklyProvider } from "../constructs/launchdarkly/provider";
import { RestReconcilers } from "../constructs/launchdarkly/rest-reconciled";
import { Segments } from "../constructs/launchdarkly/segments";
import { desiredTargeting } from "../src/targeting/semantic-patch";
import type { Catalog } from "../src/catalog";
import { importExisting } from "./imports";
import { RemoteStateStack } from "./remote-state-stack";

// Terraform runs in cdktf.out/stacks/<stack>; the reconcilers run from the repository root.
const REPOSITORY_ROOT = "../../..";

/**
 * The command lines Terraform's provisioners run to reconcile what the provider cannot manage. The CLI owns them
 * (src/cli/reconciler-commands.ts) and hands them to buildApp, so a renamed command or option changes one place.
 */
export interface ReconcilerCommands {
  approvals(environment: string): string;
  targeting(environment: string, config: string): string;
  experiment(environment: string, config: string, experiment: string): string;
}

/** One environment's LaunchDarkly state: segments, AI Config targeting, approval settings and experiments. */
export class LdEnvironmentStack extends RemoteStateStack {
  constructor(scope: Construct, catalog: Catalog, environment: string, commands: ReconcilerCommands) {
    super(scope, `ld-${environment}`, catalog);
    launchDarklyProvider(this, "launchdarkly", { apiHost: catalog.instance.apiHost });
    new Segments(this, "segments", {
      projectKey: catalog.project.key,
      environmentKey: environment,
      segments: catalog.segments[environment] ?? [],
      tags: catalog.project.tags,
    });
    const env = catalog.environments.find((e) => e.key === environment)!;
    const reconcilers = new RestReconcilers(this, "reconcilers");
    reconcilers.reconcile("approval-settings", {
      subject: "approval settings",
      environment,
      desired: env.approvals,
      command: commands.approvals(environment),
      workingDir: REPOSITORY_ROOT,
    });
    for (const config of catalog.aiConfigs) {
      const desired = desiredTargeting(config, environment);
      if (!desired) continue;
      const targeting = reconcilers.reconcile(`targeting-${config.key}`, {
        subject: config.key,
        environment,
        desired,
        command: commands.targeting(environment, config.key),
        workingDir: REPOSITORY_ROOT,
      });
      for (const experiment of config.experiments[environment] ?? []) {
        reconcilers.reconcile(`experiment-${config.key}-${experiment.key}`, {
          subject: `${config.key}/${experiment.key}`,
          environment,
          desired: experiment,
          command: commands.experiment(environment, config.key, experiment.key),
          workingDir: REPOSITORY_ROOT,
          dependsOn: [targeting],
        });
      }
    }
    importExisting(this, catalog.imports);
  }
}
