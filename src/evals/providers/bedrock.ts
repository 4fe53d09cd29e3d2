import * as http from "node:http";
import * as https from "node:https";
import {
  BedrockRuntimeClient,
  ConverseCommand,
  type ContentBlock,
  type ConverseCommandInput,
  type Message,
  type SystemContentBlock,
  type Tool,
} from "@aws-sdk/client-bedrock-runtime";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { jsonInstruction } from "./json-answer";
import {
  MissingCredentialsError,
  ProviderError,
  type ChatMessage,
  type CompletionRequest,
  type CompletionResponse,
  type ModelProvider,
} from "./types";

const RETRYABLE = new Set([
  "ThrottlingException",
  "ServiceUnavailableException",
  "InternalServerException",
  "ModelNotReadyException",
  "ModelTimeoutException",
  "TimeoutError",
  "RequestTimeout",
]);
const REFUSED_IDENTITY = new Set([
  "UnrecognizedClientException",
  "ExpiredTokenException",
  "InvalidSignatureException",
  "InvalidClientTokenId",
]);
const DROPPED = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT"]);

export interface BedrockOptions {
  region: string;
  /** Another Converse endpoint (AIC_BEDROCK_ENDPOINT), such as a local stand-in. */
  endpoint?: string;
  /** Sockets kept open: the run's concurrency. */
  maxSockets: number;
}

/**
 * Bedrock's Converse API through the AWS SDK, with the SDK's default credential chain (environment, profile,
 * web identity such as the pipeline's OIDC role). The SDK's own retries are off: the runner retries, so that
 * it counts every attempt. HTTP/1.1 with kept-alive sockets, which Bedrock and any local stand-in speak.
 */
export async function openBedrock(options: BedrockOptions): Promise<ModelProvider> {
  const agent = { keepAlive: true, maxSockets: options.maxSockets };
  const client = new BedrockRuntimeClient({
    region: options.region,
    endpoint: options.endpoint,
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({
      httpAgent: new http.Agent(agent),
      httpsAgent: new https.Agent(agent),
      requestTimeout: 120_000,
    }),
  });
  try {
    await client.config.credentials();
  } catch {
    throw new MissingCredentialsError(
      "no AWS credentials for Bedrock: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or assume the eval role (AWS_ROLE_ARN with a web identity token)",
    );
  }
  return { complete: (request) => converse(client, request) };
}

async function converse(client: BedrockRuntimeClient, request: CompletionRequest): Promise<CompletionResponse> {
  const system: SystemContentBlock[] = request.messages
    .filter((m) => m.role === "system")
    .map((m) => ({ text: m.content }));
  if (request.jsonSchema) system.push({ text: jsonInstruction(request.jsonSchema) });
  const { temperature, maxTokens, topP, stopSequences } = request.parameters;
  const input: ConverseCommandInput = {
    modelId: request.modelId,
    messages: turns(request.messages),
    ...(system.length > 0 ? { system } : {}),
    inferenceConfig: { temperature, maxTokens, topP, stopSequences: stopSequences ? [...stopSequences] : undefined },
    ...(request.tools && request.tools.length > 0
      ? {
          toolConfig: {
            tools: request.tools.map((t): Tool => ({
              toolSpec: { name: t.name, description: t.description, inputSchema: { json: t.parameters as never } },
            })),
          },
        }
      : {}),
  };
  let output;
  try {
    output = await client.send(new ConverseCommand(input));
  } catch (error) {
    throw describeError(error, request.modelId);
  }
  const content: ContentBlock[] =
    output.output && "message" in output.output ? (output.output.message?.content ?? []) : [];
  return {
    text: content.map((block) => block.text ?? "").join(""),
    toolCalls: content.flatMap((block) =>
      block.toolUse
        ? [{ name: block.toolUse.name ?? "", arguments: (block.toolUse.input ?? {}) as Record<string, unknown> }]
        : [],
    ),
    usage: { input: output.usage?.inputTokens ?? 0, output: output.usage?.outputTokens ?? 0 },
  };
}

/** Converse wants user and assistant turns alternating, starting with the user: consecutive turns of one role are merged. */
function turns(messages: ChatMessage[]): Message[] {
  const result: Message[] = [];
  for (const message of messages.filter((m) => m.role !== "system")) {
    const last = result[result.length - 1];
    if (last && last.role === message.role) last.content!.push({ text: message.content });
    else result.push({ role: message.role as "user" | "assistant", content: [{ text: message.content }] });
  }
  return result;
}

function describeError(error: unknown, modelId: string): ProviderError {
  const e = error as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  const name = e.name ?? "Error";
  if (REFUSED_IDENTITY.has(name)) return new ProviderError(`Bedrock refused the credentials (${name})`, false, true);
  const retryable =
    RETRYABLE.has(name) || status === 429 || (status !== undefined && status >= 500) || DROPPED.has(e.code ?? "");
  const reason =
    e.code === "ECONNREFUSED"
      ? "nothing answers at the Bedrock endpoint"
      : (e.message ?? "").split("\n")[0]!.slice(0, 200);
  return new ProviderError(`Bedrock ${name}${status ? ` (HTTP ${status})` : ""} for ${modelId}: ${reason}`, retryable);
}
