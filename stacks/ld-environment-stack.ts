import type { Construct } from "constructs";
import { launchDarklyProvider } from "../constructs/launchdarkly/provider";
import { Segments } from "../constructs/launchdarkly/segments";
import type { Catalog } from "../src/catalog";
import { RemoteStateStack } from "./remote-state-stack";

/** One environment's LaunchDarkly state: segments, AI Config targeting and approval settings. */
export class LdEnvironmentStack extends RemoteStateStack {
  constructor(scope: Construct, catalog: Catalog, environment: string) {
    super(scope, `ld-${environment}`, catalog);
    launchDarklyProvider(this, "launchdarkly", { apiHost: catalog.instance.apiHost });
    new Segments(this, "segments", { projectKey: catalog.project.key, environmentKey: environment, segments: catalog.segments[environment] ?? [], tags: catalog.project.tags });
  }
}
