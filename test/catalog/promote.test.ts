import * as fs from "node:fs";
import * as path from "node:path";
import { exampleCatalog, STOP_EXPERIMENT } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";
import { catalogAt } from "../helpers/synth";

const SA = "configs/ai-configs/support-assistant.yaml";
/** The example's production experiment, stopped, so that production's fallthrough may change. */
const stopped = () => exampleCatalog({ [SA]: STOP_EXPERIMENT });
const promoteIn = (root: string, ...args: string[]) => runAic(["promote", ...args, "--root", root]);
const fallthroughOf = (root: string, config: string, env: string) => catalogAt(root).aiConfigs.find((c) => c.key === config)!.targeting[env]!.fallthrough;

describe("aic promote", () => {
  it("GIVEN a variation served in staging THEN production gets the next rollout step, the others scaled, comments kept", () => {
    const root = stopped();
    const run = promoteIn(root, "support-assistant", "expert-v3", "--to", "production");
    expect(run).toMatchObject({ code: 0, stdout: `${SA}: production fallthrough -> friendly-v1 89.1%, friendly-v2 9.9%, expert-v3 1%\n` });
    expect(fallthroughOf(root, "support-assistant", "production").rollout!.weights).toEqual({ "friendly-v1": 89.1, "friendly-v2": 9.9, "expert-v3": 1 });
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
    expect(promoteIn(root, "support-assistant", "friendly-v2", "--to", "production", "--percent", "50").stdout).toBe(`${SA}: production fallthrough -> friendly-v1 50%, friendly-v2 50%\n`);
  });

  it("GIVEN a running experiment on production's fallthrough THEN it refuses, and promotes once the experiment is stopped", () => {
    const root = exampleCatalog();
    const before = fs.readFileSync(path.join(root, SA), "utf8");
    expect(promoteIn(root, "support-assistant", "friendly-v2", "--to", "production", "--percent", "50")).toMatchObject({
      code: 1,
      stderr: `aic: not promoted: the running experiment "friendly-v2-feedback" splits production's fallthrough of support-assistant: set its state to stopped in ${SA} (with its winner), then promote\n`,
    });
    expect(fs.readFileSync(path.join(root, SA), "utf8")).toBe(before);
    fs.writeFileSync(path.join(root, SA), before.replace("state: running", "state: stopped\n      winner: { variation: friendly-v2, reason: more positive feedback }"));
    expect(promoteIn(root, "support-assistant", "friendly-v2", "--to", "production").code).toBe(0);
    expect(fallthroughOf(root, "support-assistant", "production")).toEqual({ rollout: { bucketBy: "key", contextKind: "user", weights: { "friendly-v1": 50, "friendly-v2": 50 } } });
  });

  it("GIVEN a variation not yet served in the environment before THEN it refuses and changes nothing", () => {
    const root = exampleCatalog();
    const before = fs.readFileSync(path.join(root, "configs/ai-configs/ticket-summarizer.yaml"), "utf8");
    const run = promoteIn(root, "ticket-summarizer", "bullets-lite", "--to", "staging");
    expect(run).toMatchObject({ code: 1, stderr: "aic: not promoted: bullets-lite is not served in dev yet: promote it there first\n" });
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
});
