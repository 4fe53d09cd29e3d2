import * as fs from "node:fs";
import * as path from "node:path";
import { exampleCatalogInGit, EXAMPLE_ROOT, STOP_EXPERIMENT } from "../helpers/catalog-fixture";
import { LaunchDarklyResources } from "../helpers/launchdarkly-resources";
import { LaunchDarklyStandIn } from "../helpers/launchdarkly-stand-in";
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
  let standIn: LaunchDarklyStandIn;
  let live: LaunchDarklyResources;
  let host: string;
  let root: string;
  const env = () => ({ LAUNCHDARKLY_ACCESS_TOKEN: standIn.token });
  const run = (...args: string[]) => aic([...args, "--root", root, "--api-host", host], env());

  // GIVEN LaunchDarkly as the example's first apply leaves it: its stacks' resources, and staging and production
  // targeted as the files say.
  beforeEach(async () => {
    standIn = new LaunchDarklyStandIn();
    live = new LaunchDarklyResources(standIn);
    live.seedFromStack(launchdarklyStack);
    host = await standIn.start();
    // The example's running experiment holds production's split as it is; a UI edit of the split means it stopped.
    root = exampleCatalogInGit({ "configs/ai-configs/support-assistant.yaml": STOP_EXPERIMENT });
    for (const environment of ["staging", "production"])
      expect((await run("targeting", "apply", "--env", environment)).code).toBe(0);
  });
  afterEach(() => standIn.stop());

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
    const production = standIn.environment("support-assistant", "production")!;
    const targeting = (await (
      await fetch(`${host}/api/v2/projects/support/ai-configs/support-assistant/targeting`, {
        headers: { Authorization: standIn.token },
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
});
