import type { Construct } from "constructs";
import { launchDarklyProvider } from "../constructs/launchdarkly/provider";
import { AiConfigTargeting } from "../constructs/launchdarkly/ai-config-targeting";
import { Segments } from "../constructs/launchdarkly/segments";
import { desiredTargeting } from "../src/targeting/semantic-patch";
import type { Catalog } from "../src/catalog";
import { RemoteStateStack } from "./remote-state-stack";

/** One environment's LaunchDarkly state: segments, AI Config targeting and approval settings. */
export class LdEnvironmentStack extends RemoteStateStack {
  constructor(scope: Construct, catalog: Catalog, environment: string) {
    super(scope, `ld-${environment}`, catalog);
    launchDarklyProvider(this, "launchdarkly", { apiHost: catalog.instance.apiHost });
    new Segments(this, "segments", { projectKey: catalog.project.key, environmentKey: environment, segments: catalog.segments[environment] ?? [], tags: catalog.project.tags });
    const env = catalog.environments.find((e) => e.key === environment)!;
    new AiConfigTargeting(this, "approval-settings", {
      subject: "approval settings",
      environment,
      desired: env.approvals,
      command: `npm run --silent aic -- targeting apply --env ${environment} --approvals`,
      workingDir: "../../..",
    });
    for (const config of catalog.aiConfigs) {
      const desired = desiredTargeting(config, environment);
      if (!desired) continue;
      new AiConfigTargeting(this, `targeting-${config.key}`, {
        subject: config.key,
        environment,
        desired,
        // Terraform runs in cdktf.out/stacks/<stack>; the reconciler runs from the repository root.
        command: `npm run --silent aic -- targeting apply --env ${environment} --config ${config.key}`,
        workingDir: "../../..",
      });
    }
  }
}
