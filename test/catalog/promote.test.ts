import * as fs from "node:fs";
import * as path from "node:path";
import { exampleCatalog, STOP_EXPERIMENT } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";
import { catalogAt } from "../helpers/synth";

const SA = "configs/ai-configs/support-assistant.yaml";
/** The example's production experiment, stopped, so that production's fallthrough may change. */
const stopped = () => exampleCatalog({ [SA]: STOP_EXPERIMENT });
const promoteIn = (root: string, ...args: string[]) => runAic(["promote", ...args, "--root", root]);
const fallthroughOf = (root: string, config: string, env: string) =>
  catalogAt(root).aiConfigs.find((c) => c.key === config)!.targeting[env]!.fallthrough;

describe("aic promote", () => {
  it("GIVEN a variation served in staging THEN production gets the next rollout step, the others scaled, comments kept", () => {
    const root = stopped();
    const run = promoteIn(root, "support-assistant", "expert-v3", "--to", "production");
    expect(run).toMatchObject({
      code: 0,
      stdout: `${SA}: production fallthrough -> friendly-v1 89.1%, friendly-v2 9.9%, expert-v3 1%\n`,
    });
    expect(fallthroughOf(root, "support-assistant", "production").rollout!.weights).toEqual({
      "friendly-v1": 89.1,
      "friendly-v2": 9.9,
      "expert-v3": 1,
    });
    const text = fs.readFileSync(path.join(root, SA), "utf8");
    expect(text).toContain("# The contract with the application: every variation may use these");
    expect(text).toContain("      - description: Beta users get the newer prompt");
  });

  it("GIVEN repeated promotions THEN the steps follow rollout.steps up to serving it fully", () => {
    const root = stopped();
    const shares = [1, 10, 50, 100].map(() => {
      promoteIn(root, "support-assistant", "expert-v3", "--to", "production");
      const serve = fallthroughOf(root, "support-assistant", "production");
      return serve.variation ?? serve.rollout!.weights["expert-v3"];
    });
    expect(shares).toEqual([1, 10, 50, "expert-v3"]);
  });

  it("GIVEN --percent THEN that share is set", () => {
    const root = stopped();
    expect(promoteIn(root, "support-assistant", "friendly-v2", "--to", "production", "--percent", "50").stdout).toBe(
      `${SA}: production fallthrough -> friendly-v1 50%, friendly-v2 50%\n`,
    );
  });

  it("GIVEN a running experiment on production's fallthrough THEN it refuses, and promotes once the experiment is stopped", () => {
    const root = exampleCatalog();
    const before = fs.readFileSync(path.join(root, SA), "utf8");
    expect(promoteIn(root, "support-assistant", "friendly-v2", "--to", "production", "--percent", "50")).toMatchObject({
      code: 1,
      stderr: `aic: not promoted: the running experiment "friendly-v2-feedback" splits production's fallthrough of support-assistant: set its state to stopped in ${SA} (with its winner), then promote\n`,
    });
    expect(fs.readFileSync(path.join(root, SA), "utf8")).toBe(before);
    fs.writeFileSync(
      path.join(root, SA),
      before.replace(
        "state: running",
        "state: stopped\n      winner: { variation: friendly-v2, reason: more positive feedback }",
      ),
    );
    expect(promoteIn(root, "support-assistant", "friendly-v2", "--to", "production").code).toBe(0);
    expect(fallthroughOf(root, "support-assistant", "production")).toEqual({
      rollout: { bucketBy: "key", contextKind: "user", weights: { "friendly-v1": 50, "friendly-v2": 50 } },
    });
  });

  it("GIVEN a variation not yet served in the environment before THEN it refuses and changes nothing", () => {
    const root = exampleCatalog();
    const before = fs.readFileSync(path.join(root, "configs/ai-configs/ticket-summarizer.yaml"), "utf8");
    const run = promoteIn(root, "ticket-summarizer", "bullets-lite", "--to", "staging");
    expect(run).toMatchObject({
      code: 1,
      stderr: "aic: not promoted: bullets-lite is not served in dev yet: promote it there first\n",
    });
    expect(fs.readFileSync(path.join(root, "configs/ai-configs/ticket-summarizer.yaml"), "utf8")).toBe(before);
  });

  it("GIVEN an environment that does not target the config yet THEN only a full promotion is possible", () => {
    const root = exampleCatalog();
    expect(promoteIn(root, "docs-agent", "researcher-v1", "--to", "production", "--percent", "10").stderr).toBe(
      "aic: not promoted: production serves nothing of docs-agent yet, so there is nothing to split with: promote it fully (--percent 100)\n",
    );
    expect(promoteIn(root, "docs-agent", "researcher-v1", "--to", "production").code).toBe(0);
    expect(fallthroughOf(root, "docs-agent", "production")).toEqual({ variation: "researcher-v1" });
  });

  it("GIVEN a promotion THEN only the fallthrough's lines change: flow lists, flow maps and long lines elsewhere keep their style", () => {
    const long = `description: ${"A long description that a YAML writer would fold at eighty characters. ".repeat(3).trim()}`;
    const root = exampleCatalog({
      "configs/ai-configs/ticket-summarizer.yaml": (old) => old.replace(/^description: .*$/m, long),
    });
    const file = path.join(root, "configs/ai-configs/ticket-summarizer.yaml");
    const before = fs.readFileSync(file, "utf8");
    expect(promoteIn(root, "ticket-summarizer", "bullets-pro", "--to", "production", "--percent", "50").code).toBe(0);
    const after = fs.readFileSync(file, "utf8");
    expect(after).toContain("tags: [support, internal]");
    expect(after).toContain(long);
    expect(after).toContain("parameters: { temperature: 0.2 }");
    // The edited fallthrough keeps the flow style it was written in.
    expect(after).toContain(
      "fallthrough: { rollout: { bucketBy: key, weights: { bullets-lite: 50, bullets-pro: 50 } } }",
    );
    const changed = after.split("\n").filter((line, i) => line !== before.split("\n")[i]);
    expect(changed).toEqual([
      "    fallthrough: { rollout: { bucketBy: key, weights: { bullets-lite: 50, bullets-pro: 50 } } }",
    ]);
  });

  it("GIVEN the environment already serves what is asked THEN it says there is nothing to change, exits 0 and leaves the file untouched", () => {
    const root = exampleCatalog();
    const file = path.join(root, "configs/ai-configs/ticket-summarizer.yaml");
    const before = fs.statSync(file);
    const run = promoteIn(root, "ticket-summarizer", "bullets-pro", "--to", "staging");
    expect(run).toMatchObject({
      code: 0,
      stdout:
        "nothing to change: staging already serves bullets-pro as its fallthrough; configs/ai-configs/ticket-summarizer.yaml is untouched\n",
    });
    expect(fs.statSync(file).mtimeMs).toBe(before.mtimeMs);
  });

  it.each(["150", "0", "-5", "abc", "12.25", ""])(
    "GIVEN --percent %p THEN it is a usage mistake: exit 2 with the reason",
    (percent) => {
      const root = stopped();
      const before = fs.readFileSync(path.join(root, SA), "utf8");
      const run = promoteIn(root, "support-assistant", "friendly-v2", "--to", "production", "--percent", percent);
      expect(run).toMatchObject({
        code: 2,
        stderr: `aic: --percent ${percent}: must be a number above 0 and at most 100, with at most one decimal (e.g. 10 or 12.5)\n`,
      });
      expect(fs.readFileSync(path.join(root, SA), "utf8")).toBe(before);
    },
  );

  it("GIVEN an AI Config, variation or environment that does not exist THEN it is a usage mistake, with a suggestion", () => {
    const root = exampleCatalog();
    expect(promoteIn(root, "support-asistant", "friendly-v2", "--to", "staging")).toMatchObject({
      code: 2,
      stderr:
        'aic: unknown AI Config "support-asistant" (did you mean "support-assistant"?); known: answer-judge, docs-agent, support-assistant, ticket-summarizer\n',
    });
    expect(promoteIn(root, "support-assistant", "expert-v4", "--to", "staging").stderr).toBe(
      'aic: support-assistant has no variation "expert-v4" (did you mean "expert-v3"?); it has friendly-v1, friendly-v2, expert-v3\n',
    );
    expect(promoteIn(root, "support-assistant", "expert-v3", "--to", "prod")).toMatchObject({
      code: 2,
      stderr: 'aic: unknown environment "prod"; known: dev, staging, production\n',
    });
  });
});
