import { BedrockDashboard } from "../../../constructs/aws/bedrock-dashboard";
import { bodiesOf, synthAlone } from "../../helpers/construct-synth";

describe("BedrockDashboard alone", () => {
  const json = synthAlone((scope) => {
    new BedrockDashboard(scope, {
      name: "shop-prod",
      region: "eu-west-1",
      models: [
        { name: "Claude Haiku", invokedId: "eu.anthropic.claude-haiku", costPerMillionTokens: { input: 1, output: 5 } },
        { name: "Nova Lite", invokedId: "amazon.nova-lite-v1:0", costPerMillionTokens: { input: 0.06, output: 0.24 } },
      ],
    });
  });
  const [dashboard] = bodiesOf(json, "aws_cloudwatch_dashboard");
  const body = JSON.parse(dashboard!.dashboard_body);
  const widget = (title: string) => body.widgets.find((w: any) => w.properties.title === title).properties;

  it("GIVEN a name THEN the dashboard is <name>-ai", () => {
    expect(dashboard!.dashboard_name).toBe("shop-prod-ai");
  });

  it("THEN it answers SRE's questions in order, every widget in the environment's region", () => {
    expect(body.widgets.map((w: any) => w.properties.title)).toEqual([
      "Latency p95 (ms)",
      "Latency p99 (ms)",
      "Invocations",
      "Errors and throttles",
      "Input tokens",
      "Output tokens",
      "Estimated cost (USD per period)",
    ]);
    for (const w of body.widgets) expect(w.properties).toMatchObject({ region: "eu-west-1", period: 300 });
  });

  it("THEN each model is one line, labelled with its name, on its invoked id", () => {
    expect(widget("Latency p95 (ms)").metrics).toEqual([
      [
        "AWS/Bedrock",
        "InvocationLatency",
        "ModelId",
        "eu.anthropic.claude-haiku",
        { stat: "p95", label: "Claude Haiku" },
      ],
      ["AWS/Bedrock", "InvocationLatency", "ModelId", "amazon.nova-lite-v1:0", { stat: "p95", label: "Nova Lite" }],
    ]);
    expect(widget("Errors and throttles").metrics).toHaveLength(6);
  });

  it("THEN the cost estimate multiplies tokens by the models' prices per token", () => {
    const expressions = widget("Estimated cost (USD per period)")
      .metrics.filter((m: any[]) => typeof m[0] === "object")
      .map((m: any[]) => m[0]);
    expect(expressions).toEqual([
      { expression: "in0 * 0.000001 + out0 * 0.000005", label: "Claude Haiku (USD)", id: "cost0" },
      { expression: "in1 * 6e-8 + out1 * 2.4e-7", label: "Nova Lite (USD)", id: "cost1" },
    ]);
  });
});
