import * as fs from "node:fs";
import * as path from "node:path";
import { catalogCopy, chain, FOUR_ENVIRONMENTS_ROOT, renameEnvironment, replace } from "../helpers/catalog-fixture";
import { runAic } from "../helpers/run-cli";

describe("aic workflows", () => {
  it("GIVEN the four-environment catalog THEN it writes the five workflows and the README's set-up section, which check then finds current", () => {
    const root = catalogCopy(FOUR_ENVIRONMENTS_ROOT, { "README.md": "# Claims AI\n\nOur own words.\n" });
    expect(runAic(["docs", "--root", root]).code).toBe(0);

    const run = runAic(["workflows", "--root", root]);

    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual([
      "wrote .github/workflows/plan.yml",
      "wrote .github/workflows/plan-stacks.yml",
      "wrote .github/workflows/evals.yml",
      "wrote .github/workflows/apply.yml",
      "wrote .github/workflows/drift.yml",
      "wrote README.md",
    ]);
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toMatch(/^# Claims AI\n\nOur own words\.\n\n## GitHub set-up\n\n<!-- BEGIN GitHub set-up/);
    expect(readme).toContain("`AWS_PLAN_ROLE_QA` = `arn:aws:iam::510000000002:role/claims-ai-qa-plan`");
    expect(fs.readdirSync(path.join(root, ".github/workflows")).sort()).toEqual([
      "apply.yml",
      "drift.yml",
      "evals.yml",
      "plan-stacks.yml",
      "plan.yml",
    ]);
    expect(runAic(["check", "--root", root]).code).toBe(0);

    // Run again: the section is replaced in place, the rest of the README kept.
    fs.appendFileSync(path.join(root, "README.md"), "\nMore of our own words.\n");
    expect(runAic(["workflows", "--root", root]).code).toBe(0);
    const again = fs.readFileSync(path.join(root, "README.md"), "utf8");
    expect(again.match(/BEGIN GitHub set-up/g)).toHaveLength(1);
    expect(again).toMatch(/<!-- END GitHub set-up -->\n\nMore of our own words\.\n$/);
  });

  it("GIVEN a committed workflow edited by hand, or an environment added without regenerating THEN check fails naming each file and the command", () => {
    const root = catalogCopy(FOUR_ENVIRONMENTS_ROOT);
    runAic(["docs", "--root", root]);
    runAic(["workflows", "--root", root]);
    fs.appendFileSync(path.join(root, ".github/workflows/plan.yml"), "# edited\n");
    fs.writeFileSync(
      path.join(root, "configs/project.yaml"),
      replace(
        'aws: { region: eu-west-1, accountId: "510000000002" }',
        'aws: { region: eu-central-1, accountId: "510000000002" }',
      )(fs.readFileSync(path.join(root, "configs/project.yaml"), "utf8")),
    );

    const run = runAic(["check", "--root", root]);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      ".github/workflows/plan.yml:1:1: error: is stale: run `npm run aic -- workflows` and commit the result",
    );
    expect(run.stdout).toContain(
      ".github/workflows/plan-stacks.yml:1:1: error: is stale: run `npm run aic -- workflows` and commit the result",
    );
    expect(run.stdout).toContain(".github/workflows/apply.yml:1:1: error: is stale");
  });

  it("GIVEN two environments GitHub would give the same variable name THEN nothing is written, and the reason names both", () => {
    const renames = [
      renameEnvironment(FOUR_ENVIRONMENTS_ROOT, "qa", "q-a"),
      renameEnvironment(FOUR_ENVIRONMENTS_ROOT, "dev", "q_a"),
    ];
    const edits = Object.fromEntries(
      Object.keys(renames[0]!).map((file) => [file, chain(...renames.map((r) => r[file] as (old: string) => string))]),
    );
    const root = catalogCopy(FOUR_ENVIRONMENTS_ROOT, edits);
    const run = runAic(["workflows", "--root", root]);
    expect(run.stdout + run.stderr).toContain(
      "configs/project.yaml:1:1: error: environments q_a and q-a would share the GitHub variable AWS_PLAN_ROLE_Q_A: rename one",
    );
    expect(run.code).toBe(1);
    expect(fs.existsSync(path.join(root, ".github"))).toBe(false);
  });
});
