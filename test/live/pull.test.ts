import * as fs from "node:fs";
import * as path from "node:path";
import { parseDocument } from "yaml";
import { exampleCatalogInGit, EXAMPLE_ROOT, STOP_EXPERIMENT } from "../helpers/catalog-fixture";
import { LaunchDarklyResources } from "../helpers/launchdarkly-resources";
import { useLaunchDarklyStandIn } from "../helpers/use-launchdarkly-stand-in";
import { runAicAsync as aic } from "../helpers/run-cli";
import { catalogAt, synthAll } from "../helpers/synth";

const launchdarklyStack = synthAll(catalogAt(EXAMPLE_ROOT)).launchdarkly!;

/** Every file under configs/ and prompts/, with its bytes. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ["configs", "prompts"])
    for (const file of fs.readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })) {
      const full = path.join(root, dir, file);
      if (fs.statSync(full).isFile()) files[`${dir}/${file}`] = fs.readFileSync(full, "utf8");
    }
  return files;
}

describe("aic pull: LaunchDarkly back into the files", () => {
  const ld = useLaunchDarklyStandIn();
  let live: LaunchDarklyResources;
  let root: string;
  const run = (...args: string[]) => aic([...args, "--root", root, "--api-host", ld.host], ld.env());

  // GIVEN LaunchDarkly as the example's first apply leaves it: its stacks' resources, and staging and production
  // targeted as the files say.
  beforeEach(async () => {
    live = new LaunchDarklyResources(ld.standIn);
    live.seedFromStack(launchdarklyStack);
    // The example's running experiment holds production's split as it is; a UI edit of the split means it stopped.
    root = exampleCatalogInGit({ "configs/ai-configs/support-assistant.yaml": STOP_EXPERIMENT });
    for (const environment of ["staging", "production"])
      expect((await run("targeting", "apply", "--env", environment)).code).toBe(0);
  });

  /** A variation's index in LaunchDarkly's targeting, as the UI's edits refer to it. */
  async function variationIndex(config: string): Promise<(key: string) => number> {
    const answer = await fetch(`${ld.host}/api/v2/projects/support-ai/ai-configs/${config}/targeting`, {
      headers: { Authorization: ld.standIn.token },
    });
    const { variations } = (await answer.json()) as { variations: Array<{ key: string }> };
    return (key) => variations.findIndex((v) => v.key === key);
  }

  it("GIVEN nothing was changed in LaunchDarkly WHEN pulling THEN no byte of the files changes", async () => {
    const before = snapshot(root);
    const pulled = await run("pull", "--env", "production");
    expect(pulled).toMatchObject({ code: 0 });
    expect(pulled.stdout).toContain("nothing to pull");
    expect(snapshot(root)).toEqual(before);
  });

  it("GIVEN a prompt, a rollout weight and a rule edited in the UI WHEN pulling THEN the files say so, comments kept, and validate and targeting diff agree", async () => {
    const file = "configs/ai-configs/support-assistant.yaml";
    const yamlBefore = fs.readFileSync(path.join(root, file), "utf8");
    // A typo fixed in the prompt.
    const friendly = live.variation("support-assistant", "friendly-v2");
    friendly.messages![0]!.content = friendly.messages![0]!.content.replace(
      "at most five sentences",
      "at most four sentences",
    );
    // The rollout moved to 75/25 and the beta rule now serves expert-v3.
    const production = ld.standIn.environment("support-assistant", "production")!;
    const targeting = (await (
      await fetch(`${ld.host}/api/v2/projects/support/ai-configs/support-assistant/targeting`, {
        headers: { Authorization: ld.standIn.token },
      })
    ).json()) as { variations: Array<{ key: string }> };
    const index = (key: string) => targeting.variations.findIndex((v) => v.key === key);
    production.fallthrough.rollout!.variations = [
      { variation: index("friendly-v1"), weight: 75000 },
      { variation: index("friendly-v2"), weight: 25000 },
    ];
    production.rules[0]!.variation = index("expert-v3");

    const pulled = await run("pull", "--env", "production");
    expect(pulled.stderr).not.toContain("support-assistant");
    expect(pulled).toMatchObject({ code: 0 });
    expect(pulled.stdout).toContain(`updated ${file}`);
    expect(pulled.stdout).toContain("updated prompts/support-assistant/friendly-v2.md");

    const prompt = fs.readFileSync(path.join(root, "prompts/support-assistant/friendly-v2.md"), "utf8");
    expect(prompt).toContain("Answer in at most four sentences.");
    expect(
      prompt.startsWith("---\ndescription: Adds plan-aware answers and an explicit escalation path.\n---\nsystem:\n"),
    ).toBe(true);

    const yamlAfter = fs.readFileSync(path.join(root, file), "utf8");
    const changed = yamlAfter.split("\n").filter((line, i) => line !== yamlBefore.split("\n")[i]);
    expect(changed).toEqual([
      "        serve: { variation: expert-v3 }",
      "          friendly-v1: 75",
      "          friendly-v2: 25",
    ]);
    expect(yamlAfter).toContain("# The contract with the application");
    expect(yamlAfter).toContain("# A/B tests, per environment.");

    expect((await aic(["validate", "--root", root])).code).toBe(0);
    const diff = await run("targeting", "diff", "--env", "production");
    expect(diff).toMatchObject({ code: 0 });
    expect(diff.stdout).toContain("support-assistant in production: up to date");
  });

  it("GIVEN what the files cannot state (individual targets, a share finer than one decimal) WHEN pulling THEN it is listed and the files keep their own", async () => {
    const staging = ld.standIn.environment("support-assistant", "staging")! as any;
    staging.targets = [{ values: ["user-42"], variation: 1, contextKind: "user" }];
    const index = await variationIndex("support-assistant");
    staging.fallthrough = {
      rollout: {
        contextKind: "user",
        variations: [
          { variation: index("friendly-v1"), weight: 33333 },
          { variation: index("friendly-v2"), weight: 66667 },
        ],
      },
    };
    const before = snapshot(root);
    const pulled = await run("pull", "--env", "staging");
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toContain(
      "not pulled: support-assistant in staging: individual targets (context keys served a variation) have no place in the files",
    );
    expect(pulled.stderr).toContain(
      "not pulled: support-assistant in staging: the fallthrough rollout gives a share to friendly-v1 of 33.333%, finer than one decimal",
    );
    expect(snapshot(root)).toEqual(before);
  });

  it("GIVEN a variation added in the UI WHEN pulling THEN it is appended with a new prompt file, and the catalog stays valid", async () => {
    const config = live.aiConfigs.get("ticket-summarizer")!;
    const model = config.variations[0]!.modelConfigKey;
    config.variations.push({
      _id: "new",
      key: "bullets-short",
      name: "Bullets (short)",
      messages: [{ role: "system", content: "Summarize the ticket in three bullets." }],
      modelConfigKey: model,
      tools: [],
    });
    ld.standIn.addVariation("ticket-summarizer", "bullets-short");
    const pulled = await run("pull", "--env", "dev");
    expect(pulled).toMatchObject({ code: 0 });
    expect(pulled.stdout).toContain("created prompts/ticket-summarizer/bullets-short.md");
    expect(fs.readFileSync(path.join(root, "prompts/ticket-summarizer/bullets-short.md"), "utf8")).toBe(
      "Summarize the ticket in three bullets.\n",
    );
    const yaml = fs.readFileSync(path.join(root, "configs/ai-configs/ticket-summarizer.yaml"), "utf8");
    expect(yaml).toContain("  - key: bullets-short\n    name: Bullets (short)\n");
    expect((await aic(["validate", "--root", root])).code).toBe(0);
  });

  it("GIVEN a live variation whose key is a path (a hostile answer) WHEN pulling THEN it is listed and no file is written", async () => {
    const config = live.aiConfigs.get("ticket-summarizer")!;
    config.variations.push({
      _id: "hostile",
      key: "../../../escaped",
      name: "Escaped",
      messages: [{ role: "system", content: "Written outside the catalog." }],
      modelConfigKey: config.variations[0]!.modelConfigKey,
      tools: [],
    });
    const before = snapshot(root);
    const pulled = await run("pull", "--env", "dev");
    expect(pulled).toMatchObject({ code: 0 });
    expect(pulled.stderr).toContain(
      "not pulled: ticket-summarizer: a live variation's key is not a LaunchDarkly key; it was not pulled",
    );
    expect(snapshot(root)).toEqual(before);
    expect(fs.existsSync(path.join(root, "..", "escaped.md"))).toBe(false);
  });

  it("GIVEN uncommitted edits to a file the pull would write WHEN pulling THEN it refuses and writes nothing", async () => {
    const file = path.join(root, "prompts/support-assistant/friendly-v2.md");
    fs.appendFileSync(file, "\nA local edit.\n");
    live.variation("support-assistant", "friendly-v2").messages![0]!.content = "Changed in the UI.";
    const before = snapshot(root);
    const pulled = await run("pull", "--env", "production");
    expect(pulled.code).toBe(1);
    expect(pulled.stderr).toContain(
      "aic: not pulled: prompts/support-assistant/friendly-v2.md has uncommitted changes that the pull would overwrite",
    );
    expect(snapshot(root)).toEqual(before);
    expect(pulled.stdout + pulled.stderr).not.toContain(ld.standIn.token);
  });

  it("GIVEN a variation moved to another model config in the UI WHEN pulling THEN its model and overrides follow, and a foreign model config is listed", async () => {
    // The model config docs-agent's researcher is served with: Sonnet, with that variation's parameters.
    const sonnet = live.modelConfigs.get(live.variation("docs-agent", "researcher-v1").modelConfigKey)!;
    live.variation("support-assistant", "friendly-v1").modelConfigKey = sonnet.key;
    live.modelConfigs.set("made-in-the-ui", {
      key: "made-in-the-ui",
      name: "UI",
      id: "x",
      provider: "bedrock",
      params: {},
    });
    live.variation("ticket-summarizer", "bullets-lite").modelConfigKey = "made-in-the-ui";
    const pulled = await run("pull", "--env", "dev");
    expect(pulled).toMatchObject({ code: 0 });
    expect(pulled.stderr).toContain(
      'not pulled: ticket-summarizer variation bullets-lite: its model config "made-in-the-ui" is not one that a model of configs/models.yaml makes; its model is left as the files say',
    );
    const yaml = fs.readFileSync(path.join(root, "configs/ai-configs/support-assistant.yaml"), "utf8");
    expect(yaml).toContain("  - key: friendly-v1\n    name: Friendly v1\n    model: claude-sonnet-4-5\n");
    const friendlyV1 = parseDocument(yaml).toJS().variations[0];
    expect(friendlyV1.parameters).toEqual({ temperature: 0.1, maxTokens: 4096 });
    expect(fs.readFileSync(path.join(root, "configs/ai-configs/ticket-summarizer.yaml"), "utf8")).toBe(
      fs.readFileSync(path.join(EXAMPLE_ROOT, "configs/ai-configs/ticket-summarizer.yaml"), "utf8"),
    );
  });
});
