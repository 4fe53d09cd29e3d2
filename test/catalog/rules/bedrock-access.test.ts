import { problemsOf, replace, rulesOf } from "../../helpers/catalog-fixture";

describe("bedrock-access", () => {
  it("GIVEN dev allowing every catalog model THEN it stays silent", () => {
    expect(rulesOf({})).not.toContain("bedrock-access");
  });

  it("GIVEN production allowing every catalog model THEN it is reported", () => {
    const edits = {
      "configs/project.yaml": replace(
        "    critical: true\n",
        "    critical: true\n    bedrock: { allowAllCatalogModels: true }\n",
      ),
    };
    expect(problemsOf(edits)).toEqual([
      "configs/project.yaml:36:39: error: production is critical: it may call only the models its targeting serves",
    ]);
  });
});
