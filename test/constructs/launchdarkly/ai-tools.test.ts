import { AiTools } from "../../../constructs/launchdarkly/ai-tools";
import { bodiesOf, emptyStack, synthAlone } from "../../helpers/construct-synth";

const SCHEMA = { type: "object", properties: { orderId: { type: "string", pattern: "^${id}$" } } };

describe("AiTools alone", () => {
  let reference = "";
  const json = synthAlone((scope) => {
    const tools = new AiTools(scope, "tools", {
      projectKey: "shop",
      tools: [{ key: "order-status", description: "Looks up an order.", parameters: SCHEMA }],
    });
    reference = tools.keyFor("order-status");
  });

  it("GIVEN a tool THEN it is declared with its JSON Schema as text, Terraform's template syntax escaped", () => {
    const [tool] = bodiesOf(json, "launchdarkly_ai_tool");
    expect(tool).toEqual({
      project_key: "shop",
      key: "order-status",
      description: "Looks up an order.",
      schema_json: '{"type":"object","properties":{"orderId":{"type":"string","pattern":"^$${id}$"}}}',
    });
  });

  it("THEN keyFor gives a reference to the tool, and refuses a tool that is not declared", () => {
    expect(reference).toMatch(/TfToken/);
    const tools = new AiTools(emptyStack(), "tools", { projectKey: "shop", tools: [] });
    expect(() => tools.keyFor("nope")).toThrow("tool nope is not declared");
  });
});
