import { renderDocs } from "../../src/cli/commands/docs";
import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { catalogAt } from "../helpers/synth";

describe("generated pages (npm run aic -- docs)", () => {
  const pages = renderDocs(catalogAt(EXAMPLE_ROOT));

  // Whether the committed pages are current is `aic check`'s question (test/adopter/check.test.ts).
  it("the catalog page says what each environment serves and what a variation costs", () => {
    const page = pages["docs/catalog.md"]!;
    expect(page).toContain(
      "- **production**: rule 1: in segment beta-users -> friendly-v2; fallthrough -> friendly-v1 90%, friendly-v2 10%; when off -> friendly-v1",
    );
    // 148 prompt tokens x $3.30/M + 1,500 output tokens x $16.50/M = $0.025238 per request.
    expect(page).toContain(
      "| Expert v3 (Sonnet) (`expert-v3`) | claude-sonnet-4-5 | temperature 0.3, maxTokens 1500 | `prompts/support-assistant/expert-v3.md` | 148 | $25.24 |",
    );
    expect(page).toContain("- **production**: not targeted: serves LaunchDarkly's disabled variation");
  });

  it("the access page shows the matrix and the actions behind each capability", () => {
    const page = pages["docs/access.md"]!;
    expect(page).toContain(
      "| Product managers (`product-managers`) | editPrompts, viewMetrics | editPrompts, viewMetrics | read |",
    );
    expect(page).toContain(
      "| `proj/P:ai-model-config/*` | the whole project | createAIModelConfig, deleteAIModelConfig | model configs are project-wide |",
    );
    expect(page).toContain("| `proj/P:aiconfig/*` | the whole project | reviewApprovalRequest |");
    expect(page).not.toMatch(/`proj\/P:env\/E:aiconfig\/\*` \| [^|]+ \| [^|]*ApprovalRequest/);
  });
});
