import { judgeAnswer, question, type ModelRequest, type ScriptedAnswer } from "./model-stand-ins";

/**
 * Answers of a well-behaved model for the example catalog, decided by the prompt the stand-in receives: a support
 * answer that follows its system prompt (it escalates only when the prompt says how), a ticket summary that
 * quotes the ticket's numbers, tool calls for the agent, and the judges' scores.
 */
export function exampleModel(request: ModelRequest, judgeScore = 0.85): ScriptedAnswer {
  if (request.wantsJson) return judgeAnswer(judgeScore);
  const user = request.messages.map((m) => m.text).join("\n");
  if (request.system.startsWith("You grade")) {
    const score = /100% refund|voucher/.test(user) ? 0.1 : 0.9;
    return { text: JSON.stringify({ score, reasoning: "scripted grade" }), usage: { input: 200, output: 20 } };
  }
  if (request.tools.length > 0) {
    const order = /[A-Z]{2}-\d{6}/.exec(question(request))?.[0];
    return order
      ? { toolUse: { name: "get-order-status", input: { orderNumber: order } } }
      : { toolUse: { name: "search-docs", input: { query: question(request) } } };
  }
  if (request.system.startsWith("Summarise")) {
    const numbers = user.match(/\b[A-Z]{2,3}-\d{4,6}\b/g) ?? [];
    const mood = /disappointed|cancel|dispute/.test(user)
      ? "- The customer is disappointed and threatens to cancel: escalate.\n"
      : "";
    return {
      text: `- Problem: see ticket ${numbers.join(", ")}\n${mood}- Next: reply today.`,
      usage: { input: 250, output: 40 },
    };
  }
  const name =
    /Address the customer as ([A-Za-z]+)/.exec(request.system)?.[1] ??
    /speaking with ([A-Za-z]+)/.exec(request.system)?.[1] ??
    "there";
  const asksForPerson = /person|human/i.test(question(request));
  const escalate = !asksForPerson
    ? ""
    : request.system.includes('"ESCALATE"')
      ? "ESCALATE\nThe customer asks for a person.\n"
      : request.system.includes("human colleague")
        ? "I will connect you with a human colleague.\n"
        : "";
  return {
    text: `${escalate}Hello ${name}, I am sorry for the trouble. Could you give me your order number? I will check the policy, and if I am not sure a colleague will help. You find it under account settings.`,
    usage: { input: 400, output: 60 },
  };
}
