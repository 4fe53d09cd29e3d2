import type { Construct } from "constructs";
import { LaunchDarklyProvider } from "../constructs/launchdarkly/provider";
import type { Catalog } from "../src/catalog";
import { RemoteStateStack } from "./remote-state-stack";

/** One environment's LaunchDarkly state: segments, AI Config targeting and approval settings. */
export class LdEnvironmentStack extends RemoteStateStack {
  constructor(scope: Construct, catalog: Catalog, environment: string) {
    super(scope, `ld-${environment}`, catalog);
    new LaunchDarklyProvider(this, "launchdarkly", { apiHost: catalog.instance.apiHost });
  }
}
