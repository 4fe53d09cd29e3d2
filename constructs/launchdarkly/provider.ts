import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { LaunchdarklyProvider } from "./bindings";

/** Provider v3 is required: AI Config resources, working tool attachment (3.1.1) and judges (3.1.0). */
export const LAUNCHDARKLY_PROVIDER_CONSTRAINT = "~> 3.1, >= 3.1.3";

export interface LaunchDarklyProviderProps {
  /** https://app.eu.launchdarkly.com for the EU instance. */
  readonly apiHost: string;
  /** Parallel API calls (2 unless said); LaunchDarkly rate-limits, so keep this low. */
  readonly maxConcurrency?: number;
  /** How long one API call may take, in seconds: 60 unless said. */
  readonly httpTimeoutSeconds?: number;
}

/**
 * The LaunchDarkly provider block. The access token is deliberately not a property: the provider reads
 * LAUNCHDARKLY_ACCESS_TOKEN from the pipeline's environment, so no token can reach synthesized files.
 */
export function launchDarklyProvider(
  scope: Construct,
  id: string,
  props: LaunchDarklyProviderProps,
): LaunchdarklyProvider {
  const provider = new LaunchdarklyProvider(scope, id, {
    apiHost: props.apiHost,
    maxConcurrency: props.maxConcurrency ?? 2,
    httpTimeout: props.httpTimeoutSeconds ?? 60,
  });
  // The bindings pin the exact version they were generated from; the stack accepts any compatible 3.1.x and later.
  TerraformStack.of(scope).addOverride(
    "terraform.required_providers.launchdarkly.version",
    LAUNCHDARKLY_PROVIDER_CONSTRAINT,
  );
  return provider;
}
