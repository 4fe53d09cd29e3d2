import * as fs from "node:fs";
import * as path from "node:path";
import { renderDocs } from "../../src/cli/commands/docs";
import { EXAMPLE_ROOT, exampleCatalog, replace } from "../helpers/catalog-fixture";
import { catalogAt } from "../helpers/synth";
import { runAic } from "../helpers/run-cli";

describe("aic docs (as a process)", () => {
  it("GIVEN a catalog THEN it writes docs/catalog.md and docs/access.md under --root", () => {
    const root = exampleCatalog({
      "configs/ai-configs/support-assistant.yaml": replace("name: Support assistant", "name: Help desk assistant"),
    });
    const run = runAic(["docs", "--root", root]);
    expect(run).toMatchObject({ code: 0, stdout: "wrote docs/catalog.md\nwrote docs/access.md\n", stderr: "" });
    expect(fs.readFileSync(path.join(root, "docs/catalog.md"), "utf8")).toContain(
      "## Help desk assistant (`support-assistant`)",
    );
    expect(fs.readFileSync(path.join(root, "docs/access.md"), "utf8")).toBe(
      renderDocs(catalogAt(EXAMPLE_ROOT))["docs/access.md"],
    );
  });

  it("GIVEN an invalid catalog THEN it writes no page and exits 1", () => {
    const root = exampleCatalog({ "configs/models.yaml": replace("contextWindow: 200000", "contextWindow: lots") });
    const run = runAic(["docs", "--root", root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("no page was written\n");
    expect(fs.existsSync(path.join(root, "docs"))).toBe(false);
  });
});
