import { runCli } from "../../src/cli/program";
import type { Output } from "../../src/cli/output";
import { exampleCatalog, replace, EXAMPLE_ROOT, type Edit } from "../helpers/catalog-fixture";
import { useLaunchDarklyStandIn } from "../helpers/use-launchdarkly-stand-in";
import { catalogAt } from "../helpers/synth";

/** One of each credential shape the validator knows, assembled here so that this file holds none of them. */
export const PLANTED: ReadonlyArray<[string, string]> = [
  ["an AWS access key id", "AKIA" + "QWERTYUIOPASDFGH"],
  ["a LaunchDarkly SDK key", "sdk-" + "87654321-dcba-4bcd-8bcd-cba987654321"],
  ["a LaunchDarkly API access token", "api-" + "87654321-dcba-4bcd-8bcd-cba987654321"],
  ["a LaunchDarkly mobile key", "mob-" + "87654321-dcba-4bcd-8bcd-cba987654321"],
  ["a private key block", "-----BEGIN EC " + "PRIVATE KEY-----"],
  ["a bearer token", "Bearer " + "zyxwvutsrqponmlkjihgfedcba9876543210"],
  ["an OpenAI API key", "sk-proj-" + "zyxwvutsrqponmlkjihgfedcba9876543210ZY"],
  ["a GitHub token", "ghp_" + "zyxwvutsrqponmlkjihgfedcba9876543210"],
];

const SA = "configs/ai-configs/support-assistant.yaml";
const V1 = "prompts/support-assistant/friendly-v1.md";
const q = (secret: string) => JSON.stringify(secret);

/** Every place in a catalog where a name the user wrote can end up in a message. */
const CATALOG_POSITIONS: ReadonlyArray<[string, (secret: string) => Record<string, Edit>]> = [
  [
    "an unknown field",
    (s) => ({
      "configs/models.yaml": replace("    name: Claude Sonnet 4.5\n", `    name: Claude Sonnet 4.5\n    ${q(s)}: 1\n`),
    }),
  ],
  ["an unknown top-level field", (s) => ({ "configs/tools.yaml": (old) => `${old}\n${q(s)}: []\n` })],
  [
    "a duplicate key",
    (s) => ({
      "configs/models.yaml": replace(
        "    name: Claude Sonnet 4.5\n",
        `    ${q(s)}: 1\n    ${q(s)}: 2\n    name: Claude Sonnet 4.5\n`,
      ),
    }),
  ],
  ["a variation's model", (s) => ({ [SA]: replace("model: claude-sonnet-4-5", `model: ${q(s)}`) })],
  [
    "a served variation",
    (s) => ({ [SA]: replace("fallthrough: { variation: expert-v3 }", `fallthrough: { variation: ${q(s)} }`) }),
  ],
  ["a rollout weight's variation", (s) => ({ [SA]: replace("friendly-v2: 10", `${q(s)}: 10`) })],
  ["a segment in a clause", (s) => ({ [SA]: replace("segments: [internal-staff]", `segments: [${q(s)}]`) })],
  [
    "an environment under targeting",
    (s) => ({ [SA]: replace("  dev:\n    fallthrough:", `  ${q(s)}:\n    fallthrough:`) }),
  ],
  [
    "an environment under experiments",
    (s) => ({ [SA]: replace("experiments:\n  production:", `experiments:\n  ${q(s)}:`) }),
  ],
  ["a maintainer", (s) => ({ [SA]: replace("maintainer: ai-ml", `maintainer: ${q(s)}`) })],
  ["a judge", (s) => ({ [SA]: replace("- key: answer-judge", `- key: ${q(s)}`) })],
  ["a tool", (s) => ({ "configs/ai-configs/docs-agent.yaml": replace("tools: [search-docs,", `tools: [${q(s)},`) })],
  ["a metric", (s) => ({ [SA]: replace("primaryMetric: ai-feedback-positive", `primaryMetric: ${q(s)}`) })],
  [
    "a treatment",
    (s) => ({
      [SA]: replace(
        "- variation: friendly-v2\n          allocation: 10",
        `- variation: ${q(s)}\n          allocation: 10`,
      ),
    }),
  ],
  ["an experiment key", (s) => ({ [SA]: replace("key: friendly-v2-feedback", `key: ${q(s)}`) })],
  [
    "an experiment's rule",
    (s) => ({ [SA]: replace("      state: running\n", `      state: running\n      rule: ${q(s)}\n`) }),
  ],
  ["an AI Config's key", (s) => ({ [SA]: replace("key: support-assistant", `key: ${q(s)}`) })],
  ["a declared variable", (s) => ({ [SA]: replace("  - name: company", `  - name: ${q(s)}`) })],
  ["a variable's enum", (s) => ({ [SA]: replace("enum: [warm, neutral]", `enum: [warm, ${q(s)}]`) })],
  ["a variable used in a prompt", (s) => ({ [V1]: replace("{{customer_name}}", `{{${s}}}`) })],
  ["a section in a prompt", (s) => ({ [V1]: replace("{{customer_name}}", `{{#${s}}}`) })],
  [
    "a variation's prompt path",
    (s) => ({ [SA]: replace("prompt: support-assistant/friendly-v1.md", `prompt: ${q(`${s}.md`)}`) }),
  ],
  ["a front-matter field", (s) => ({ [V1]: replace("description:", `${q(s)}: x\ndescription:`) })],
  [
    "an explicit LaunchDarkly host",
    (s) => ({
      "configs/project.yaml": replace(
        "instance: eu",
        `instance: { apiHost: ${q(`https://${s}`)}, sdkBaseUri: "https://sdk.eu.launchdarkly.com", streamUri: "https://stream.eu.launchdarkly.com", eventsUri: "https://events.eu.launchdarkly.com" }`,
      ),
    }),
  ],
  [
    "an audit-log setting",
    (s) => ({ "configs/project.yaml": replace("skip_ca_verification: false", `${q(s)}: ${q(s)}`) }),
  ],
  [
    "a team's access",
    (s) => ({ "configs/access.yaml": (old) => old.replace(/(\n {6}dev: )\S+/, (_m, head) => `${head}${q(s)}`) }),
  ],
  ["a file name in configs/", (s) => ({ [`configs/${s}.yaml`]: "x: 1\n" })],
  ["an AI Config's file name", (s) => ({ [`configs/ai-configs/${s}.yaml`]: "key: other\n" })],
  ["a prompt's file name", (s) => ({ [`prompts/${s}.md`]: "Hello.\n" })],
];

/** Runs the CLI in this process and returns everything it printed. */
async function printed(args: string[], env: Record<string, string | undefined> = {}): Promise<string> {
  const lines: string[] = [];
  const output: Output = { out: (l) => lines.push(l), err: (l) => lines.push(l) };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    await runCli(args, output);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return lines.join("\n");
}

describe("no echo: a credential-shaped name never appears in what the CLI prints", () => {
  describe.each(PLANTED)("GIVEN %s", (_kind, secret) => {
    it.each(CATALOG_POSITIONS)(
      "planted as %s THEN neither text, JSON nor GitHub annotations print it",
      async (_position, edits) => {
        const root = exampleCatalog(edits(secret));
        const text = await printed(["validate", "--root", root], { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: root });
        const json = await printed(["validate", "--root", root, "--format", "json"]);
        expect(text).toContain("error");
        expect(JSON.parse(json).ok).toBe(false);
        expect(text).not.toContain(secret);
        expect(json).not.toContain(secret);
      },
    );

    it.each([
      ["an AI Config to preview", [`preview`, secret, "--env", "dev", "--context", '{"key":"u"}']],
      ["an environment to preview", ["preview", "support-assistant", "--env", secret, "--context", '{"key":"u"}']],
      [
        "a context",
        ["preview", "support-assistant", "--env", "dev", "--context", `{"key":${q(secret)},"kind":${q(secret)}}`],
      ],
      [
        "a variable",
        ["preview", "support-assistant", "--env", "dev", "--context", '{"key":"u"}', "--var", `${secret}=1`],
      ],
      ["an option", ["validate", `--${secret}`]],
      ["a command", [secret]],
      ["a catalog root", ["validate", "--root", `/nonexistent/${secret}`]],
      ["an environment to reconcile", ["targeting", "plan", "--root", EXAMPLE_ROOT, "--env", secret]],
    ])("passed on the command line as %s THEN it is not printed", async (_position, args) => {
      expect(
        await printed(args as string[], { LAUNCHDARKLY_ACCESS_TOKEN: "api-" + "00000000-0000-4000-8000-000000000000" }),
      ).not.toContain(secret);
    });
  });
});

describe("no echo: what LaunchDarkly answers is never printed with a credential in it", () => {
  const ld = useLaunchDarklyStandIn({ holding: catalogAt(EXAMPLE_ROOT), per: "block" });

  it.each(PLANTED)(
    "GIVEN an error body that echoes %s THEN the reconciler's failure masks it",
    async (_kind, secret) => {
      ld.standIn.inject(
        {
          kind: "status",
          status: 400,
          body: JSON.stringify({ code: "invalid_request", message: `Unexpected value ${secret} in the request` }),
        },
        { path: /targeting$/ },
      );
      const run = await printed(
        ["targeting", "apply", "--root", EXAMPLE_ROOT, "--env", "dev", "--api-host", ld.host],
        ld.env(),
      );
      expect(run).toContain("400 Bad Request: invalid_request: Unexpected value [masked credential] in the request");
      expect(run).not.toContain(secret);
    },
  );

  it("GIVEN an error body that echoes the access token, whatever its shape THEN it is masked too", async () => {
    ld.standIn.inject(
      {
        kind: "status",
        status: 401,
        body: JSON.stringify({ code: "unauthorized", message: `Invalid access token ${ld.standIn.token}` }),
      },
      { path: /targeting$/ },
    );
    const run = await printed(
      ["experiments", "apply", "--root", EXAMPLE_ROOT, "--env", "production", "--api-host", ld.host],
      ld.env(),
    );
    expect(run).toContain("401 Unauthorized: unauthorized: Invalid access token [masked credential]");
    expect(run).not.toContain(ld.standIn.token);
  });

  it("GIVEN an HTML error page holding a credential THEN it is masked", async () => {
    const secret = PLANTED[7]![1];
    ld.standIn.inject(
      {
        kind: "status",
        status: 403,
        headers: { "Content-Type": "text/html" },
        body: `<html><head><title>Forbidden for ${secret}</title></head></html>`,
      },
      { path: /targeting$/ },
    );
    const run = await printed(
      ["targeting", "plan", "--root", EXAMPLE_ROOT, "--env", "dev", "--api-host", ld.host],
      ld.env(),
    );
    expect(run).toContain('403 Forbidden: an HTML page ("Forbidden for [masked credential]")');
    expect(run).not.toContain(secret);
  });
});
