/**
 * The support service as deployed: LaunchDarkly's EU instance by default, the SDK key from the environment (the
 * `<project>/<env>/launchdarkly-sdk-key` secret that aws-<env> creates), AWS credentials from the role.
 */
import * as fs from "node:fs";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { init, type LDOptions } from "@launchdarkly/node-server-sdk";
import { CONFIG_KEY, createSupportService } from "./service";

/** LaunchDarkly SDK hosts: the EU instance unless overridden (all three together, as the SDK expects). */
export function sdkOptions(env: NodeJS.ProcessEnv = process.env): LDOptions {
  return {
    baseUri: env.LAUNCHDARKLY_BASE_URI ?? "https://sdk.eu.launchdarkly.com",
    streamUri: env.LAUNCHDARKLY_STREAM_URI ?? "https://stream.eu.launchdarkly.com",
    eventsUri: env.LAUNCHDARKLY_EVENTS_URI ?? "https://events.eu.launchdarkly.com",
  };
}

if (require.main === module) {
  const sdkKey = process.env.LAUNCHDARKLY_SDK_KEY;
  if (!sdkKey) throw new Error("LAUNCHDARKLY_SDK_KEY is not set (read it from Secrets Manager at start-up)");
  const fallbacks = JSON.parse(fs.readFileSync(process.env.AIC_FALLBACKS ?? "fallbacks.json", "utf8")) as Record<
    string,
    never
  >;
  const ldClient = init(sdkKey, sdkOptions());
  const bedrock = new BedrockRuntimeClient({ region: process.env.AWS_REGION ?? "eu-central-1" });
  createSupportService({
    ldClient,
    bedrock,
    fallback: fallbacks[CONFIG_KEY]!,
    company: process.env.COMPANY_NAME ?? "Acme",
  }).listen(Number(process.env.PORT ?? 8080));
}
