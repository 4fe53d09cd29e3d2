import * as http from "node:http";
import type { AddressInfo } from "node:net";

/** A request as a stand-in saw it, in one shape for both providers. */
export interface ModelRequest {
  provider: "bedrock" | "openai";
  modelId: string;
  /** The system prompt (Bedrock's `system`, or OpenAI's system messages), joined. */
  system: string;
  /** User and assistant turns, each joined to one text. */
  messages: Array<{ role: string; text: string }>;
  tools: string[];
  /** The judge's structured answer was asked for. */
  wantsJson: boolean;
  inference: Record<string, unknown>;
  authorization?: string;
}

/** What a script answers: a text (and optionally a tool call), or an error the provider would give. */
export type ScriptedAnswer =
  | {
      text?: string;
      toolUse?: { name: string; input: Record<string, unknown> };
      usage?: { input: number; output: number };
      delayMs?: number;
    }
  | { status: number; errorType: string; message?: string };

export type Script = (request: ModelRequest) => ScriptedAnswer;

/** The last user turn's text: the case's question in most scripts. */
export const question = (request: ModelRequest) => request.messages.filter((m) => m.role === "user").at(-1)?.text ?? "";

/** A judge's answer in the shape the AI SDK's Judge asks for: evaluations.<metric key>.{score, reasoning}. */
export const judgeAnswer = (score: number, metric = "$ld:ai:judge:answer-quality"): ScriptedAnswer => ({
  text: JSON.stringify({ evaluations: { [metric]: { score, reasoning: "scripted" } } }),
  usage: { input: 300, output: 20 },
});

/**
 * Local stand-ins, on 127.0.0.1, for Bedrock's Converse API (POST /model/{modelId}/converse, JSON, errors named
 * by x-amzn-errortype) and OpenAI's chat completions (POST /v1/chat/completions), written from their published
 * API descriptions. A script decides each answer; every request is recorded, with the most requests that were
 * ever in flight at once.
 */
export class ModelStandIn {
  readonly requests: ModelRequest[] = [];
  maxInFlight = 0;
  private inFlight = 0;
  private server?: http.Server;
  /** Errors to give before the script answers, one per request. */
  private readonly failures: Array<{ status: number; errorType: string }> = [];

  constructor(private script: Script) {}

  setScript(script: Script): void {
    this.script = script;
  }

  failNext(status: number, errorType: string): void {
    this.failures.push({ status, errorType });
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 10_000;
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        this.inFlight--;
        res.writeHead(status, { "Content-Type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      };
      const bedrock = /^\/model\/([^/]+)\/converse$/.exec(req.url ?? "");
      const openai = req.url === "/v1/chat/completions";
      if (req.method !== "POST" || (!bedrock && !openai))
        return send(404, { message: `no such route ${req.method} ${req.url}` });
      const body = JSON.parse(raw);
      const request: ModelRequest = bedrock
        ? {
            provider: "bedrock",
            modelId: decodeURIComponent(bedrock[1]!),
            system: (body.system ?? []).map((s: { text: string }) => s.text).join("\n"),
            messages: (body.messages ?? []).map((m: { role: string; content: Array<{ text?: string }> }) => ({
              role: m.role,
              text: m.content.map((c) => c.text ?? "").join("\n"),
            })),
            tools: (body.toolConfig?.tools ?? []).map((t: { toolSpec: { name: string } }) => t.toolSpec.name),
            wantsJson: (body.system ?? []).some((s: { text: string }) =>
              s.text.includes("valid against this JSON Schema"),
            ),
            inference: body.inferenceConfig ?? {},
            authorization: req.headers.authorization,
          }
        : {
            provider: "openai",
            modelId: body.model,
            system: body.messages
              .filter((m: { role: string }) => m.role === "system")
              .map((m: { content: string }) => m.content)
              .join("\n"),
            messages: body.messages
              .filter((m: { role: string }) => m.role !== "system")
              .map((m: { role: string; content: string }) => ({ role: m.role, text: m.content })),
            tools: (body.tools ?? []).map((t: { function: { name: string } }) => t.function.name),
            wantsJson: body.response_format?.type === "json_schema",
            inference: { temperature: body.temperature, maxTokens: body.max_completion_tokens, topP: body.top_p },
            authorization: req.headers.authorization,
          };
      this.requests.push(request);
      const failure = this.failures.shift();
      const answer: ScriptedAnswer = failure ?? this.script(request);
      const respond = () => {
        if ("status" in answer) {
          if (request.provider === "bedrock")
            return send(
              answer.status,
              { message: answer.message ?? answer.errorType },
              { "x-amzn-errortype": answer.errorType },
            );
          return send(answer.status, {
            error: { message: answer.message ?? answer.errorType, type: answer.errorType, code: null },
          });
        }
        const usage = answer.usage ?? { input: 100, output: 40 };
        if (request.provider === "bedrock") {
          const content = [
            ...(answer.text !== undefined ? [{ text: answer.text }] : []),
            ...(answer.toolUse
              ? [{ toolUse: { toolUseId: "t1", name: answer.toolUse.name, input: answer.toolUse.input } }]
              : []),
          ];
          return send(200, {
            output: { message: { role: "assistant", content } },
            stopReason: answer.toolUse ? "tool_use" : "end_turn",
            usage: { inputTokens: usage.input, outputTokens: usage.output, totalTokens: usage.input + usage.output },
            metrics: { latencyMs: answer.delayMs ?? 1 },
          });
        }
        return send(200, {
          id: "chatcmpl-1",
          object: "chat.completion",
          created: 0,
          model: request.modelId,
          choices: [
            {
              index: 0,
              finish_reason: answer.toolUse ? "tool_calls" : "stop",
              message: {
                role: "assistant",
                content: answer.text ?? null,
                ...(answer.toolUse
                  ? {
                      tool_calls: [
                        {
                          id: "call_1",
                          type: "function",
                          function: { name: answer.toolUse.name, arguments: JSON.stringify(answer.toolUse.input) },
                        },
                      ],
                    }
                  : {}),
              },
            },
          ],
          usage: {
            prompt_tokens: usage.input,
            completion_tokens: usage.output,
            total_tokens: usage.input + usage.output,
          },
        });
      };
      const delay = "status" in answer ? 0 : (answer.delayMs ?? 0);
      if (delay > 0) setTimeout(respond, delay);
      else respond();
    });
  }
}

/** Environment for `aic eval` against a stand-in: fake AWS keys, its endpoint, no instance-metadata lookups. */
export function standInEnv(url: string): Record<string, string | undefined> {
  return {
    AIC_BEDROCK_ENDPOINT: url,
    AWS_ACCESS_KEY_ID: "AKIDLOCALSTANDIN",
    AWS_SECRET_ACCESS_KEY: "local-secret",
    AWS_SESSION_TOKEN: undefined,
    AWS_PROFILE: undefined,
    AWS_EC2_METADATA_DISABLED: "true",
    OPENAI_BASE_URL: `${url}/v1`,
    OPENAI_API_KEY: "sk-local-stand-in",
    CI: "true",
  };
}
