import * as fs from "node:fs";
import * as path from "node:path";
import { loadCatalog } from "../../src/catalog";
import { exampleCatalog, format, problemsOf } from "../helpers/catalog-fixture";

describe("reading the catalog's files", () => {
  it("GIVEN a required file is missing THEN it is reported and the rest is still checked", () => {
    expect(problemsOf({ "configs/access.yaml": null, "configs/ai-configs/docs-agent.yaml": (old) => old.replace("maintainer: ai-ml", "maintainer: 3") })).toEqual([
      "configs/access.yaml:1:1: error: is missing: every catalog needs it",
      'configs/ai-configs/docs-agent.yaml:5:13: error: "maintainer" must be a string',
    ]);
  });

  it("GIVEN a directory where a file should be THEN it is reported, without a stack trace", () => {
    const root = exampleCatalog({ "configs/models.yaml": null });
    fs.mkdirSync(path.join(root, "configs/models.yaml"));
    expect(format(loadCatalog(root))).toContain("configs/models.yaml:1:1: error: is a directory, but a file is expected here");
  });

  it("GIVEN an AI Config that is a directory THEN it is reported", () => {
    const root = exampleCatalog();
    fs.mkdirSync(path.join(root, "configs/ai-configs/extra.yaml"));
    expect(format(loadCatalog(root))).toEqual(["configs/ai-configs/extra.yaml:1:1: error: is a directory, but a file is expected here"]);
  });

  it("GIVEN a prompt that is a broken link THEN it is reported as unreadable", () => {
    const root = exampleCatalog({ "prompts/support-assistant/friendly-v1.md": null });
    fs.symlinkSync(path.join(root, "nowhere.md"), path.join(root, "prompts/support-assistant/friendly-v1.md"));
    expect(format(loadCatalog(root))).toEqual([
      "configs/ai-configs/support-assistant.yaml:23:13: error: prompt file prompts/support-assistant/friendly-v1.md does not exist",
      "prompts/support-assistant/friendly-v1.md:1:1: error: is a link to a file that does not exist",
    ]);
  });

  it("GIVEN a file in configs/ that is not a catalog file THEN it is a warning (a misspelt name is ignored otherwise)", () => {
    expect(problemsOf({ "configs/tool.yaml": "tools: []\n" })).toEqual([
      "configs/tool.yaml:1:1: warning: is not a catalog file and is ignored (known: configs/project.yaml, configs/models.yaml, configs/access.yaml, configs/observability.yaml, configs/segments.yaml, configs/tools.yaml, configs/metrics.yaml, configs/ai-configs/*.yaml)",
    ]);
  });
});
