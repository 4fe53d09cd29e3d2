import { parsePromptFile } from "../../src/prompts/prompt-file";

const problems = (text: string) => parsePromptFile(text).problems.map((p) => `${p.line}:${p.col}: ${p.message}`);

describe("Mustache analysis, as the LaunchDarkly AI SDK renders", () => {
  it("GIVEN variables, sections and context attributes THEN they are collected with positions", () => {
    const parsed = parsePromptFile("system:\nHi {{name}}.\n{{#tone}}Be {{tone}}.{{/tone}} {{ldctx.plan}} {{{raw}}}\n");
    expect(parsed.template.variables.map((v) => `${v.name}@${v.line}:${v.col}`)).toEqual([
      "name@2:4",
      "tone@3:1",
      "tone@3:13",
      "raw@3:47",
    ]);
    expect(parsed.template.contextAttributes).toEqual(["plan"]);
    expect(parsed.problems).toEqual([]);
  });

  it("GIVEN a section that is never closed THEN its opening tag is reported", () => {
    expect(problems("Hello\n{{#vip}}Thanks for being a VIP.\n")).toEqual([
      '2:1: section "vip" is never closed: add {{/vip}}',
    ]);
  });

  it("GIVEN mismatched sections THEN the wrong closing tag is reported", () => {
    expect(problems("{{#a}}x{{/b}}")).toEqual(['1:8: section "a" must be closed with {{/a}} before this tag']);
  });

  it("GIVEN a closing tag without an opening THEN it is reported", () => {
    expect(problems("user:\nx {{/a}}")).toEqual(["2:3: {{/a}} closes a section that was never opened"]);
  });

  it("GIVEN a tag that is never closed THEN it is reported", () => {
    expect(problems("Hi {{name")).toEqual(['1:4: tag opened with "{{" is never closed with "}}"']);
  });

  it("GIVEN a dotted variable name THEN it is reported, but ldctx attributes are fine", () => {
    expect(problems("Hi {{user.name}} on {{ldctx.plan}}")).toEqual([
      "1:4: variable \"user.name\" contains a dot: LaunchDarkly variable names cannot contain '.' (context attributes are {{ldctx.<attribute>}})",
    ]);
  });

  it("GIVEN a partial or the whole context THEN they are reported", () => {
    expect(problems("{{> footer}} {{ldctx}} {{.}}")).toEqual([
      "1:1: partials ({{> footer}}) are not supported by the LaunchDarkly AI SDK",
      "1:14: {{ldctx}} would render the whole context; use {{ldctx.<attribute>}}",
      "1:24: {{.}} is only meaningful inside a section",
    ]);
  });

  it("GIVEN positions after front matter and role markers THEN lines are the file's lines", () => {
    expect(problems("---\ndescription: x\n---\nsystem:\nok\n\nuser:\n  {{a.b}}\n")).toEqual([
      "8:3: variable \"a.b\" contains a dot: LaunchDarkly variable names cannot contain '.' (context attributes are {{ldctx.<attribute>}})",
    ]);
  });

  it("GIVEN an unclosed section THEN the variables of the same file are still read, so none of their problems waits for the next run", () => {
    const parsed = parsePromptFile("Hello {{customer_nmae}}.\n{{#vip}}Thanks, {{{title}}} {{& name}}.\n{{> footer}}\n");
    expect(parsed.problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      '2:1: section "vip" is never closed: add {{/vip}}',
      "3:1: partials ({{> footer}}) are not supported by the LaunchDarkly AI SDK",
    ]);
    expect(parsed.template.variables.map((v) => `${v.name}@${v.line}:${v.col}`)).toEqual([
      "customer_nmae@1:7",
      "vip@2:1",
      "title@2:17",
      "name@2:29",
    ]);
  });
});
