import { parsePromptFile } from "../../src/prompts/prompt-file";

describe("prompt files", () => {
  it("GIVEN no role markers THEN the body is one system message", () => {
    const parsed = parsePromptFile("---\ndescription: d\n---\nYou help {{company}}.\n");
    expect(parsed.messages).toEqual([{ role: "system", content: "You help {{company}}.", line: 4 }]);
    expect(parsed.frontMatter).toEqual({ text: "description: d", line: 2 });
    expect(parsed.roleMarkers).toEqual([]);
  });

  it("GIVEN Prompty role markers THEN each starts a message, and text before the first is the system message", () => {
    const parsed = parsePromptFile("Be brief.\nuser:\nHi {{name}}\n\nassistant:\nHello.\ndeveloper:\nNo tools.\n");
    expect(parsed.messages.map((m) => [m.role, m.content, m.line])).toEqual([
      ["system", "Be brief.", 1],
      ["user", "Hi {{name}}", 2],
      ["assistant", "Hello.", 5],
      ["developer", "No tools.", 7],
    ]);
    expect(parsed.roleMarkers).toEqual([
      { role: "user", line: 2 },
      { role: "assistant", line: 5 },
      { role: "developer", line: 7 },
    ]);
  });

  it("GIVEN an empty message THEN its marker line is reported", () => {
    expect(parsePromptFile("system:\nHi\nuser:\n\n").problems).toEqual([
      { line: 3, col: 1, severity: "error", rule: "prompt-empty-message", message: 'the "user" message is empty' },
    ]);
  });

  it("GIVEN an empty file THEN the prompt is reported empty", () => {
    expect(parsePromptFile("").problems.map((p) => p.message)).toEqual(["the prompt is empty"]);
  });

  it("GIVEN front matter that is never closed THEN it is reported", () => {
    expect(parsePromptFile("---\ndescription: d\nHello\n").problems.map((p) => p.message)).toContain(
      "front matter opened with '---' is never closed",
    );
  });

  it("counts estimated tokens over the message text", () => {
    expect(parsePromptFile("x".repeat(400)).estimatedTokens).toBe(100);
  });
});

describe("front matter without its opening ---", () => {
  it("GIVEN key: value lines closed by --- but not opened THEN it is a warning, since they would be served as text", () => {
    const parsed = parsePromptFile("description: The first prompt.\ntags:\n  - warm\n---\nYou help {{company}}.\n");
    expect(parsed.problems).toEqual([
      {
        line: 1,
        col: 1,
        severity: "warning",
        rule: "prompt-front-matter",
        message:
          "lines 1-3 look like front matter closed by '---' on line 4, but the file does not start with '---': they are served as part of the prompt; add a '---' line before them",
      },
    ]);
  });

  it.each([
    ["prose followed by a rule", "Be brief and kind.\n---\nMore text.\n"],
    ["a role marker", "system:\nYou help.\n---\nuser:\nHi\n"],
    ["a sentence with a colon", "Note: be brief, and never invent details.\nThen answer.\n---\n"],
  ])("GIVEN %s THEN nothing is reported", (_case, text) => {
    expect(parsePromptFile(text).problems).toEqual([]);
  });
});
