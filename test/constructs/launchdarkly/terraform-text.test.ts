import { literal, literalValues } from "../../../constructs/launchdarkly/terraform-text";

describe("literal: text Terraform must not read as a template", () => {
  it.each([
    ["plain text", "Answer {{customer_name}} in 3 sentences.", "Answer {{customer_name}} in 3 sentences."],
    ["an interpolation", "Hello ${name}", "Hello $${name}"],
    ["a directive", "%{if x}yes%{endif}", "%%{if x}yes%%{endif}"],
    ["both, twice", "${a}%{b}${c}%{d}", "$${a}%%{b}$${c}%%{d}"],
    ["dollars and percents without a brace", "costs $5 and 10% more, $$ or %%", "costs $5 and 10% more, $$ or %%"],
    ["an already escaped sequence", "$${kept}", "$$${kept}"],
  ])("GIVEN %s THEN it is written so that Terraform passes it on as it is", (_name, text, written) => {
    expect(literal(text)).toBe(written);
  });

  it("GIVEN no text THEN there is none", () => {
    expect(literal(undefined)).toBeUndefined();
  });
});

describe("literalValues: data whose every string Terraform must not read as a template", () => {
  it("GIVEN nested objects and lists THEN every string is literal, everything else and every key as it was", () => {
    const data = { rules: [{ description: "${x}", values: ["%{y}", 7, true, null] }], weights: { v1: 90 } };
    expect(literalValues(data)).toEqual({
      rules: [{ description: "$${x}", values: ["%%{y}", 7, true, null] }],
      weights: { v1: 90 },
    });
    expect(data.rules[0]!.description).toBe("${x}");
  });
});
