import type { Construct } from "constructs";
import { LaunchDarklyProvider } from "../constructs/launchdarkly/provider";
import type { Catalog } from "../src/catalog";
import { RemoteStateStack } from "./remote-state-stack";

/** Project-wide LaunchDarkly resources: project, environments, models, AI Configs, roles, teams, metrics. */
export class LaunchDarklyStack extends RemoteStateStack {
  constructor(scope: Construct, catalog: Catalog) {
    super(scope, "launchdarkly", catalog);
    new LaunchDarklyProvider(this, "launchdarkly", { apiHost: catalog.instance.apiHost });
  }
}
