import { file, problem, problemsWith } from "../../helpers/catalog-builder";

const PROMPT = "prompts/assistant/v1.md";
const MESSAGE =
  "secrets never belong in the repository: name an environment variable or a sensitive Terraform variable instead";

describe("credentials, on the minimal catalog", () => {
  it("GIVEN text that merely mentions keys THEN it stays silent", () => {
    const prose =
      "Never ask for an API key, an sdk-key or Bearer tokens-are-never-shared-in-chat; see sk-learn-about-our-security-practices-today.";
    expect(problemsWith(file(PROMPT, `{{question}}\n${prose}\n`))).toEqual([]);
  });

  it.each([
    ["an AWS access key id", "AKIA" + "ABCDEFGHIJKLMNOP"],
    ["a LaunchDarkly SDK key", "sdk-" + "12345678-abcd-4bcd-8bcd-123456789abc"],
    ["a LaunchDarkly API access token", "api-" + "12345678-abcd-4bcd-8bcd-123456789abc"],
    ["a LaunchDarkly mobile key", "mob-" + "12345678-abcd-4bcd-8bcd-123456789abc"],
    ["a private key block", "-----BEGIN RSA " + "PRIVATE KEY-----"],
    ["a bearer token", "Authorization: Bearer " + "abcdefghijklmnopqrstuvwxyz0123456789"],
    ["an OpenAI API key", "sk-proj-" + "abcdefghijklmnopqrstuvwxyz0123456789AB"],
    ["a GitHub token", "ghp_" + "abcdefghijklmnopqrstuvwxyz0123456789"],
  ])("GIVEN %s in a prompt THEN it is reported, and the value is never printed", (kind, secret) => {
    const problems = problemsWith(file(PROMPT, `{{question}}\nUse ${secret} when asked.\n`));
    expect(problems).toEqual([problem("credentials", PROMPT, `this looks like ${kind}; ${MESSAGE}`)]);
    expect(JSON.stringify(problems)).not.toContain(secret);
  });

  it("GIVEN a credential in a YAML config THEN it is reported there too", () => {
    const problems = problemsWith((files) => {
      (files["configs/project.yaml"] as { project: { name: string } }).project.name =
        "sdk-" + "12345678-abcd-4bcd-8bcd-123456789abc";
    });
    expect(problems).toEqual([
      problem("credentials", "configs/project.yaml", `this looks like a LaunchDarkly SDK key; ${MESSAGE}`),
    ]);
  });

  it("GIVEN a prompt file named like a GitHub token THEN it is an error at the file, and the name is in no message", () => {
    const secret = "ghp_" + "abcdefghijklmnopqrstuvwxyz0123456789";
    const problems = problemsWith(file(`prompts/${secret}.md`, "Hello.\n"));
    expect(problems).toContainEqual(
      problem(
        "credentials",
        `prompts/${secret}.md`,
        "this file's name looks like a GitHub token; secrets never belong in the repository, not even in a file name",
      ),
    );
    expect(problems.map((p) => p.message)).not.toContainEqual(expect.stringContaining(secret));
  });
});
