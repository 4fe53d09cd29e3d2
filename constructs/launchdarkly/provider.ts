import { TerraformProvider } from "cdktf";
import type { Construct } from "constructs";

/** Provider v3 is required: AI Config resources, working tool attachment (3.1.1) and judges (3.1.0). */
export const LAUNCHDARKLY_PROVIDER_SOURCE = "launchdarkly/launchdarkly";
export const LAUNCHDARKLY_PROVIDER_CONSTRAINT = "~> 3.1, >= 3.1.3";

export interface LaunchDarklyProviderProps {
  /** https://app.eu.launchdarkly.com for the EU instance. */
  apiHost: string;
  /** Parallel API calls; LaunchDarkly rate-limits, so keep this low. */
  maxConcurrency?: number;
  httpTimeoutSeconds?: number;
}

/**
 * The LaunchDarkly provider block. The access token is deliberately not a property: the provider reads
 * LAUNCHDARKLY_ACCESS_TOKEN from the pipeline's environment, so no token can reach synthesized files.
 */
export class LaunchDarklyProvider extends TerraformProvider {
  constructor(
    scope: Construct,
    id: string,
    private readonly props: LaunchDarklyProviderProps,
  ) {
    super(scope, id, {
      terraformResourceType: "launchdarkly",
      terraformGeneratorMetadata: { providerName: "launchdarkly", providerVersionConstraint: LAUNCHDARKLY_PROVIDER_CONSTRAINT },
      terraformProviderSource: LAUNCHDARKLY_PROVIDER_SOURCE,
    });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return {
      api_host: this.props.apiHost,
      max_concurrency: this.props.maxConcurrency ?? 2,
      http_timeout: this.props.httpTimeoutSeconds ?? 60,
    };
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    const attribute = (value: unknown, type: string) => ({ value, isBlock: false, type: "simple", storageClassType: type });
    const attrs = this.synthesizeAttributes();
    return {
      api_host: attribute(attrs.api_host, "string"),
      max_concurrency: attribute(attrs.max_concurrency, "number"),
      http_timeout: attribute(attrs.http_timeout, "number"),
    };
  }
}
