import { problemsOf, replace, rulesOf } from "../../helpers/catalog-fixture";

const V1 = "prompts/support-assistant/friendly-v1.md";

describe("prompt-variables", () => {
  it("GIVEN declared variables and context attributes THEN it stays silent", () => {
    expect(rulesOf({ [V1]: replace("Be warm,", "Be warm ({{ldctx.plan}} plan),") })).not.toContain("prompt-variables");
  });

  it("GIVEN a variable the config does not declare THEN its use is reported at its line and column", () => {
    expect(problemsOf({ [V1]: replace("as {{customer_name}}", "as {{customer_nmae}}") })).toEqual([
      `${V1}:8:25: error: variable "customer_nmae" is not declared in configs/ai-configs/support-assistant.yaml (did you mean "customer_name"?); declare it under variables, or the SDK renders it as an empty string`,
    ]);
  });

  it("GIVEN a required variable no variation uses THEN its declaration is a warning", () => {
    const edits = {
      "configs/ai-configs/support-assistant.yaml": replace("  - name: tone\n", "  - name: locale\n  - name: tone\n"),
      "evals/support-assistant.yaml": null,
    };
    expect(problemsOf(edits)).toEqual([
      'configs/ai-configs/support-assistant.yaml:14:11: warning: required variable "locale" is used by no variation\'s prompt',
    ]);
  });

  it("GIVEN an optional variable no variation uses THEN nothing is reported", () => {
    expect(
      problemsOf({
        "configs/ai-configs/support-assistant.yaml": replace(
          "  - name: tone\n",
          "  - name: locale\n    required: false\n  - name: tone\n",
        ),
      }),
    ).toEqual([]);
  });
});
