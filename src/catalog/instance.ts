import type { ProjectFile } from "./schema";

export interface InstanceHosts {
  /** "eu", "us", "federal", or "custom" for explicit hosts. */
  name: string;
  apiHost: string;
  sdkBaseUri: string;
  streamUri: string;
  eventsUri: string;
}

/** LaunchDarkly's documented hosts per instance (see shared reference ld-provider.md §3, bedrock-and-sdk.md §4). */
const KNOWN_INSTANCES: Record<string, Omit<InstanceHosts, "name">> = {
  eu: {
    apiHost: "https://app.eu.launchdarkly.com",
    sdkBaseUri: "https://sdk.eu.launchdarkly.com",
    streamUri: "https://stream.eu.launchdarkly.com",
    eventsUri: "https://events.eu.launchdarkly.com",
  },
  us: {
    apiHost: "https://app.launchdarkly.com",
    sdkBaseUri: "https://sdk.launchdarkly.com",
    streamUri: "https://stream.launchdarkly.com",
    eventsUri: "https://events.launchdarkly.com",
  },
  federal: {
    apiHost: "https://app.launchdarkly.us",
    sdkBaseUri: "https://sdk.launchdarkly.us",
    streamUri: "https://stream.launchdarkly.us",
    eventsUri: "https://events.launchdarkly.us",
  },
};

export function resolveInstance(instance: ProjectFile["instance"]): InstanceHosts {
  if (typeof instance === "string") return { name: instance, ...KNOWN_INSTANCES[instance]! };
  const trim = (url: string) => url.replace(/\/+$/, "");
  return {
    name: "custom",
    apiHost: trim(instance.apiHost),
    sdkBaseUri: trim(instance.sdkBaseUri),
    streamUri: trim(instance.streamUri),
    eventsUri: trim(instance.eventsUri),
  };
}
