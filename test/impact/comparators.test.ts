import { loadCatalog, type Catalog } from "../../src/catalog";
import {
  CONFIG_COMPARATORS,
  ENVIRONMENT_COMPARATORS,
  servedVariationsChanges,
  VARIATION_COMPARATORS,
  type Scope,
} from "../../src/impact/comparators";
import { cost } from "../../src/impact/comparators/cost";
import { auditLog, environmentSettings, projectSettings, segments } from "../../src/impact/comparators/environment";
import { modelChoice, modelDefinition, prompt, toolDefinitions } from "../../src/impact/comparators/served-variation";
import { targeting } from "../../src/impact/comparators/targeting";
import { teamAccess, teamsRemoved } from "../../src/impact/comparators/teams";
import { edit, file, minimalCatalog, type CatalogChange } from "../helpers/catalog-builder";

const CONFIG = "configs/ai-configs/assistant.yaml";

function catalog(...changes: CatalogChange[]): Catalog {
  const result = loadCatalog(minimalCatalog(...changes));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.catalog;
}
const scope = (base: Catalog | undefined, head: Catalog, environment = "production"): Scope => ({
  base,
  head,
  environment: head.environments.find((e) => e.key === environment)!,
});
const pair = (base: Catalog, head: Catalog) => ({
  key: "assistant",
  before: base.aiConfigs.find((c) => c.key === "assistant"),
  after: head.aiConfigs.find((c) => c.key === "assistant"),
});
const served = (base: Catalog, head: Catalog) => {
  const config = pair(base, head);
  return {
    config,
    key: "v1",
    old: config.before!.variations[0],
    now: config.after!.variations[0],
    name: "assistant/v1",
  };
};

const BASE = catalog();

describe("impact comparators, each alone on the minimal catalog", () => {
  it("GIVEN no change THEN no comparator finds anything", () => {
    const s = scope(BASE, catalog());
    expect(ENVIRONMENT_COMPARATORS.flatMap((c) => c(s).reasons ?? [])).toEqual([]);
    for (const compare of [...CONFIG_COMPARATORS, servedVariationsChanges]) {
      expect(Object.values(compare(pair(BASE, s.head), s)).flat()).toEqual([]);
    }
    expect(VARIATION_COMPARATORS.flatMap((c) => Object.values(c(served(BASE, s.head), s)).flat())).toEqual([]);
  });

  it("GIVEN a first commit THEN project settings reach every environment", () => {
    expect(projectSettings(scope(undefined, BASE))).toEqual({
      reasons: ["project settings changed (every environment)"],
    });
  });

  it("GIVEN an environment new in the head THEN it is a new environment, and its settings are not compared", () => {
    const head = catalog(
      edit("configs/project.yaml", (d) =>
        d.environments.push({
          key: "qa",
          name: "QA",
          approvals: { required: false },
          aws: { region: "eu-central-1", accountId: "555555555555" },
        }),
      ),
      edit("configs/access.yaml", (d) => void (d.teams[0].access.qa = "read")),
      edit(
        "configs/observability.yaml",
        (d) => void (d.environments.qa = { monthlyBudgetUsd: 10, notify: [{ email: "a@example.org" }] }),
      ),
    );
    expect(environmentSettings(scope(BASE, head, "qa"))).toEqual({ reasons: ["new environment"] });
    expect(environmentSettings(scope(BASE, head, "production"))).toEqual({});
  });

  it("GIVEN segments changed in dev only THEN only dev's segments comparator finds it", () => {
    const withSegments = file("configs/segments.yaml", {
      segments: { dev: [{ key: "beta", name: "Beta", included: ["u1"] }] },
    });
    const head = catalog(withSegments);
    expect(segments(scope(BASE, head, "dev"))).toEqual({ reasons: ["segments changed"] });
    expect(segments(scope(BASE, head, "production"))).toEqual({});
  });

  it("GIVEN an audit-log export added THEN it reaches every environment", () => {
    const head = catalog(
      edit("configs/project.yaml", (d) => {
        d.auditLog = {
          integrationKey: "splunk",
          name: "Audit log",
          config: { base_url: "https://splunk.example.org:8088", skip_ca_verification: false },
          secret: { field: "token", variable: "splunk_hec_token" },
        };
      }),
    );
    expect(auditLog(scope(BASE, head, "dev"))).toEqual({ reasons: ["audit-log export changed (every environment)"] });
  });

  it("GIVEN a team's production access changed, and a team removed THEN each is its own reason", () => {
    const two = catalog(
      edit(
        "configs/access.yaml",
        (d) => void d.teams.push({ key: "ops", name: "Ops", access: { dev: "read", production: "read" } }),
      ),
    );
    const head = catalog(edit("configs/access.yaml", (d) => void (d.teams[0].access.production = "full")));
    expect(teamAccess(scope(two, head))).toEqual({ reasons: ["access of team developers changed"] });
    expect(teamAccess(scope(two, head, "dev"))).toEqual({ reasons: [] });
    expect(teamsRemoved(scope(two, head))).toEqual({ reasons: ["team ops removed"] });
  });

  it("GIVEN production's targeting turned off THEN targeting says how, in words", () => {
    const head = catalog(
      edit(CONFIG, (d) => Object.assign(d.targeting.production, { enabled: false, offVariation: "v1" })),
    );
    const found = targeting(pair(BASE, head), scope(BASE, head));
    expect(found.reasons).toEqual(["targeting of assistant changed"]);
    expect(found.targeting).toEqual([{ config: "assistant", changes: expect.arrayContaining([expect.any(String)]) }]);
  });

  it("GIVEN the prompt changed THEN prompt gives a diff of what the SDK serves", () => {
    const head = catalog(file("prompts/assistant/v1.md", "system:\nAnswer politely.\n\nuser:\n{{question}}\n"));
    const found = prompt(served(BASE, head), scope(BASE, head));
    expect(found.reasons).toEqual(["prompt of assistant/v1 changed, and it is served here"]);
    expect(found.prompts![0]!.diff).toContain("+Answer politely.");
  });

  it("GIVEN a variation's parameters or its model's prices changed THEN model choice and model definition say which", () => {
    const parameters = catalog(edit(CONFIG, (d) => void (d.variations[0].parameters = { maxTokens: 256 })));
    expect(modelChoice(served(BASE, parameters), scope(BASE, parameters))).toEqual({
      models: [
        {
          config: "assistant",
          variation: "v1",
          before: "nova-lite (temperature 0.2, maxTokens 512)",
          after: "nova-lite (temperature 0.2, maxTokens 256)",
        },
      ],
      reasons: ["model or parameters of assistant/v1 changed, and it is served here"],
    });
    const prices = catalog(edit("configs/models.yaml", (d) => void (d.models[0].costPerMillionTokens.output = 0.5)));
    expect(modelDefinition(served(BASE, prices), scope(BASE, prices))).toEqual({
      reasons: ["model nova-lite changed (prices, limits or defaults), and assistant/v1 is served here"],
    });
    expect(cost(pair(BASE, prices), scope(BASE, prices))).toEqual({
      cost: [{ config: "assistant", before: expect.any(Number), after: expect.any(Number) }],
    });
  });

  it("GIVEN a tool the variation uses changed THEN tool definitions name it", () => {
    const tool = (description: string) => [
      file("configs/tools.yaml", { tools: [{ key: "search", description, parameters: { type: "object" } }] }),
      edit(CONFIG, (d) => void (d.variations[0].tools = ["search"])),
    ];
    const base = catalog(...tool("Search."));
    const head = catalog(...tool("Search the docs."));
    expect(toolDefinitions(served(base, head), scope(base, head))).toEqual({
      reasons: ["tool search changed, and assistant/v1 uses it"],
    });
  });
});
