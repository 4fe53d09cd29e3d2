/**
 * `npm run example`: the support service on a laptop, with no account anywhere. LaunchDarkly's SDK serves the
 * flag data `aic export --env dev` wrote (its file data source), its analytics events go to a local collector,
 * and Bedrock is a local stand-in answering Converse requests.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { basicLogger, init } from "@launchdarkly/node-server-sdk";
import { FileDataSourceFactory } from "@launchdarkly/node-server-sdk/integrations";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { CONFIG_KEY, createSupportService } from "./service";

const listen = (server: http.Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );

/** Answers Converse requests like Bedrock, with usage and latency, or with the error it is told to give. */
export function bedrockStandIn(options: { failWith?: string } = {}): http.Server {
  return http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (options.failWith) {
        res.writeHead(429, { "Content-Type": "application/json", "x-amzn-errortype": options.failWith });
        res.end(JSON.stringify({ message: "Too many requests" }));
        return;
      }
      const request = JSON.parse(body) as { messages: Array<{ content: Array<{ text: string }> }> };
      const question = request.messages.at(-1)?.content[0]?.text ?? "";
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(
        JSON.stringify({
          output: {
            message: {
              role: "assistant",
              content: [{ text: `(local model) You asked: "${question}". Your order ships tomorrow.` }],
            },
          },
          stopReason: "end_turn",
          usage: { inputTokens: 120, outputTokens: 30, totalTokens: 150 },
          metrics: { latencyMs: 42 },
        }),
      );
    });
  });
}

/** Collects the SDK's analytics events, as LaunchDarkly's events service would receive them. */
function eventCollector(events: Array<Record<string, unknown>>): http.Server {
  return http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (body) events.push(...(JSON.parse(body) as Array<Record<string, unknown>>));
      res.writeHead(202);
      res.end();
    });
  });
}

export interface LocalRun {
  answer: string;
  variation: string;
  status: number;
  /** The AI SDK's custom events ($ld:ai:...), with their metric values and the variation they report. */
  metrics: Array<{ key: string; value?: number; configKey?: string; variationKey?: string }>;
}

export interface LocalRunOptions {
  flagsFile: string;
  fallbacksFile: string;
  question: string;
  customer?: { key: string; name: string; plan?: string; betaOptIn?: boolean };
  bedrockFailsWith?: string;
  /** Point the SDK at an address where nothing answers, instead of the exported flag data. */
  launchDarklyUnreachable?: boolean;
}

export async function runLocalExample(options: LocalRunOptions): Promise<LocalRun> {
  const events: Array<Record<string, unknown>> = [];
  const servers = [bedrockStandIn({ failWith: options.bedrockFailsWith }), eventCollector(events)];
  const [bedrockUrl, eventsUrl] = await Promise.all(servers.map(listen));
  const nowhere = "http://127.0.0.1:9";
  const ldClient = init("local-example", {
    ...(options.launchDarklyUnreachable
      ? { baseUri: nowhere, streamUri: nowhere }
      : {
          updateProcessor: new FileDataSourceFactory({ paths: [options.flagsFile] }).getFactory(),
          baseUri: eventsUrl,
          streamUri: eventsUrl,
        }),
    eventsUri: eventsUrl,
    diagnosticOptOut: true,
    logger: basicLogger({ level: "none" }),
  });
  const bedrock = new BedrockRuntimeClient({
    region: "eu-central-1",
    endpoint: bedrockUrl,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    requestHandler: new NodeHttpHandler(),
    maxAttempts: 1,
  });
  const fallbacks = JSON.parse(fs.readFileSync(options.fallbacksFile, "utf8")) as Record<string, never>;
  const service = createSupportService({ ldClient, bedrock, fallback: fallbacks[CONFIG_KEY]!, company: "Acme" });
  const serviceUrl = await listen(service);
  try {
    // Unreachable, the SDK keeps retrying in the background and serves the fallback meanwhile.
    await ldClient.waitForInitialization({ timeout: options.launchDarklyUnreachable ? 1 : 5 }).catch(() => undefined);
    const post = async (route: string, body: unknown) => {
      const response = await fetch(`${serviceUrl}${route}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        body: response.status === 204 ? {} : ((await response.json()) as Record<string, string>),
      };
    };
    const asked = await post("/answer", {
      question: options.question,
      customer: options.customer ?? { key: "customer-42", name: "Ada", plan: "business" },
    });
    if (asked.status === 200) await post("/feedback", { id: asked.body.id, positive: true });
    await ldClient.flush();
    const metrics = events
      .filter((e) => e.kind === "custom" && String(e.key).startsWith("$ld:ai:"))
      .map((e) => {
        const data = (e.data ?? {}) as { configKey?: string; variationKey?: string };
        return {
          key: String(e.key),
          value: e.metricValue as number | undefined,
          configKey: data.configKey,
          variationKey: data.variationKey,
        };
      });
    return {
      answer: asked.body.answer ?? asked.body.error ?? "",
      variation: asked.body.variation ?? "",
      status: asked.status,
      metrics,
    };
  } finally {
    ldClient.close();
    for (const server of [...servers, service]) server.close();
  }
}

if (require.main === module) {
  const dir = path.join(__dirname, "..", ".local");
  runLocalExample({
    flagsFile: path.join(dir, "flags.json"),
    fallbacksFile: path.join(dir, "fallbacks.json"),
    question: "Where is my order AB-123456?",
  }).then((run) => {
    console.log(
      `support-assistant served ${run.variation} (HTTP ${run.status}):\n  ${run.answer}\n\nmetrics tracked by the AI SDK:`,
    );
    for (const metric of run.metrics)
      console.log(`  ${metric.key}${metric.value === undefined ? "" : ` = ${metric.value}`}`);
  });
}
