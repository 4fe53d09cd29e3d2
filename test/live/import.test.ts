import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import { metricsFileSchema } from "../../src/catalog";
import { exampleCatalogInGit, EXAMPLE_ROOT, STOP_EXPERIMENT } from "../helpers/catalog-fixture";
import { LaunchDarklyResources } from "../helpers/launchdarkly-resources";
import { useLaunchDarklyStandIn } from "../helpers/use-launchdarkly-stand-in";
import { runAicAsync as aic } from "../helpers/run-cli";
import { catalogAt, synthAll } from "../helpers/synth";

const exampleStacks = synthAll(catalogAt(EXAMPLE_ROOT));

const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe("aic import: an existing LaunchDarkly project written as a catalog", () => {
  const ld = useLaunchDarklyStandIn();
  let live: LaunchDarklyResources;
  let scratch: string;
  const runImport = (out: string) =>
    aic(["import", "--project", "support-ai", "--out", out, "--api-host", ld.host], ld.env());

  // GIVEN LaunchDarkly as the example catalog's first apply leaves it: its stacks' resources, and each environment
  // targeted as the example's files say.
  beforeEach(async () => {
    live = new LaunchDarklyResources(ld.standIn);
    live.seedFromStack(exampleStacks.launchdarkly!);
    live.seedProjectFromStacks(exampleStacks);
    const root = exampleCatalogInGit({ "configs/ai-configs/support-assistant.yaml": STOP_EXPERIMENT });
    for (const environment of ["dev", "staging", "production"])
      expect(
        (await aic(["targeting", "apply", "--env", environment, "--root", root, "--api-host", ld.host], ld.env())).code,
      ).toBe(0);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "aic-import-test-"));
  });
  afterEach(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("GIVEN the example's project in LaunchDarkly WHEN importing THEN the catalog validates and says what the example says of prompts, variations and targeting", async () => {
    const out = path.join(scratch, "imported");
    const imported = await runImport(out);
    expect(imported).toMatchObject({ code: 0, stderr: expect.not.stringContaining("aic: import failed") });
    expect(imported.stdout + imported.stderr).not.toContain(ld.standIn.token);
    // What LaunchDarkly cannot supply is listed.
    expect(imported.stderr).toContain(
      "not imported: docs-agent: agent instructions are write-only in LaunchDarkly's API; its prompt files are placeholders",
    );
    expect(imported.stderr).toContain('fill in: configs/access.yaml (lines marked "not in LaunchDarkly: fill in")');
    expect(read(out, "configs/observability.yaml")).toContain("# not in LaunchDarkly: fill in");

    const validated = await aic(["validate", "--root", out]);
    expect(validated.stdout + validated.stderr).not.toContain("error:");
    expect(validated.code).toBe(0);

    // The targeting reconcilers need no import: against what LaunchDarkly holds, they have nothing to change.
    for (const environment of ["dev", "staging", "production"]) {
      const diff = await aic(
        ["targeting", "diff", "--env", environment, "--root", out, "--api-host", ld.host],
        ld.env(),
      );
      expect(diff).toMatchObject({ code: 0 });
      expect(diff.stdout).toContain(`support-assistant in ${environment}: up to date`);
    }

    // Prompts: every completion and judge prompt as the example has it.
    for (const [config, variation] of [
      ["support-assistant", "friendly-v1"],
      ["support-assistant", "friendly-v2"],
      ["support-assistant", "expert-v3"],
      ["ticket-summarizer", "bullets-lite"],
      ["ticket-summarizer", "bullets-pro"],
    ])
      expect(read(out, `prompts/${config}/${variation}.md`).trim()).toBe(
        read(EXAMPLE_ROOT, `prompts/${config}/${variation}.md`)
          .replace(/^---\n[\s\S]*?\n---\n/, "")
          .trim(),
      );

    // Variations and targeting: as the example's files say, served parameters and judges included. LaunchDarkly
    // lists variations in its own order, and a model's defaults only as far as some variation is served with them.
    const served = (root: string, file: string) => {
      const defaults = new Map<string, any>(
        parse(read(root, "configs/models.yaml")).models.map((m: any) => [m.key, m.parameters]),
      );
      return parse(read(root, file))
        .variations.map((v: any) => ({
          key: v.key,
          name: v.name,
          model: v.model,
          parameters: { ...defaults.get(v.model), ...v.parameters },
          judges: v.judges,
        }))
        .sort((a: any, b: any) => (a.key < b.key ? -1 : 1));
    };
    for (const config of ["support-assistant", "ticket-summarizer", "docs-agent", "answer-judge"])
      expect(served(out, `configs/ai-configs/${config}.yaml`)).toEqual(
        served(EXAMPLE_ROOT, `configs/ai-configs/${config}.yaml`),
      );
    for (const config of ["support-assistant", "ticket-summarizer", "docs-agent", "answer-judge"]) {
      const about = ({ key, name, description, mode, tags, evaluationMetricKey }: any) => ({
        key,
        name,
        description,
        mode,
        tags,
        evaluationMetricKey,
      });
      expect(about(parse(read(out, `configs/ai-configs/${config}.yaml`)))).toEqual(
        about(parse(read(EXAMPLE_ROOT, `configs/ai-configs/${config}.yaml`))),
      );
    }
    const mine = parse(read(out, "configs/ai-configs/support-assistant.yaml"));
    const example = parse(read(EXAMPLE_ROOT, "configs/ai-configs/support-assistant.yaml"));
    expect(mine.targeting).toEqual(example.targeting);
    expect(parse(read(out, "configs/ai-configs/ticket-summarizer.yaml")).targeting).toEqual(
      parse(read(EXAMPLE_ROOT, "configs/ai-configs/ticket-summarizer.yaml")).targeting,
    );

    // Project and environments, with their approval settings.
    const project = parse(read(out, "configs/project.yaml"));
    const exampleProject = parse(read(EXAMPLE_ROOT, "configs/project.yaml"));
    const environment = ({ key, name, color, critical, requireComments, confirmChanges, approvals }: any) => ({
      key,
      name,
      color,
      critical,
      requireComments,
      confirmChanges,
      approvals,
    });
    expect(project.project).toEqual(exampleProject.project);
    expect(project.environments.map(environment)).toEqual(exampleProject.environments.map(environment));
    // Models: the example's, prices included (their default parameters are compared as served, above).
    const model = ({ key, name, provider, modelId, inferenceProfile, costPerMillionTokens }: any) => ({
      key,
      name,
      provider,
      modelId,
      inferenceProfile,
      costPerMillionTokens,
    });
    const models = (root: string) =>
      parse(read(root, "configs/models.yaml"))
        .models.map(model)
        .sort((a: any, b: any) => (a.key < b.key ? -1 : 1));
    expect(models(out)).toEqual(models(EXAMPLE_ROOT));
    expect(parse(read(out, "configs/segments.yaml"))).toEqual(parse(read(EXAMPLE_ROOT, "configs/segments.yaml")));
    // The same metrics, defaults applied as the catalog reads them; LaunchDarkly lists them in its own order.
    const metrics = (root: string) =>
      metricsFileSchema
        .parse(parse(read(root, "configs/metrics.yaml")))
        .metrics.sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(metrics(out)).toEqual(metrics(EXAMPLE_ROOT));
  });

  it("GIVEN an imported catalog WHEN synthesizing THEN every resource LaunchDarkly holds has an import block at its address, and the stacks make the example's resources", async () => {
    const out = path.join(scratch, "imported");
    expect((await runImport(out)).code).toBe(0);
    const imports = parse(read(out, "configs/imports.yaml")).imports as Array<{ kind: string; id: string }>;
    const stacks = synthAll(catalogAt(out));
    const blocks = Object.entries(stacks).flatMap(([name, stack]: [string, any]) =>
      (stack.import ?? []).map((block: { to: string; id: string }) => ({ stack: name, ...block })),
    );
    // Every import is one block, and each block's address is a resource of its stack.
    expect(blocks.map((b) => b.id).sort()).toEqual(imports.map((i) => i.id).sort());
    for (const block of blocks) {
      const [type, name] = block.to.split(".");
      expect((stacks[block.stack] as any).resource[type!]?.[name!]).toBeDefined();
    }
    expect(blocks).toContainEqual({
      stack: "launchdarkly",
      to: expect.stringMatching(/^launchdarkly_ai_config_variation\.ai-configs_support-assistant-friendly-v1_/),
      id: "support-ai/support-assistant/friendly-v1",
    });
    expect(blocks).toContainEqual({
      stack: "ld-production",
      to: expect.stringMatching(/^launchdarkly_segment\.segments_beta-users_/),
      id: "support-ai/production/beta-users",
    });
    // The round trip: the imported catalog's stacks make the example's LaunchDarkly resources, at the same addresses.
    const addresses = (all: Record<string, any>) =>
      ["launchdarkly", "ld-dev", "ld-staging", "ld-production"].flatMap((stack) =>
        Object.entries<any>(all[stack].resource)
          .filter(([type]) =>
            [
              "launchdarkly_project",
              "launchdarkly_ai_config",
              "launchdarkly_ai_config_variation",
              "launchdarkly_model_config",
              "launchdarkly_ai_tool",
              "launchdarkly_segment",
              "launchdarkly_metric",
            ].includes(type),
          )
          .flatMap(([type, resources]) => Object.keys(resources).map((name) => `${stack}:${type}.${name}`)),
      );
    expect(addresses(stacks).sort()).toEqual(addresses(exampleStacks).sort());
  });

  it("GIVEN an import of a variation the files do not have WHEN validating THEN it is an error at that entry", async () => {
    const out = path.join(scratch, "imported");
    expect((await runImport(out)).code).toBe(0);
    fs.appendFileSync(
      path.join(out, "configs/imports.yaml"),
      "  - kind: variation\n    key: support-assistant/gone-v0\n    id: support-ai/support-assistant/gone-v0\n",
    );
    const validated = await aic(["validate", "--root", out]);
    expect(validated.code).toBe(1);
    expect(validated.stdout + validated.stderr).toMatch(
      /configs\/imports\.yaml:\d+:\d+: error: variation "support-assistant\/gone-v0" is not in the files, so there is nothing to import it into/,
    );
  });

  it("GIVEN an --out directory that is not empty WHEN importing THEN it refuses with exit 2 and writes nothing", async () => {
    fs.writeFileSync(path.join(scratch, "notes.txt"), "mine\n");
    const imported = await runImport(scratch);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain("expected a new or empty directory; nothing was written");
    expect(fs.readdirSync(scratch)).toEqual(["notes.txt"]);
  });

  it("GIVEN a project key LaunchDarkly does not have WHEN importing THEN it says so and writes nothing", async () => {
    const out = path.join(scratch, "imported");
    const imported = await aic(["import", "--project", "nope", "--out", out, "--api-host", ld.host], ld.env());
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain('LaunchDarkly has no project "nope"');
    expect(fs.existsSync(out)).toBe(false);
  });

  it("GIVEN a variation key that is a path (a hostile answer) WHEN importing THEN nothing is written anywhere", async () => {
    const config = live.aiConfigs.get("ticket-summarizer")!;
    config.variations.push({ ...config.variations[0]!, _id: "hostile", key: "../../../escaped" });
    const out = path.join(scratch, "deep", "imported");
    const imported = await runImport(out);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain("LaunchDarkly answered a key that is not a LaunchDarkly key");
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(scratch)).toEqual([]);
  });

  it("GIVEN an AI Config key that is a path (a hostile answer) WHEN importing THEN it says so and nothing is written anywhere", async () => {
    const config = live.aiConfigs.get("ticket-summarizer")!;
    live.aiConfigs.set("a/b", { ...config, key: "a/b" });
    const out = path.join(scratch, "deep", "imported");
    const imported = await runImport(out);
    expect(imported).toMatchObject({ code: 1 });
    expect(imported.stderr).toBe(
      "aic: import failed, nothing was written: LaunchDarkly answered a key that is not a LaunchDarkly key, so it cannot name a file\n",
    );
    expect(fs.readdirSync(scratch)).toEqual([]);
  });

  it("GIVEN a metric the files cannot state (a page view) WHEN importing THEN it is listed and left out", async () => {
    live.metrics.push({ key: "pricing-page", name: "Pricing page", kind: "pageview", isNumeric: false });
    const out = path.join(scratch, "imported");
    const imported = await runImport(out);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain("not imported: metric pricing-page: a pageview metric the files cannot state");
    expect(read(out, "configs/metrics.yaml")).not.toContain("pricing-page");
    expect(await aic(["validate", "--root", out])).toMatchObject({ code: 0 });
  });

  it("GIVEN targeting the files cannot state (a share finer than one decimal, the built-in disabled variation) WHEN importing THEN each is listed and left out", async () => {
    const answer = await fetch(`${ld.host}/api/v2/projects/support-ai/ai-configs/support-assistant/targeting`, {
      headers: { Authorization: ld.standIn.token },
    });
    const { variations } = (await answer.json()) as { variations: Array<{ key: string }> };
    const index = (key: string) => variations.findIndex((v) => v.key === key);
    const staging = ld.standIn.environment("support-assistant", "staging")! as any;
    staging.fallthrough = {
      rollout: {
        contextKind: "user",
        variations: [
          { variation: index("friendly-v1"), weight: 33333 },
          { variation: index("friendly-v2"), weight: 66667 },
        ],
      },
    };
    const production = ld.standIn.environment("support-assistant", "production")! as any;
    production.rules[0].variation = index("");
    delete production.rules[0].rollout;
    const out = path.join(scratch, "imported");
    const imported = await runImport(out);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain(
      "not imported: support-assistant in staging: the fallthrough rollout has a share the files cannot state",
    );
    expect(imported.stderr).toContain(
      "not imported: support-assistant in production: the rule 1 serves the built-in disabled variation",
    );
  });
});
