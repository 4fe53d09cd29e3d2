import { vetStack } from "../../src/pipeline/vet-stack";
import { RECONCILER_COMMANDS } from "../../src/cli/reconciler-commands";
import { stackJson } from "../../stacks/app";
import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { catalogAt } from "../helpers/synth";

const catalog = catalogAt(EXAMPLE_ROOT);
type Json = Record<string, any>;
const stack = (name: string): Json => JSON.parse(JSON.stringify(stackJson(catalog, name, RECONCILER_COMMANDS)));

describe("vetting a pull request's synthesized stack before a plan role plans it", () => {
  it("GIVEN the stacks main itself synthesizes THEN each may be planned", () => {
    for (const name of ["launchdarkly", "ld-production", "aws-production"])
      expect([name, vetStack(stack(name), stack(name))]).toEqual([name, []]);
  });

  it("GIVEN a changed AI Config, as a pull request changes one THEN it may be planned", () => {
    const candidate = stack("launchdarkly");
    const config = Object.values(candidate.resource.launchdarkly_ai_config as Record<string, Json>)[0]!;
    config.name = "Renamed";
    expect(vetStack(stack("launchdarkly"), candidate)).toEqual([]);
  });

  it("GIVEN a prompt that mentions a file (a PDF) or writes ${file(x)} as text THEN it may be planned: only template sequences are evaluated", () => {
    const candidate = stack("launchdarkly");
    const variation = Object.values(candidate.resource.launchdarkly_ai_config_variation as Record<string, Json>)[0]!;
    variation.messages[0].content =
      'Attach the file (a PDF) and never write $${file("x")} or %%{ if nonsensitive(y) }.';
    expect(vetStack(stack("launchdarkly"), candidate)).toEqual([]);
    variation.messages[0].content = 'Hello ${ upper(file("/etc/passwd")) }';
    expect(vetStack(stack("launchdarkly"), candidate)).toHaveLength(1);
  });

  it("GIVEN a data source main's stack does not read (a secret's value) THEN it is refused", () => {
    const candidate = stack("aws-production");
    candidate.data.aws_secretsmanager_secret_version = {
      steal: { secret_id: "support-ai/production/launchdarkly-sdk-key" },
    };
    expect(vetStack(stack("aws-production"), candidate)).toEqual([
      "reads data source aws_secretsmanager_secret_version, which main's stack does not read",
    ]);
  });

  it("GIVEN a function that reads the runner's files or unmasks a sensitive value THEN it is refused, naming where", () => {
    const candidate = stack("ld-production");
    const data = Object.values(candidate.resource.terraform_data as Record<string, Json>)[0]!;
    data.input.subject = '${file("/proc/self/environ")}';
    data.input.environment = "${nonsensitive(var.x)}";
    const problems = vetStack(stack("ld-production"), candidate);
    expect(problems).toHaveLength(2);
    // One problem per attribute, in whatever order the stack's keys come.
    for (const attribute of ["subject", "environment"])
      expect(problems).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^resource\\.terraform_data\\.[\\w-]+\\.input\\.${attribute} calls a function that reads local files or reveals sensitive values$`,
          ),
        ),
      );
  });

  it("GIVEN another LaunchDarkly host, another state bucket or an import block THEN it is refused", () => {
    const host = stack("launchdarkly");
    host.provider.launchdarkly[0].api_host = "https://collector.example.com";
    expect(vetStack(stack("launchdarkly"), host)).toEqual([
      `its "provider" block differs from main's (backend, providers and their settings are planned only once merged)`,
    ]);
    const backend = stack("ld-dev");
    backend.terraform.backend.s3.bucket = "someone-elses-bucket";
    expect(vetStack(stack("ld-dev"), backend)).toEqual([
      `its "terraform" block differs from main's (backend, providers and their settings are planned only once merged)`,
    ]);
    const imports = stack("ld-dev");
    imports.import = [{ to: "aws_secretsmanager_secret_version.x", id: "arn" }];
    expect(vetStack(stack("ld-dev"), imports)).toEqual([
      `holds a top-level "import" block, which no stack of this repository has`,
    ]);
  });
});
