import { resourceCounts } from "../helpers/construct-synth";
import { launchDarklyStack } from "../helpers/ld-stack";

describe("the launchdarkly stack", () => {
  const stack = launchDarklyStack();

  it("GIVEN the example catalog THEN it declares every kind of resource the issue lists", () => {
    expect(resourceCounts(stack)).toEqual({
      launchdarkly_project: 1,
      launchdarkly_custom_role: 7,
      launchdarkly_team: 6,
      launchdarkly_ai_tool: 2,
      launchdarkly_model_config: 7,
      launchdarkly_ai_config: 4,
      launchdarkly_ai_config_variation: 7,
      launchdarkly_metric: 8,
      launchdarkly_audit_log_subscription: 1,
    });
  });

  it("THEN the provider is constrained to ~> 3.1 (at least 3.1.3) with no credentials in the configuration", () => {
    expect(stack.terraform.required_providers.launchdarkly).toEqual({
      source: "registry.terraform.io/launchdarkly/launchdarkly",
      version: "~> 3.1, >= 3.1.3",
    });
    expect(stack.provider.launchdarkly).toEqual([
      { api_host: "https://app.eu.launchdarkly.com", max_concurrency: 2, http_timeout: 60 },
    ]);
    expect(JSON.stringify(stack)).not.toMatch(/access_token|oauth_token|(api|sdk|mob)-[0-9a-f]{8}-/);
  });

  it("matches the reviewed snapshot (resource addresses are what Terraform tracks)", () => {
    expect(stack).toMatchSnapshot();
  });
});
