import * as fs from "node:fs";
import * as path from "node:path";
import { buildProgram } from "../../src/cli/program";
import { REPO_ROOT } from "../helpers/catalog-fixture";

const DOCS = [
  "README.md",
  "docs/runbook.md",
  "docs/onboarding.md",
  "docs/governance.md",
  "docs/rollouts.md",
  "docs/evals.md",
];
const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));
const commands = buildProgram({ out: () => undefined, err: () => undefined }).commands.map((c) => c.name());

describe("commands shown in the docs", () => {
  it.each(DOCS)("%s names only aic commands and npm scripts that exist", (file) => {
    const text = fs.readFileSync(path.join(REPO_ROOT, file), "utf8");
    for (const [, command] of text.matchAll(/npm run aic -- ([a-z-]+)/g)) expect(commands).toContain(command);
    for (const [, script] of text.matchAll(/npm run ([a-z-]+)/g)) expect(Object.keys(pkg.scripts)).toContain(script);
  });

  it("the runbook, onboarding and governance pages exist, with CODEOWNERS for prompts, models and access", () => {
    const owners = fs.readFileSync(path.join(REPO_ROOT, ".github/CODEOWNERS"), "utf8");
    for (const pathPattern of ["/prompts/", "/configs/models.yaml", "/configs/access.yaml"])
      expect(owners).toContain(pathPattern);
  });
});
