import { basicLogger, init, type LDClient, type LDContext } from "@launchdarkly/node-server-sdk";
import { TestData } from "@launchdarkly/node-server-sdk/integrations";
import {
  AIProvider,
  initAi,
  Judge,
  type JudgeResponse,
  type LDAIClient,
  type LDMessage,
  type StructuredResponse,
} from "@launchdarkly/server-sdk-ai";
import type { AiConfig, Catalog, Variation } from "../catalog";
import { aiConfigValue } from "../targeting/flag-data";
import type { ChatMessage, CompletionRequest } from "./providers/types";

/** A prompt as the AI SDK served it for one context and set of variables: what is sent to the model. */
export interface RenderedPrompt {
  messages: ChatMessage[];
  modelId: string;
  provider: string;
  parameters: CompletionRequest["parameters"];
}

/** The catalog entries a renderer serves: the variation under test and the judge variations its cases use. */
export interface RenderTarget {
  catalog: Catalog;
  config: AiConfig;
  variation: Variation;
  judges: Array<{ catalog: Catalog; config: AiConfig; variation: Variation }>;
}

/** A judge's structured call, made by the runner (retries, concurrency, cost): the JSON it answered and its tokens. */
export type StructuredCall = (
  request: CompletionRequest,
) => Promise<{ data: Record<string, unknown>; raw: string; usage: { input: number; output: number } }>;

/** The AI SDK's extension point for a model provider, wired to the runner's calls, so that the SDK's own Judge runs unchanged. */
class RunnerProvider extends AIProvider {
  constructor(
    private readonly request: Omit<CompletionRequest, "messages" | "jsonSchema">,
    private readonly call: StructuredCall,
  ) {
    super();
  }

  async invokeStructuredModel(
    messages: LDMessage[],
    responseStructure: Record<string, unknown>,
  ): Promise<StructuredResponse> {
    const { data, raw, usage } = await this.call({
      ...this.request,
      messages: messages.map(toChat),
      jsonSchema: responseStructure,
    });
    return {
      data,
      rawResponse: raw,
      metrics: {
        success: true,
        usage: { input: usage.input, output: usage.output, total: usage.input + usage.output },
      },
    };
  }
}

const toChat = (m: { role: string; content: string }): ChatMessage => ({
  role: m.role === "developer" ? "system" : (m.role as ChatMessage["role"]),
  content: m.content,
});

/**
 * Renders one variation's prompt exactly as LaunchDarkly's SDKs would serve it: the real Node server SDK serves
 * the variation's flag value (TestData, offline, no events) and the real AI SDK interpolates it for each case's
 * context and variables. Judges are the AI SDK's own `Judge`, on the judge variation's own prompt and model.
 */
export class PromptRenderer {
  private constructor(
    private readonly client: LDClient,
    private readonly ai: LDAIClient,
    private readonly target: RenderTarget,
  ) {}

  static async open(target: RenderTarget): Promise<PromptRenderer> {
    const td = new TestData();
    const serve = async (catalog: Catalog, config: AiConfig, variation: Variation) =>
      td.usePreconfiguredFlag({
        key: config.key,
        version: 1,
        salt: config.key,
        on: true,
        variations: [aiConfigValue(catalog, config, variation)],
        fallthrough: { variation: 0 },
        offVariation: 0,
        rules: [],
        targets: [],
        contextTargets: [],
        prerequisites: [],
        trackEvents: false,
      });
    await serve(target.catalog, target.config, target.variation);
    for (const judge of target.judges) await serve(judge.catalog, judge.config, judge.variation);
    const client = init("offline-eval", {
      updateProcessor: td.getFactory(),
      sendEvents: false,
      diagnosticOptOut: true,
      logger: basicLogger({ level: "none" }),
    });
    await client.waitForInitialization({ timeout: 5 });
    return new PromptRenderer(client, initAi(client), target);
  }

  async render(context: LDContext, variables: Record<string, unknown>): Promise<RenderedPrompt> {
    const key = this.target.config.key;
    const served =
      this.target.config.mode === "agent"
        ? await this.ai.agentConfig(key, context, { enabled: false }, variables)
        : this.target.config.mode === "judge"
          ? await this.ai.judgeConfig(key, context, { enabled: false }, variables)
          : await this.ai.completionConfig(key, context, { enabled: false }, variables);
    const value = served as {
      model?: { name: string; parameters?: Record<string, unknown> };
      provider?: { name: string };
      messages?: LDMessage[];
      instructions?: string;
    };
    const messages =
      value.instructions !== undefined
        ? [{ role: "system" as const, content: value.instructions }]
        : (value.messages ?? []).map(toChat);
    return {
      messages,
      modelId: value.model?.name ?? "",
      provider: value.provider?.name ?? "",
      parameters: (value.model?.parameters ?? {}) as RenderedPrompt["parameters"],
    };
  }

  /**
   * Scores an answer with a judge as the AI SDK's createJudge sets it up: the judge config is served with
   * message_history and response_to_evaluate left for Judge to fill, and Judge.evaluateMessages builds the
   * judge's messages, asks for its structured answer and checks the score. createJudge itself needs one of the
   * AI SDK's provider packages, and none of them calls Bedrock's Converse API; so the provider is ours.
   */
  async judge(
    judgeKey: string,
    context: LDContext,
    variables: Record<string, unknown>,
    conversation: ChatMessage[],
    answer: string,
    call: StructuredCall,
  ): Promise<JudgeResponse | undefined> {
    const config = await this.ai.judgeConfig(
      judgeKey,
      context,
      { enabled: false },
      { ...variables, message_history: "{{message_history}}", response_to_evaluate: "{{response_to_evaluate}}" },
    );
    if (!config.enabled || !config.tracker) return undefined;
    const provider = new RunnerProvider(
      {
        modelId: config.model?.name ?? "",
        parameters: (config.model?.parameters ?? {}) as CompletionRequest["parameters"],
      },
      call,
    );
    const judge = new Judge(config, config.tracker, provider);
    const messages = conversation.map((m) => ({ role: m.role, content: m.content }) as LDMessage);
    return judge.evaluateMessages(messages, {
      message: { role: "assistant", content: answer },
      metrics: { success: true },
    });
  }

  /** The provider name the judge's model is called through (bedrock, openai). */
  judgeProvider(judgeKey: string): string {
    const judge = this.target.judges.find((j) => j.config.key === judgeKey);
    return judge ? judge.catalog.models.find((m) => m.key === judge.variation.model)!.provider : "";
  }

  close(): void {
    this.client.close();
  }
}
