import * as fs from "node:fs";
import * as path from "node:path";
import { runningExperimentConflicts } from "../../src/experiments/guard";
import { analyseImpact } from "../../src/impact/analyse";
import { EXAMPLE_ROOT, exampleCatalog, exampleCatalogInGit, replace, type Edit } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";
import { catalogAt } from "../helpers/synth";

const SA = "configs/ai-configs/support-assistant.yaml";
const FRIENDLY_V2 = "prompts/support-assistant/friendly-v2.md";
const base = catalogAt(EXAMPLE_ROOT);
const conflictsOf = (edits: Record<string, Edit>) =>
  runningExperimentConflicts(base, catalogAt(exampleCatalog(edits))).map((c) => c.message);
/** The README's walkthrough: a word changed in friendly-v2, a treatment of the running friendly-v2-feedback. */
const PROMPT_EDIT = { [FRIENDLY_V2]: replace("Keep a {{tone}} tone.", "Keep a {{tone}}, patient tone.") };
const REFUSED_PROMPT =
  "support-assistant/friendly-v2 is a treatment of the experiment friendly-v2-feedback, running in production: changing its prompt would change what the experiment measures; stop the experiment first, in a pull request of its own, or make the change a new variation and test it in a new experiment with a new key";

describe("a running experiment's treatments", () => {
  it("GIVEN the prompt of a treatment changed THEN it is refused, naming the experiment and what to do", () => {
    expect(conflictsOf(PROMPT_EDIT)).toEqual([REFUSED_PROMPT]);
  });

  it("GIVEN a treatment's model and parameters changed THEN both are named", () => {
    expect(
      conflictsOf({
        [SA]: replace(
          "    model: claude-haiku-4-5\n    parameters: { temperature: 0.4 }",
          "    model: claude-sonnet-4-5\n    parameters: { temperature: 0.5 }",
        ),
      }),
    ).toEqual([
      expect.stringContaining(
        "support-assistant/friendly-v2 is a treatment of the experiment friendly-v2-feedback, running in production: changing its model and parameters would change",
      ),
    ]);
  });

  it("GIVEN a model default that a treatment is served with changed THEN its parameters changed", () => {
    expect(
      conflictsOf({
        "configs/models.yaml": replace(
          "parameters: { temperature: 0.3, maxTokens: 1024 }",
          "parameters: { temperature: 0.3, maxTokens: 2048 }",
        ),
      }),
    ).toEqual([
      expect.stringContaining(
        "support-assistant/friendly-v1 is a treatment of the experiment friendly-v2-feedback, running in production: changing its parameters",
      ),
      expect.stringContaining(
        "support-assistant/friendly-v2 is a treatment of the experiment friendly-v2-feedback, running in production: changing its parameters",
      ),
    ]);
  });

  it("GIVEN the experiment stopped in the same change THEN it is still refused, saying why", () => {
    expect(conflictsOf({ ...PROMPT_EDIT, [SA]: replace("state: running", "state: stopped") })).toEqual([
      expect.stringContaining(
        "(stopping it in the same change is too late: the new variation is served before the experiment stops)",
      ),
    ]);
  });

  it("GIVEN a stopped experiment THEN its treatments may change; GIVEN a variation outside the experiment THEN too", () => {
    const stoppedBase = catalogAt(exampleCatalog({ [SA]: replace("state: running", "state: stopped") }));
    expect(
      runningExperimentConflicts(
        stoppedBase,
        catalogAt(exampleCatalog({ ...PROMPT_EDIT, [SA]: replace("state: running", "state: stopped") })),
      ),
    ).toEqual([]);
    expect(conflictsOf({ "prompts/support-assistant/expert-v3.md": (old) => `${old}\nBe brief.\n` })).toEqual([]);
  });

  it("GIVEN a running experiment's design changed, or a stopped one restarted THEN LaunchDarkly could not do it, and it is refused", () => {
    expect(
      conflictsOf({ [SA]: replace("hypothesis: Plan-aware answers", "hypothesis: Plan-aware, shorter answers") }),
    ).toEqual([
      "the experiment friendly-v2-feedback, running in production would have its hypothesis changed, which LaunchDarkly cannot do to a running iteration; stop it, and declare a new experiment with a new key for the new design",
    ]);
    const stoppedBase = catalogAt(exampleCatalog({ [SA]: replace("state: running", "state: stopped") }));
    expect(runningExperimentConflicts(stoppedBase, base).map((c) => c.message)).toEqual([
      "the experiment friendly-v2-feedback in production was stopped and is never restarted: declare a new experiment with a new key to run it again",
    ]);
  });

  it("GIVEN the README's walkthrough edit THEN impact blocks it and lists the experiment as affected in production", () => {
    const impact = analyseImpact(base, catalogAt(exampleCatalog(PROMPT_EDIT)));
    expect(impact.blockers).toEqual([REFUSED_PROMPT]);
    expect(impact.environments.production!.reasons).toContain(
      "experiment support-assistant/friendly-v2-feedback: treatment friendly-v2 changes while it runs (refused)",
    );
    expect(impact.environments.production!.experiments).toEqual([
      {
        config: "support-assistant",
        changes: [
          expect.objectContaining({
            experiment: "friendly-v2-feedback",
            change: "its treatment friendly-v2 changes (prompt) while it runs: refused, see above",
          }),
        ],
      },
    ]);
    expect(impact.environments.staging!.experiments).toEqual([]);
  });
});

describe("aic validate --base and aic impact on the walkthrough's edit (as processes)", () => {
  const repo = () => {
    const root = exampleCatalogInGit();
    const file = path.join(root, FRIENDLY_V2);
    fs.writeFileSync(file, PROMPT_EDIT[FRIENDLY_V2](fs.readFileSync(file, "utf8")));
    return root;
  };

  it("GIVEN --base THEN validate reports the refusal at the treatment in the AI Config file and exits 1; without it, the files alone are valid", () => {
    const root = repo();
    expect(runAic(["validate", "--root", root]).code).toBe(0);
    const run = runAic(["validate", "--root", root, "--base", "HEAD"]);
    expect(run).toMatchObject({ code: 1, stderr: "" });
    expect(run.stdout).toBe(`${SA}:79:22: error: ${REFUSED_PROMPT}\n1 error, 0 warnings\n`);
  });

  it("THEN impact exits 1 with it as a blocker", () => {
    const run = runAic(["impact", "--root", repo(), "--base", "HEAD", "--format", "markdown"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`aic: cannot be applied as it is: ${REFUSED_PROMPT}\n`);
    expect(run.stdout).toContain(`### Cannot be applied as it is\n\n- ${REFUSED_PROMPT}\n`);
  });

  it("GIVEN --base naming no revision THEN validate is a usage mistake", () => {
    expect(runAic(["validate", "--root", repo(), "--base", "no-such-ref"]).code).toBe(2);
  });
});
