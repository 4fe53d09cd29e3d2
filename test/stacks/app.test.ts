import { exampleCatalog, replace, EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { catalogAt, synthAll } from "../helpers/synth";

describe("the app's stacks (design §5)", () => {
  const stacks = synthAll(catalogAt(EXAMPLE_ROOT));

  it("GIVEN three environments THEN it composes bootstrap, launchdarkly, and ld-/aws- stacks per environment", () => {
    expect(Object.keys(stacks).sort()).toEqual([
      "aws-dev",
      "aws-production",
      "aws-staging",
      "bootstrap",
      "launchdarkly",
      "ld-dev",
      "ld-production",
      "ld-staging",
    ]);
  });

  it("keeps every stack but bootstrap in the state bucket, one key each, encrypted with the state key, with S3-native locking", () => {
    const keys = new Set<string>();
    for (const [name, json] of Object.entries(stacks)) {
      if (name === "bootstrap") continue;
      expect(json.terraform.backend.s3).toEqual({
        bucket: "example-org-support-ai-tfstate",
        key: `support-ai/${name}/terraform.tfstate`,
        region: "eu-central-1",
        encrypt: true,
        kms_key_id: "arn:aws:kms:eu-central-1:444444444444:alias/example-org-support-ai-tfstate",
        use_lockfile: true,
      });
      keys.add(json.terraform.backend.s3.key);
    }
    expect(keys.size).toBe(7);
  });

  it("requires Terraform 1.10 or later in every stack, which S3-native locking needs", () => {
    for (const json of Object.values(stacks)) expect(json.terraform.required_version).toBe(">= 1.10.0");
  });

  it("refers, in every stack, only to resources and data sources that stack declares (no cross-stack reference)", () => {
    let checked = 0;
    for (const [name, json] of Object.entries(stacks)) {
      const blocks = [...Object.values(json.resource ?? {}), ...Object.values(json.data ?? {})].flatMap((byName) =>
        Object.values(byName as object),
      );
      const interpolated = [
        ...JSON.stringify({ ...json, "//": undefined }).matchAll(/\$\{((?:data\.)?[a-z][a-z0-9_]*\.[\w-]+)/g),
      ].map((m) => m[1]!);
      const dependencies = blocks.flatMap((block: { depends_on?: string[] }) => block.depends_on ?? []);
      for (const reference of [...interpolated, ...dependencies]) {
        const [first, ...rest] = reference.split(".");
        if (["var", "local", "each", "count", "self", "path", "terraform"].includes(first!)) continue;
        const [type, id] = first === "data" ? rest : [first, rest[0]];
        checked++;
        if (!(first === "data" ? json.data : json.resource)?.[type!]?.[id!])
          throw new Error(`${name} refers to ${reference}, which it does not declare`);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("keeps bootstrap's local state outside cdktf.out, which every synth replaces", () => {
    expect(stacks.bootstrap!.terraform.backend).toEqual({ local: { path: "../../../bootstrap.tfstate" } });
  });

  it("points the LaunchDarkly provider at the EU API host, provider v3, with no token in the configuration", () => {
    for (const name of ["launchdarkly", "ld-dev", "ld-staging", "ld-production"]) {
      expect(stacks[name]!.provider.launchdarkly).toEqual([
        { api_host: "https://app.eu.launchdarkly.com", max_concurrency: 2, http_timeout: 60 },
      ]);
      expect(stacks[name]!.terraform.required_providers.launchdarkly).toEqual({
        source: "registry.terraform.io/launchdarkly/launchdarkly",
        version: "~> 3.1, >= 3.1.3",
      });
    }
  });

  it("pins each aws-<env> stack to its environment's account and region", () => {
    expect(stacks["aws-production"]!.provider.aws).toEqual([
      {
        region: "eu-central-1",
        allowed_account_ids: ["333333333333"],
        default_tags: [
          {
            tags: {
              "managed-by": "aic-terraform",
              "aic-project": "support-ai",
              "aic-stack": "aws-production",
              "aic-environment": "production",
            },
          },
        ],
      },
    ]);
  });

  it("GIVEN instance: us THEN the provider uses LaunchDarkly's US API host", () => {
    const us = synthAll(catalogAt(exampleCatalog({ "configs/project.yaml": replace("instance: eu", "instance: us") })));
    expect(us.launchdarkly!.provider.launchdarkly[0].api_host).toBe("https://app.launchdarkly.com");
  });

  it("writes nothing shaped like a token or key", () => {
    const text = JSON.stringify(stacks);
    expect(text).not.toMatch(/(api|sdk|mob)-[0-9a-f]{8}-|AKIA[0-9A-Z]{16}|access_token|LAUNCHDARKLY_ACCESS_TOKEN/);
  });
});
