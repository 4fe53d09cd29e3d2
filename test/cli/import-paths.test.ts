import { isCatalogPath } from "../../src/cli/commands/import";

// The import's last defence before writing: keys were checked where LaunchDarkly's answers are read, and this
// refuses any path whose shape leaves configs/ or prompts/, whatever produced it.
describe("aic import: the paths it writes", () => {
  it.each(["configs/project.yaml", "configs/ai-configs/support-assistant.yaml", "prompts/support/friendly-v1.md"])(
    "GIVEN %s THEN it may be written",
    (file) => expect(isCatalogPath(file)).toBe(true),
  );

  it.each([
    "../escaped.md",
    "configs/../../escaped.yaml",
    "prompts/./x.md",
    "prompts/a/../../../x.md",
    "prompts/a\\..\\..\\x.md",
    "configs//x.yaml",
    "configs/",
    "configs",
    "/etc/passwd",
    "evals/x.yaml",
    "prompts/a\0b.md",
  ])("GIVEN %j THEN nothing may be written there", (file) => expect(isCatalogPath(file)).toBe(false));
});
