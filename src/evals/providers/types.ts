/** One message sent to a model: the rendered prompt's messages, then the case's own turns. */
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** A tool the model may ask for (agent mode), with the JSON Schema of its parameters. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export interface CompletionRequest {
  /** What the provider is called with: a Bedrock inference profile or model id, an OpenAI model name. */
  modelId: string;
  messages: ChatMessage[];
  parameters: { temperature?: number; maxTokens?: number; topP?: number; stopSequences?: readonly string[] };
  tools?: ToolSpec[];
  /** Ask for JSON matching this schema (the judge's structured answer). */
  jsonSchema?: Record<string, unknown>;
}

export interface CompletionResponse {
  text: string;
  toolCalls: Array<{ name: string; arguments: Record<string, unknown> }>;
  usage: { input: number; output: number };
}

/** A model provider behind one small interface: Bedrock's Converse API, OpenAI's chat completions, or a stand-in. */
export interface ModelProvider {
  complete(request: CompletionRequest): Promise<CompletionResponse>;
}

/**
 * A call that failed. `retryable` for throttles, 5xx and dropped connections; `credentials` when the provider
 * refused who we are, which no retry or other case can fix. The message never holds the request or response body.
 */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly credentials = false,
  ) {
    super(message);
  }
}

/** What a provider needs before any call: named, so the CLI can print one line. */
export class MissingCredentialsError extends Error {}
