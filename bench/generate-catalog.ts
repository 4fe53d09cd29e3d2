import * as fs from "node:fs";
import * as path from "node:path";

/** The example catalog the product is tested on; the organisation's own configs/ never changes what the bench measures. */
const EXAMPLE_ROOT = path.resolve(__dirname, "../test/fixtures/catalogs/example");
const MODELS = ["claude-sonnet-4-5", "claude-haiku-4-5", "nova-pro", "nova-lite"];

/**
 * Writes a valid catalog of `configs` AI Configs with four variations each, targeted in the example's three
 * environments, reusing the example catalog's project, models, segments, tools, access and observability files.
 */
export function generateCatalog(root: string, configs: number): void {
  fs.mkdirSync(path.join(root, "configs/ai-configs"), { recursive: true });
  for (const name of fs.readdirSync(path.join(EXAMPLE_ROOT, "configs"))) {
    if (name.endsWith(".yaml"))
      fs.copyFileSync(path.join(EXAMPLE_ROOT, "configs", name), path.join(root, "configs", name));
  }
  for (let i = 0; i < configs; i++) {
    const key = `generated-${String(i).padStart(5, "0")}`;
    const variations = [0, 1, 2, 3].map((v) => `v${v + 1}`);
    fs.mkdirSync(path.join(root, "prompts", key), { recursive: true });
    for (const [v, variation] of variations.entries()) {
      fs.writeFileSync(path.join(root, "prompts", key, `${variation}.md`), prompt(key, v));
    }
    fs.writeFileSync(path.join(root, "configs/ai-configs", `${key}.yaml`), config(key, variations, i));
  }
}

function config(key: string, variations: string[], i: number): string {
  return `key: ${key}
name: Generated config ${i}
description: Generated for benchmarks and property tests.
mode: completion
maintainer: ai-ml
tags: [generated]

variables:
  - name: company
  - name: customer_name
  - name: topic
    required: false

variations:
${variations.map((v, n) => `  - key: ${v}\n    name: Variation ${v}\n    model: ${MODELS[(i + n) % MODELS.length]}\n    parameters: { temperature: 0.${n + 1} }\n`).join("")}
targeting:
  dev:
    fallthrough: { variation: ${variations[3]} }
  staging:
    rules:
      - clauses:
          - segments: [internal-staff]
        serve: { variation: ${variations[3]} }
    fallthrough: { variation: ${variations[2]} }
  production:
    rules:
      - clauses:
          - segments: [beta-users]
          - { attribute: country, op: in, values: [DE, FR] }
        serve: { variation: ${variations[1]} }
    fallthrough:
      rollout:
        weights: { ${variations[0]}: 90, ${variations[1]}: 10 }
`;
}

function prompt(key: string, v: number): string {
  return `---
description: Variation ${v + 1} of ${key}.
---
system:
You are the assistant of {{company}} for ${key}. Address the customer as {{customer_name}}.
{{#topic}}The conversation is about {{topic}}.{{/topic}} The customer is on the {{ldctx.plan}} plan.
Answer in at most ${v + 3} sentences and never invent facts.

user:
Please keep the answer short.
`;
}
