import { LAUNCHDARKLY_PROVIDER_CONSTRAINT, launchDarklyProvider } from "../../../constructs/launchdarkly/provider";
import { synthAlone } from "../../helpers/construct-synth";

describe("launchDarklyProvider alone", () => {
  it("GIVEN an API host THEN the provider talks to it, two calls at a time with a 60 s timeout, and no token", () => {
    const json = synthAlone((scope) => {
      launchDarklyProvider(scope, "launchdarkly", { apiHost: "https://app.eu.launchdarkly.com" });
    });
    expect(json.provider.launchdarkly).toEqual([
      { api_host: "https://app.eu.launchdarkly.com", max_concurrency: 2, http_timeout: 60 },
    ]);
    expect(JSON.stringify(json)).not.toMatch(/access_token|oauth_token/);
  });

  it("THEN the stack accepts any compatible provider from 3.1.3 on, not only the bindings' exact version", () => {
    const json = synthAlone((scope) => {
      launchDarklyProvider(scope, "launchdarkly", { apiHost: "https://app.launchdarkly.com", maxConcurrency: 1 });
    });
    expect(LAUNCHDARKLY_PROVIDER_CONSTRAINT).toBe("~> 3.1, >= 3.1.3");
    expect(json.terraform.required_providers.launchdarkly.version).toBe(LAUNCHDARKLY_PROVIDER_CONSTRAINT);
    expect(json.provider.launchdarkly[0].max_concurrency).toBe(1);
  });
});
