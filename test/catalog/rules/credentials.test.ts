import { problemsOf, replace } from "../../helpers/catalog-fixture";

const V1 = "prompts/support-assistant/friendly-v1.md";
const MESSAGE =
  "secrets never belong in the repository: name an environment variable or a sensitive Terraform variable instead";

describe("credentials", () => {
  it("GIVEN text that merely mentions keys THEN it stays silent", () => {
    const prose =
      "Never ask for an API key, an sdk-key or Bearer tokens-are-never-shared-in-chat; see sk-learn-about-our-security-practices-today.";
    expect(problemsOf({ [V1]: (old) => `${old}\n${prose}\n` })).toEqual([]);
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
  ])("GIVEN %s in a prompt THEN its position is reported and the value is never printed", (kind, secret) => {
    const problems = problemsOf({ [V1]: (old) => `${old}\nUse ${secret} when asked.\n` });
    const col = "Use ".length + secret.indexOf(secret.includes("Bearer") ? "Bearer" : secret) + 1;
    expect(problems).toEqual([`${V1}:12:${col}: error: this looks like ${kind}; ${MESSAGE}`]);
    expect(problems.join("\n")).not.toContain(secret);
  });

  it("GIVEN a credential in a YAML config THEN it is reported there too", () => {
    const problems = problemsOf({
      "configs/project.yaml": replace(
        "name: Audit log to Splunk",
        "name: " + "sdk-" + "12345678-abcd-4bcd-8bcd-123456789abc",
      ),
    });
    expect(problems).toEqual([`configs/project.yaml:62:9: error: this looks like a LaunchDarkly SDK key; ${MESSAGE}`]);
  });
});

describe("credentials in file names", () => {
  it("GIVEN a prompt file named like a GitHub token THEN it is an error at the file, and the name is in no message", () => {
    const secret = "ghp_" + "abcdefghijklmnopqrstuvwxyz0123456789";
    const problems = problemsOf({ [`prompts/${secret}.md`]: "Hello.\n" });
    expect(problems).toContainEqual(
      `prompts/${secret}.md:1:1: error: this file's name looks like a GitHub token; secrets never belong in the repository, not even in a file name`,
    );
    expect(problems.map((p) => p.slice(p.indexOf(": ")))).not.toContainEqual(expect.stringContaining(secret));
  });
});
