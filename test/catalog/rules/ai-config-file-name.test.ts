import { problemsOf, replace } from "../../helpers/catalog-fixture";

describe("ai-config-file-name", () => {
  it("GIVEN a file named after its key THEN it stays silent", () => {
    expect(problemsOf({})).toEqual([]);
  });

  it("GIVEN a key that differs from the file name THEN the key is reported", () => {
    const problems = problemsOf({
      "configs/ai-configs/support-assistant.yaml": replace("key: support-assistant", "key: support-bot"),
    });
    expect(problems).toContain(
      'configs/ai-configs/support-assistant.yaml:1:6: error: key "support-bot" does not match the file name; rename the file to support-bot.yaml or change the key',
    );
  });
});
