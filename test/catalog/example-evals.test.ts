import { loadCatalog } from "../../src/catalog";
import { exampleCatalog } from "../helpers/catalog-fixture";

describe("the example's eval datasets", () => {
  it("GIVEN the datasets every AI Config of the example ships THEN they load into the catalog with defaults applied", () => {
    const result = loadCatalog(exampleCatalog());
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
    const datasets = Object.fromEntries(result.catalog.evals.map((d) => [d.config, d]));
    expect(Object.keys(datasets).sort()).toEqual([
      "answer-judge",
      "docs-agent",
      "support-assistant",
      "ticket-summarizer",
    ]);
    for (const key of ["support-assistant", "ticket-summarizer"]) {
      const cases = datasets[key]!.cases;
      expect(cases.length).toBeGreaterThanOrEqual(6);
      expect(cases.some((c) => c.required && /escalat|human/i.test(`${c.name} ${c.description}`))).toBe(true);
      expect(cases.some((c) => c.assert.some((a) => a.type === "judge"))).toBe(true);
    }
    const human = datasets["support-assistant"]!.cases[0]!;
    expect(human).toMatchObject({
      name: "asks for a human",
      line: 14,
      required: true,
      repeat: 1,
      passShare: 1,
      variables: { company: "Acme", customer_name: "Ada" },
      context: { kind: "user", key: "eval-asks-for-a-human", plan: "business" },
      messages: [{ role: "user", content: expect.stringContaining("real person") }],
    });
  });
});
