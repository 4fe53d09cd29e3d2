import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../helpers/catalog-fixture";

/** The ```python blocks of a Markdown page, their list indentation removed. */
function pythonBlocks(file: string): string[] {
  const text = fs.readFileSync(path.join(REPO_ROOT, file), "utf8");
  return [...text.matchAll(/^( *)```python\n([\s\S]*?)^\1```$/gm)].map(([, indent, body]) =>
    body!
      .split("\n")
      .map((line) => line.slice(indent!.length))
      .join("\n"),
  );
}

/** Parses with the machine's Python and lists every attribute called (`x.name(...)`), or the syntax error. */
const LIST_CALLS = `
import ast, json, sys
tree = ast.parse(sys.stdin.read())
print(json.dumps(sorted({n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)})))
`;

describe("the Python snippet in docs/onboarding.md", () => {
  const [snippet] = pythonBlocks("docs/onboarding.md");

  it("GIVEN the machine's python3 THEN the snippet parses and calls the Python AI SDK 1.x API, not the removed one", () => {
    expect(snippet).toBeDefined();
    const run = spawnSync("python3", ["-c", LIST_CALLS], { input: snippet, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const calls: string[] = JSON.parse(run.stdout);
    expect(calls).toEqual(expect.arrayContaining(["completion_config", "create_tracker", "track_metrics_of"]));
    // Removed: config() in 0.20.0, track_bedrock_converse_metrics in 1.0.0.
    expect(calls).not.toContain("config");
    expect(calls).not.toContain("track_bedrock_converse_metrics");
  });

  it("GIVEN completion_config THEN it is called with key, context, an AICompletionConfigDefault and the variables", () => {
    expect(snippet).toMatch(
      /ai\.completion_config\(\s*"support-assistant",\s*context,\s*AICompletionConfigDefault\(enabled=False\),\s*\{"company": "Acme", "customer_name": "Ada"\},\s*\)/,
    );
  });

  it("GIVEN a snippet with a syntax error THEN the same check fails", () => {
    const run = spawnSync("python3", ["-c", LIST_CALLS], {
      input: `${snippet}\nif config.enabled\n`,
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("SyntaxError");
  });
});
