import OpenAI from "openai";
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import {
  MissingCredentialsError,
  ProviderError,
  type CompletionRequest,
  type CompletionResponse,
  type ModelProvider,
} from "./types";

export interface OpenAiOptions {
  apiKey?: string;
  /** Another OpenAI-compatible endpoint (OPENAI_BASE_URL), such as a local server. */
  baseURL?: string;
}

/** OpenAI's chat completions through the official package; its own retries are off, the runner retries. */
export function openOpenAi(options: OpenAiOptions): ModelProvider {
  if (!options.apiKey)
    throw new MissingCredentialsError(
      "no OpenAI API key: set OPENAI_API_KEY (any value for a local OpenAI-compatible server at OPENAI_BASE_URL)",
    );
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0, timeout: 120_000 });
  return { complete: (request) => complete(client, request) };
}

async function complete(client: OpenAI, request: CompletionRequest): Promise<CompletionResponse> {
  const { temperature, maxTokens, topP, stopSequences } = request.parameters;
  const body: ChatCompletionCreateParamsNonStreaming = {
    model: request.modelId,
    messages: request.messages.map((m) => ({ role: m.role, content: m.content }) as ChatCompletionMessageParam),
    temperature,
    max_completion_tokens: maxTokens,
    top_p: topP,
    stop: stopSequences ? [...stopSequences] : undefined,
    ...(request.tools && request.tools.length > 0
      ? {
          tools: request.tools.map((t) => ({
            type: "function" as const,
            function: { name: t.name, description: t.description, parameters: t.parameters },
          })),
        }
      : {}),
    ...(request.jsonSchema
      ? {
          response_format: {
            type: "json_schema" as const,
            json_schema: { name: "answer", schema: request.jsonSchema, strict: true },
          },
        }
      : {}),
  };
  let completion;
  try {
    completion = await client.chat.completions.create(body);
  } catch (error) {
    throw describeError(error, request.modelId);
  }
  const message = completion.choices[0]?.message;
  return {
    text: message?.content ?? "",
    toolCalls: (message?.tool_calls ?? []).flatMap((call) =>
      call.type === "function"
        ? [{ name: call.function.name, arguments: parseArguments(call.function.arguments) }]
        : [],
    ),
    usage: { input: completion.usage?.prompt_tokens ?? 0, output: completion.usage?.completion_tokens ?? 0 },
  };
}

function parseArguments(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function describeError(error: unknown, model: string): ProviderError {
  if (error instanceof OpenAI.AuthenticationError)
    return new ProviderError("OpenAI refused the API key (HTTP 401)", false, true);
  if (error instanceof OpenAI.APIConnectionError)
    return new ProviderError(
      `OpenAI endpoint unreachable for ${model}: ${error.message}`,
      !(error.cause as { code?: string } | undefined)?.code?.includes("ECONNREFUSED"),
    );
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? 0;
    return new ProviderError(
      `OpenAI HTTP ${status} for ${model}: ${(error.message ?? "").split("\n")[0]!.slice(0, 200)}`,
      status === 429 || status >= 500,
    );
  }
  return new ProviderError(`OpenAI call for ${model} failed: ${(error as Error).message}`, false);
}
