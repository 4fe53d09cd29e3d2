import { file, problemsWith } from "../helpers/catalog-builder";

describe("configs/imports.yaml", () => {
  it("GIVEN an import id that would make Terraform interpolate THEN it is an error, and nothing reaches synth", () => {
    const problems = problemsWith(
      file("configs/imports.yaml", {
        imports: [{ kind: "ai-config", key: "assistant", id: 'demo/${file("/etc/passwd")}' }],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: "configs/imports.yaml",
        severity: "error",
        message: expect.stringContaining("must be LaunchDarkly keys separated by /"),
      }),
    ]);
  });

  it("GIVEN the provider's import ids of keys and slashes THEN the file is valid", () => {
    const problems = problemsWith(
      file("configs/imports.yaml", {
        imports: [
          { kind: "project", key: "demo", id: "demo" },
          { kind: "variation", key: "assistant/v1", id: "demo/assistant/v1" },
        ],
      }),
    );
    expect(problems).toEqual([]);
  });
});
