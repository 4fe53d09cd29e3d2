import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BINDINGS_DIR, generateBindings, SCHEMA_FILE } from "../scripts/generate-bindings";

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe("LaunchDarkly provider bindings", () => {
  it("GIVEN the committed schema THEN the committed .gen/ is exactly what `npm run bindings` produces", async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), "aic-bindings-test-"));
    try {
      await generateBindings(SCHEMA_FILE, fresh);
      expect(listFiles(BINDINGS_DIR)).toEqual(listFiles(fresh));
      for (const file of listFiles(fresh)) {
        if (
          fs.readFileSync(path.join(BINDINGS_DIR, file), "utf8") !== fs.readFileSync(path.join(fresh, file), "utf8")
        ) {
          throw new Error(`.gen/${file} differs from the generator's output: run \`npm run bindings\` and commit`);
        }
      }
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  it("records the provider version and where the schema was transcribed from", () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8"));
    expect(schema.provider_versions).toEqual({ "registry.terraform.io/launchdarkly/launchdarkly": "3.1.3" });
    expect(schema["//"]).toMatch(/launchdarkly\/terraform-provider-launchdarkly v3\.1\.3/);
    expect(
      Object.keys(schema.provider_schemas["registry.terraform.io/launchdarkly/launchdarkly"].data_source_schemas),
    ).toEqual(["launchdarkly_environment"]);
    expect(
      Object.keys(schema.provider_schemas["registry.terraform.io/launchdarkly/launchdarkly"].resource_schemas).sort(),
    ).toEqual([
      "launchdarkly_ai_config",
      "launchdarkly_ai_config_variation",
      "launchdarkly_ai_tool",
      "launchdarkly_audit_log_subscription",
      "launchdarkly_custom_role",
      "launchdarkly_environment",
      "launchdarkly_metric",
      "launchdarkly_model_config",
      "launchdarkly_project",
      "launchdarkly_segment",
      "launchdarkly_team",
      "launchdarkly_team_role_mapping",
    ]);
  });
});
