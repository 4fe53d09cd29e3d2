import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { stringify } from "yaml";
import { checkCatalog, type Problem } from "../../src/catalog";
import type { RuleId } from "../../src/catalog/rules";

/**
 * The smallest catalog that validates without a problem: two environments (dev, and production, critical and
 * approval-gated), one model, one team, one AI Config ("assistant") with one variation ("v1") and its prompt, one
 * eval dataset. Rule tests start from it and change only what their rule looks at, so that no edit to the example
 * catalog can break them, and they assert the rule, the file and the offending value, not line numbers.
 */
export function minimalFiles(): Record<string, unknown> {
  return {
    "configs/project.yaml": {
      instance: "eu",
      project: { key: "demo", name: "Demo" },
      environments: [
        {
          key: "dev",
          name: "Development",
          approvals: { required: false },
          aws: { region: "eu-central-1", accountId: "111111111111" },
        },
        {
          key: "production",
          name: "Production",
          critical: true,
          approvals: { required: true, minApprovals: 1 },
          aws: { region: "eu-central-1", accountId: "333333333333" },
        },
      ],
      github: { repository: "example-org/demo" },
      state: { bucket: "example-org-demo-tfstate", region: "eu-central-1", accountId: "444444444444" },
    },
    "configs/models.yaml": {
      models: [
        {
          key: "nova-lite",
          name: "Amazon Nova Lite",
          provider: "bedrock",
          modelId: "amazon.nova-lite-v1:0",
          inferenceProfile: "eu.amazon.nova-lite-v1:0",
          costPerMillionTokens: { input: 0.06, output: 0.24 },
          contextWindow: 300000,
          maxOutputTokens: 10000,
          parameters: { temperature: 0.2, maxTokens: 512 },
        },
      ],
    },
    "configs/access.yaml": {
      teams: [{ key: "developers", name: "Developers", access: { dev: "full", production: "read" } }],
    },
    "configs/observability.yaml": {
      alerts: { latencyP95Ms: 8000, latencyP99Ms: 15000, errorRatePercent: 5, throttles: 5 },
      environments: {
        dev: { monthlyBudgetUsd: 100, notify: [{ email: "ai@example.org" }] },
        production: { monthlyBudgetUsd: 1000, notify: [{ email: "ai@example.org" }] },
      },
    },
    "configs/ai-configs/assistant.yaml": {
      key: "assistant",
      name: "Assistant",
      mode: "completion",
      maintainer: "developers",
      variables: [{ name: "question" }],
      variations: [{ key: "v1", name: "First", model: "nova-lite" }],
      targeting: {
        dev: { fallthrough: { variation: "v1" } },
        production: { fallthrough: { variation: "v1" } },
      },
    },
    "prompts/assistant/v1.md": "system:\nAnswer the customer's question briefly.\n\nuser:\n{{question}}\n",
    "evals/assistant.yaml": {
      defaults: { variables: { question: "Where is my order?" } },
      cases: [{ name: "answers", assert: [{ type: "contains", value: "order" }] }],
    },
  };
}

/** Parsed YAML data, to change in place; a file's text for prompts. */
type Files = Record<string, unknown>;

/** Changes to the minimal catalog: a function edits the files' data in place; `null` as a file's value deletes it. */
export type CatalogChange = (files: Files) => void;

const roots: string[] = [];
afterAll(() => {
  for (const dir of roots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes the minimal catalog, with `changes` applied in order, to a new temporary directory, and returns it. */
export function minimalCatalog(...changes: CatalogChange[]): string {
  const files = minimalFiles();
  for (const change of changes) change(files);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "aic-minimal-"));
  roots.push(root);
  for (const [file, content] of Object.entries(files)) {
    if (content === null || content === undefined) continue;
    const abs = path.join(root, file);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, typeof content === "string" ? content : stringify(content));
  }
  return root;
}

/** The data of a YAML file of the minimal catalog, typed loosely for editing. */
export type Data = any;

/** A change to one file's data, in place. */
export function edit(file: string, change: (data: Data) => unknown): CatalogChange {
  return (files) => {
    change(files[file]);
  };
}

/** A file added, replaced (data or text) or, with `null`, deleted. */
export function file(name: string, content: unknown): CatalogChange {
  return (files) => {
    files[name] = structuredClone(content);
  };
}

/** The problems `aic validate` reports for the minimal catalog with `changes`, without positions. */
export function problemsWith(
  ...changes: CatalogChange[]
): Array<Pick<Problem, "rule" | "file" | "severity" | "message">> {
  return checkCatalog(minimalCatalog(...changes)).problems.map(({ rule, file, severity, message }) => ({
    rule,
    file,
    severity,
    message,
  }));
}

/** A problem as rule tests expect it: its rule, its file, and words of its message (the offending value). */
export function problem(
  rule: RuleId,
  file: string,
  messageContains: string,
  severity: Problem["severity"] = "error",
): Pick<Problem, "rule" | "file" | "severity"> & { message: unknown } {
  return { rule, file, severity, message: expect.stringContaining(messageContains) };
}

/** A running experiment for the minimal catalog's production fallthrough, split 50/50 between v1 and v2. */
export const RUNNING_EXPERIMENT = {
  key: "v2-feedback",
  name: "v2 against v1",
  hypothesis: "v2 earns more positive feedback.",
  state: "running",
  methodology: "bayesian",
  treatments: [
    { variation: "v1", baseline: true, allocation: 50 },
    { variation: "v2", allocation: 50 },
  ],
  primaryMetric: "ai-feedback-positive",
};
