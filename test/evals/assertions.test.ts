import { checkAssertion, includes, type Answer } from "../../src/evals/assertions";

const answer = (text: string, extra: Partial<Answer> = {}): Answer => ({
  text,
  toolCalls: [],
  outputTokens: 50,
  latencyMs: 1200,
  costUsd: 0.002,
  ...extra,
});

describe("deterministic assertions", () => {
  it.each([
    [
      "contains",
      { type: "contains", value: "ESCALATE", ignoreCase: false },
      "Sure.\nESCALATE\nwants a human",
      "Sure, here you go.",
    ],
    [
      "contains, ignoring case",
      { type: "contains", value: "escalate", ignoreCase: true },
      "ESCALATE",
      "Here is the answer.",
    ],
    [
      "not-contains",
      { type: "not-contains", value: "refund", ignoreCase: true },
      "Your parcel ships today.",
      "A full REFUND is on its way.",
    ],
    ["regex", { type: "regex", value: "order number", flags: "i" }, "What is your Order Number?", "Which order?"],
    ["equals (white space at the ends ignored)", { type: "equals", value: "yes" }, "  yes\n", "yes, sure"],
    ["is-json", { type: "is-json" }, '{"score": 1}', "score: 1"],
    [
      "json-schema",
      {
        type: "json-schema",
        value: { type: "object", required: ["score"], properties: { score: { type: "number" } } },
      },
      '{"score": 0.4}',
      '{"score": "high"}',
    ],
  ] as const)("GIVEN %s THEN a matching answer passes and another fails", (_name, assertion, good, bad) => {
    expect(checkAssertion(assertion as never, answer(good)).pass).toBe(true);
    const failed = checkAssertion(assertion as never, answer(bad));
    expect(failed.pass).toBe(false);
    // The reason is in the dataset's words: it never quotes the answer.
    expect(failed.detail).not.toContain(bad.trim());
  });

  it("GIVEN a json-schema assertion and an invalid answer THEN the reason names where it is invalid", () => {
    const schema = { type: "object", properties: { score: { type: "number" } } };
    expect(checkAssertion({ type: "json-schema", value: schema }, answer('{"score": "high"}')).detail).toBe(
      "json-schema: /score must be number",
    );
    expect(checkAssertion({ type: "json-schema", value: schema }, answer("not json")).detail).toBe(
      "json-schema: the answer is not JSON",
    );
  });

  it.each([
    ["max-output-tokens", { type: "max-output-tokens", value: 50 }, { outputTokens: 50 }, { outputTokens: 51 }],
    ["max-latency-ms", { type: "max-latency-ms", value: 1500 }, { latencyMs: 1499 }, { latencyMs: 1501 }],
    ["max-cost", { type: "max-cost", value: 0.002 }, { costUsd: 0.002 }, { costUsd: 0.0021 }],
  ] as const)("GIVEN %s THEN the limit itself passes and anything above fails", (_name, assertion, within, over) => {
    expect(checkAssertion(assertion, answer("x", within)).pass).toBe(true);
    expect(checkAssertion(assertion, answer("x", over)).pass).toBe(false);
  });

  it("GIVEN tool-called THEN the tool must be asked for, with arguments that include the expected ones", () => {
    const called = answer("", {
      toolCalls: [{ name: "get-order-status", arguments: { orderNumber: "AB-123456", verbose: true } }],
    });
    expect(checkAssertion({ type: "tool-called", name: "get-order-status" }, called).pass).toBe(true);
    expect(
      checkAssertion({ type: "tool-called", name: "get-order-status", arguments: { orderNumber: "AB-123456" } }, called)
        .pass,
    ).toBe(true);
    expect(
      checkAssertion(
        { type: "tool-called", name: "get-order-status", arguments: { orderNumber: "XY-000000" } },
        called,
      ),
    ).toEqual({
      type: "tool-called",
      pass: false,
      detail: "tool-called get-order-status: called, but without arguments including orderNumber as expected",
    });
    expect(checkAssertion({ type: "tool-called", name: "search-docs" }, called).detail).toBe(
      "tool-called search-docs: not called (called: get-order-status)",
    );
  });

  it("GIVEN nested expected arguments THEN includes matches objects key by key and anything else exactly", () => {
    expect(includes({ a: { b: 1, c: 2 }, d: [1, 2] }, { a: { b: 1 }, d: [1, 2] })).toBe(true);
    expect(includes({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
    expect(includes({ d: [1, 2, 3] }, { d: [1, 2] })).toBe(false);
  });
});
