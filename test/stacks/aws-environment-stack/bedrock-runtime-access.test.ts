import { generateCatalog } from "../../../bench/generate-catalog";
import { chain, exampleCatalog, replace, STOP_EXPERIMENT, EXAMPLE_ROOT } from "../../helpers/catalog-fixture";
import { catalogAt, synthAll, type StackJson } from "../../helpers/synth";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const SA = "configs/ai-configs/support-assistant.yaml";
const INVOKE = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"];

function policy(stack: StackJson): Array<Record<string, any>> {
  const docs = stack.data.aws_iam_policy_document;
  const key = Object.keys(docs).find((k) => k.startsWith("bedrock_policy_"))!;
  return docs[key].statement;
}

/** The statements granting a profile itself (not the models behind it). */
const profileStatements = (stack: StackJson) =>
  policy(stack).filter((s) => /^Invoke\w+(?<!Through)Profile$/.test(s.sid));

const profileArn = (account: string, id: string) => `arn:aws:bedrock:eu-central-1:${account}:inference-profile/${id}`;
const HAIKU = "eu.anthropic.claude-haiku-4-5-20251001-v1:0";
const SONNET = "eu.anthropic.claude-sonnet-4-5-20250929-v1:0";
const NOVA_PRO = "eu.amazon.nova-pro-v1:0";
const NOVA_LITE = "eu.amazon.nova-lite-v1:0";

describe("aws-<env> stacks of the example catalog: BedrockRuntimeAccess", () => {
  const stacks = synthAll(catalogAt(EXAMPLE_ROOT));

  it("GIVEN production's targeting THEN its role may invoke exactly the profiles of the models it serves", () => {
    const profiles = profileStatements(stacks["aws-production"]!).map((s) => s.resources);
    expect(profiles).toEqual([
      [profileArn("333333333333", HAIKU)],
      [profileArn("333333333333", NOVA_PRO)],
      [profileArn("333333333333", NOVA_LITE)],
    ]);
  });

  it("THEN the foundation models behind each profile are read at plan time and reachable only through that profile", () => {
    const through = policy(stacks["aws-production"]!).find((s) => s.sid === "Invokeclaudehaiku45ThroughProfile")!;
    expect(through).toEqual({
      sid: "Invokeclaudehaiku45ThroughProfile",
      effect: "Allow",
      actions: INVOKE,
      resources: expect.stringMatching(
        /^\$\{\[for m in data\.aws_bedrock_inference_profile\.bedrock_profile-claude-haiku-4-5_[0-9A-F]{8}\.models : m\.model_arn\]\}$/,
      ),
      condition: [
        { test: "StringEquals", variable: "bedrock:InferenceProfileArn", values: [profileArn("333333333333", HAIKU)] },
      ],
    });
    expect(
      Object.values(stacks["aws-production"]!.data.aws_bedrock_inference_profile)
        .map((d: any) => d.inference_profile_id)
        .sort(),
    ).toEqual([HAIKU, NOVA_LITE, NOVA_PRO].sort());
  });

  it("GIVEN dev allows every catalog model THEN its role may invoke all four", () => {
    const profiles = profileStatements(stacks["aws-dev"]!).flatMap((s) => s.resources);
    expect(profiles.sort()).toEqual(
      [HAIKU, SONNET, NOVA_LITE, NOVA_PRO].map((id) => profileArn("111111111111", id)).sort(),
    );
  });

  it("GIVEN production moves to Sonnet THEN aws-production's policy changes and aws-dev's does not", () => {
    const moved = synthAll(
      catalogAt(
        exampleCatalog({
          [SA]: chain(
            replace(
              "        serve: { variation: friendly-v2 }\n    fallthrough:\n      rollout:\n        bucketBy: key\n        weights:\n          friendly-v1: 90\n          friendly-v2: 10",
              "        serve: { variation: friendly-v2 }\n    fallthrough: { variation: expert-v3 }",
            ),
            STOP_EXPERIMENT,
          ),
        }),
      ),
    );
    expect(JSON.stringify(moved["aws-dev"])).toBe(JSON.stringify(stacks["aws-dev"]));
    expect(JSON.stringify(moved["aws-staging"])).toBe(JSON.stringify(stacks["aws-staging"]));
    const profiles = profileStatements(moved["aws-production"]!).flatMap((s) => s.resources);
    expect(profiles).toContain(profileArn("333333333333", SONNET));
  });

  it("THEN the role is assumed by the configured principal only, a service only on behalf of this account, and carries the environment's boundary", () => {
    const trust = (stack: StackJson) =>
      Object.entries(stack.data.aws_iam_policy_document).find(([k]) => k.startsWith("bedrock_trust_"))![1] as any;
    expect(trust(stacks["aws-production"]!).statement).toEqual([
      {
        effect: "Allow",
        actions: ["sts:AssumeRole"],
        principals: [{ type: "Service", identifiers: ["ecs-tasks.amazonaws.com"] }],
        condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: ["333333333333"] }],
      },
    ]);
    const role = Object.values(stacks["aws-production"]!.resource.aws_iam_role)[0] as any;
    expect(role.permissions_boundary).toBe("arn:aws:iam::333333333333:policy/support-ai-production-app-boundary");
    const withRole = synthAll(
      catalogAt(
        exampleCatalog({
          "configs/project.yaml": replace(
            "    critical: true\n",
            '    critical: true\n    bedrock:\n      runtimePrincipal: { role: "arn:aws:iam::333333333333:role/support-service" }\n',
          ),
        }),
      ),
    );
    expect(trust(withRole["aws-production"]!).statement[0].principals).toEqual([
      { type: "AWS", identifiers: ["arn:aws:iam::333333333333:role/support-service"] },
    ]);
  });

  it("GIVEN a guardrail THEN every invoke requires it and the role may apply it", () => {
    const guarded = synthAll(
      catalogAt(
        exampleCatalog({
          "configs/project.yaml": replace(
            "    critical: true\n",
            '    critical: true\n    bedrock:\n      guardrail: { id: abc123def, version: "3" }\n',
          ),
        }),
      ),
    );
    const statements = policy(guarded["aws-production"]!);
    for (const s of statements.filter((x) => x.actions.includes("bedrock:InvokeModel"))) {
      expect(s.condition).toContainEqual({
        test: "StringEquals",
        variable: "bedrock:GuardrailIdentifier",
        values: ["arn:aws:bedrock:eu-central-1:333333333333:guardrail/abc123def:3"],
      });
    }
    expect(statements.at(-1)).toEqual({
      sid: "ApplyGuardrail",
      effect: "Allow",
      actions: ["bedrock:ApplyGuardrail"],
      resources: ["arn:aws:bedrock:eu-central-1:333333333333:guardrail/abc123def"],
    });
  });

  it("GIVEN the example and a generated catalog THEN no IAM action or resource is a wildcard", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "aic-generated-"));
    try {
      generateCatalog(root, 30);
      for (const all of [stacks, synthAll(catalogAt(root))]) {
        for (const [name, stack] of Object.entries(all).filter(([n]) => n.startsWith("aws-"))) {
          for (const s of policy(stack)) {
            for (const value of [...s.actions, ...(Array.isArray(s.resources) ? s.resources : [s.resources])]) {
              if (/(^|:|\/)\*$|^\*/.test(value)) throw new Error(`${name}: wildcard ${value} in ${s.sid}`);
            }
          }
        }
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
