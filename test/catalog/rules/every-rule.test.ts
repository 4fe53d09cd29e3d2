import { RULES, type RuleId } from "../../../src/catalog/rules";
import {
  RUNNING_EXPERIMENT as EXPERIMENT,
  edit,
  file,
  problem,
  problemsWith,
  type CatalogChange,
  type Data,
} from "../../helpers/catalog-builder";

/**
 * Every cross-file rule on the minimal catalog (test/helpers/catalog-builder.ts), as data: changes that keep it
 * silent, and changes that break it with the problems they must give (rule, file, severity and the offending
 * value). No line numbers: the end-to-end tests (test/catalog/every-problem-at-once.test.ts) hold positions.
 */
interface RuleCases {
  /** Changes to the minimal catalog that the rule accepts (the minimal catalog itself is always one). */
  compliant: Array<[string, ...CatalogChange[]]>;
  /** Changes it refuses, with exactly the problems the whole validation then reports. */
  failing: Array<[string, CatalogChange[], ReturnType<typeof problem>[]]>;
}

const PROJECT = "configs/project.yaml";
const MODELS = "configs/models.yaml";
const ACCESS = "configs/access.yaml";
const OBSERVABILITY = "configs/observability.yaml";
const TOOLS = "configs/tools.yaml";
const METRICS = "configs/metrics.yaml";
const SEGMENTS = "configs/segments.yaml";
const CONFIG = "configs/ai-configs/assistant.yaml";
const PROMPT = "prompts/assistant/v1.md";
const EVALS = "evals/assistant.yaml";

const project = (change: (data: Data) => unknown) => edit(PROJECT, change);
const models = (change: (data: Data) => unknown) => edit(MODELS, change);
const config = (change: (data: Data) => unknown) => edit(CONFIG, change);
const evals = (change: (data: Data) => unknown) => edit(EVALS, change);
const model = (change: (m: Data) => void) => models((d) => void change(d.models[0]));
const variation = (change: (v: Data) => void) => config((d) => void change(d.variations[0]));

/** A second variation, v2, with its prompt, so that targeting can split between two. */
const secondVariation: CatalogChange[] = [
  config((d) => void d.variations.push({ key: "v2", name: "Second", model: "nova-lite" })),
  file("prompts/assistant/v2.md", "system:\nAnswer the customer's question in detail.\n\nuser:\n{{question}}\n"),
];
const rollout = (weights: Record<string, number>) =>
  config((d) => void (d.targeting.production.fallthrough = { rollout: { bucketBy: "key", weights } }));
const TOOL = {
  key: "search-docs",
  description: "Search the documentation.",
  parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
};
const withTool = [file(TOOLS, { tools: [TOOL] }), variation((v) => (v.tools = ["search-docs"]))];
/** A judge-mode AI Config, "grader", with its prompt. */
const judge: CatalogChange[] = [
  file("configs/ai-configs/grader.yaml", {
    key: "grader",
    name: "Grader",
    mode: "judge",
    evaluationMetricKey: "$ld:ai:judge:accuracy",
    maintainer: "developers",
    variations: [{ key: "strict", name: "Strict", model: "nova-lite" }],
    targeting: { dev: { fallthrough: { variation: "strict" } }, production: { fallthrough: { variation: "strict" } } },
  }),
  file("prompts/grader/strict.md", "Score the answer from 0 to 1 for accuracy.\n"),
];
const experiment = (change: (e: Data) => void = () => {}): CatalogChange[] => [
  ...secondVariation,
  rollout({ v1: 50, v2: 50 }),
  config((d) => {
    const e = structuredClone(EXPERIMENT);
    change(e);
    d.experiments = { production: [e] };
  }),
];
const segmentRule = (segment: string): CatalogChange[] => [
  file(SEGMENTS, { segments: { dev: [{ key: "beta-users", name: "Beta users", included: ["u1"] }] } }),
  config(
    (d) =>
      void (d.targeting.dev.rules = [
        { description: "Beta", clauses: [{ segments: [segment] }], serve: { variation: "v1" } },
      ]),
  ),
];
const BETA = { key: "beta-users", name: "Beta users", included: ["u1"] };
const AWS_KEY = ["AKIA", "QYLPMN5HHHFPZAM2"].join("");

const CASES: Record<RuleId & (typeof RULES)[number]["id"], RuleCases> = {
  "unique-keys": {
    compliant: [
      ["one segment key in two environments", file(SEGMENTS, { segments: { dev: [BETA], production: [BETA] } })],
      ["two models with their own keys", models((d) => void d.models.push({ ...d.models[0], key: "nova-2" }))],
    ],
    failing: [
      [
        "two variations with one key",
        [config((d) => void d.variations.push({ ...d.variations[0], name: "Again" }))],
        [problem("unique-keys", CONFIG, 'duplicate variation key "v1" (first declared at variations[0])')],
      ],
      [
        "a segment key repeated in one environment",
        [file(SEGMENTS, { segments: { dev: [BETA, BETA] } })],
        [
          problem(
            "unique-keys",
            SEGMENTS,
            'duplicate segment key in dev "beta-users" (first declared at segments.dev[0])',
          ),
        ],
      ],
      [
        "a tool attached twice to one variation",
        [...withTool, variation((v) => (v.tools = ["search-docs", "search-docs"]))],
        [problem("unique-keys", CONFIG, 'duplicate tool "search-docs" (first declared at variations[0].tools[0])')],
      ],
      [
        "a team key repeated",
        [edit(ACCESS, (d) => void d.teams.push({ ...d.teams[0], name: "Others" }))],
        [problem("unique-keys", ACCESS, 'duplicate team key "developers" (first declared at teams[0])')],
      ],
      [
        "a model key declared twice",
        [models((d) => void d.models.push({ ...d.models[0] }))],
        [problem("unique-keys", MODELS, 'duplicate model key "nova-lite" (first declared at models[0])')],
      ],
      [
        "a metric key of a built-in AI SDK metric",
        [
          file(METRICS, {
            metrics: [
              { key: "ai-tokens-total", name: "Tokens", eventKey: "tokens", successCriterion: "LowerThanBaseline" },
            ],
          }),
        ],
        [problem("unique-keys", METRICS, 'metric key "ai-tokens-total" is reserved for a built-in AI SDK metric')],
      ],
      [
        "a variable declared twice",
        [config((d) => void d.variables.push({ name: "question" }))],
        [problem("unique-keys", CONFIG, 'duplicate variable "question"')],
      ],
    ],
  },
  "ai-config-file-name": {
    compliant: [["a second AI Config in a file named after its key", ...judge]],
    failing: [
      [
        "a key that differs from the file name",
        [
          config((d) =>
            Object.assign(d, { key: "helper" }, { variations: [{ ...d.variations[0], prompt: "assistant/v1.md" }] }),
          ),
          file(EVALS, null),
        ],
        [
          problem(
            "ai-config-file-name",
            CONFIG,
            'key "helper" does not match the file name; rename the file to helper.yaml or change the key',
          ),
        ],
      ],
      [
        "a file named after another key",
        [(f) => ((f["configs/ai-configs/helper.yaml"] = f[CONFIG]), delete f[CONFIG])],
        [
          problem(
            "ai-config-file-name",
            "configs/ai-configs/helper.yaml",
            'key "assistant" does not match the file name',
          ),
        ],
      ],
    ],
  },
  "environment-exists": {
    compliant: [
      ["targeting in some of the declared environments only", config((d) => void delete d.targeting.production)],
    ],
    failing: [
      [
        "a misspelt environment",
        [config((d) => void (d.targeting.devv = { fallthrough: { variation: "v1" } }))],
        [
          problem(
            "environment-exists",
            CONFIG,
            'unknown environment "devv" (did you mean "dev"?); configs/project.yaml declares dev, production',
          ),
        ],
      ],
      [
        "segments for an undeclared environment",
        [file(SEGMENTS, { segments: { prod: [{ key: "beta-users", name: "Beta users", included: ["u1"] }] } })],
        [
          problem(
            "environment-exists",
            SEGMENTS,
            'unknown environment "prod"; configs/project.yaml declares dev, production',
          ),
        ],
      ],
      [
        "targeting for an undeclared environment",
        [config((d) => void (d.targeting.prod = { fallthrough: { variation: "v1" } }))],
        [
          problem(
            "environment-exists",
            CONFIG,
            'unknown environment "prod"; configs/project.yaml declares dev, production',
          ),
        ],
      ],
    ],
  },
  "environment-coverage": {
    compliant: [
      [
        "access as a list of capabilities",
        edit(ACCESS, (d) => void (d.teams[0].access.dev = ["editPrompts", "viewMetrics"])),
      ],
    ],
    failing: [
      [
        "a team without access for production",
        [edit(ACCESS, (d) => void delete d.teams[0].access.production)],
        [problem("environment-coverage", ACCESS, 'team "developers" has no access level for environment "production"')],
      ],
      [
        "no observability for dev",
        [edit(OBSERVABILITY, (d) => void delete d.environments.dev)],
        [problem("environment-coverage", OBSERVABILITY, 'environment "dev" has no observability settings')],
      ],
    ],
  },
  "environment-removal-acknowledgement": {
    compliant: [["no environment removed", project((d) => void delete d.acknowledgements)]],
    failing: [
      [
        "an acknowledgement without a reason",
        [project((d) => void (d.acknowledgements = { removedEnvironments: [{ key: "qa" }] }))],
        [problem("schema", PROJECT, 'missing required field "acknowledgements.removedEnvironments[0].reason"')],
      ],
      [
        "an acknowledgement of an environment still declared",
        [project((d) => void (d.acknowledgements = { removedEnvironments: [{ key: "dev", reason: "gone" }] }))],
        [
          problem(
            "environment-removal-acknowledgement",
            PROJECT,
            'removing environment "dev", which environments still declares',
          ),
        ],
      ],
      [
        "an acknowledgement left after the removal",
        [project((d) => void (d.acknowledgements = { removedEnvironments: [{ key: "qa", reason: "gone" }] }))],
        [problem("environment-removal-acknowledgement", PROJECT, 'removing environment "qa": a one-off', "warning")],
      ],
    ],
  },
  "model-exists": {
    compliant: [
      [
        "a second model, named by the variation",
        models((d) => void d.models.push({ ...d.models[0], key: "nova-2" })),
        variation((v) => (v.model = "nova-2")),
      ],
    ],
    failing: [
      [
        "a variation naming an undeclared model",
        [variation((v) => (v.model = "nova-lit"))],
        [problem("model-exists", CONFIG, 'unknown model "nova-lit" (did you mean "nova-lite"?); known: nova-lite')],
      ],
    ],
  },
  "prompt-exists": {
    compliant: [
      ["no prompt field: prompts/<config>/<variation>.md", variation((v) => void delete v.prompt)],
      [
        "a prompt named explicitly",
        variation((v) => (v.prompt = "shared/answer.md")),
        file("prompts/shared/answer.md", "{{question}}\n"),
        file(PROMPT, null),
      ],
    ],
    failing: [
      [
        "a prompt field naming a missing file, the default file left unused",
        [variation((v) => (v.prompt = "assistant/v9.md"))],
        [
          problem("prompt-exists", CONFIG, "prompt file prompts/assistant/v9.md does not exist"),
          problem("unused-prompt", PROMPT, "prompt file is not used by any variation", "warning"),
        ],
      ],
      [
        "a variation without its prompt file",
        [file(PROMPT, null)],
        [problem("prompt-exists", CONFIG, "prompt file prompts/assistant/v1.md does not exist")],
      ],
      [
        "a prompt path out of prompts/",
        [variation((v) => (v.prompt = "../secrets.md")), file(PROMPT, null)],
        [problem("prompt-exists", CONFIG, 'prompt path "../secrets.md" must stay inside prompts/')],
      ],
    ],
  },
  "tool-exists": {
    compliant: [["a declared tool", ...withTool]],
    failing: [
      [
        "a tool and no configs/tools.yaml",
        [variation((v) => (v.tools = ["search-docs"]))],
        [problem("tool-exists", CONFIG, 'unknown tool "search-docs"')],
      ],
      [
        "a tool configs/tools.yaml does not declare",
        [...withTool, variation((v) => (v.tools = ["search-doc"]))],
        [problem("tool-exists", CONFIG, 'unknown tool "search-doc" (did you mean "search-docs"?)')],
      ],
    ],
  },
  "judge-reference": {
    compliant: [
      ["a judge-mode judge", ...judge, variation((v) => (v.judges = [{ key: "grader", samplingRate: 0.5 }]))],
    ],
    failing: [
      [
        "a judge attached to a judge",
        [
          ...judge,
          edit(
            "configs/ai-configs/grader.yaml",
            (d) => void (d.variations[0].judges = [{ key: "grader", samplingRate: 1 }]),
          ),
        ],
        [
          problem(
            "judge-reference",
            "configs/ai-configs/grader.yaml",
            "a judge-mode AI Config cannot have judges attached",
          ),
        ],
      ],
      [
        "a completion-mode config as a judge",
        [...judge, variation((v) => (v.judges = [{ key: "assistant", samplingRate: 0.5 }]))],
        [
          problem(
            "judge-reference",
            CONFIG,
            '"assistant" is a completion-mode AI Config; only judge-mode configs can be attached as judges',
          ),
        ],
      ],
      [
        "an unknown judge",
        [...judge, variation((v) => (v.judges = [{ key: "grade", samplingRate: 0.5 }]))],
        [problem("judge-reference", CONFIG, 'unknown judge AI Config "grade" (did you mean "grader"?); known: grader')],
      ],
    ],
  },
  "maintainer-exists": {
    compliant: [
      [
        "a second team as maintainer",
        edit(
          ACCESS,
          (d) => void d.teams.push({ key: "ops", name: "Ops", access: { dev: "read", production: "read" } }),
        ),
        config((d) => (d.maintainer = "ops")),
      ],
    ],
    failing: [
      [
        "a maintainer team access.yaml does not declare",
        [config((d) => (d.maintainer = "ops"))],
        [problem("maintainer-exists", CONFIG, 'unknown team "ops"; known: developers')],
      ],
    ],
  },
  "served-variation-exists": {
    compliant: [["an off variation that exists", config((d) => (d.targeting.production.offVariation = "v1"))]],
    failing: [
      [
        "an off variation that does not exist",
        [config((d) => (d.targeting.production.offVariation = "disabled"))],
        [problem("served-variation-exists", CONFIG, 'unknown variation (served in production) "disabled"; known: v1')],
      ],
      [
        "a fallthrough serving a missing variation",
        [config((d) => (d.targeting.dev.fallthrough.variation = "v9"))],
        [
          problem(
            "served-variation-exists",
            CONFIG,
            'unknown variation (served in dev) "v9" (did you mean "v1"?); known: v1',
          ),
        ],
      ],
      [
        "a rollout weight for a missing variation",
        [...secondVariation, rollout({ v1: 50, v3: 50 })],
        [problem("served-variation-exists", CONFIG, 'unknown variation "v3" in production rollout; known: v1, v2')],
      ],
    ],
  },
  "rollout-weights": {
    compliant: [["one-decimal weights summing to 100", ...secondVariation, rollout({ v1: 89.9, v2: 10.1 })]],
    failing: [
      [
        "weights that sum to 90",
        [...secondVariation, rollout({ v1: 60, v2: 30 })],
        [problem("rollout-weights", CONFIG, "rollout weights sum to 90, not 100")],
      ],
      [
        "a weight with two decimals",
        [...secondVariation, rollout({ v1: 89.95, v2: 10.05 })],
        [
          problem("rollout-weights", CONFIG, 'weight 89.95 for "v1" has more than one decimal place'),
          problem("rollout-weights", CONFIG, 'weight 10.05 for "v2" has more than one decimal place'),
        ],
      ],
    ],
  },
  "segment-exists": {
    compliant: [["a rule on a segment dev has", ...segmentRule("beta-users")]],
    failing: [
      [
        "a rule on a segment dev does not have",
        segmentRule("beta-user"),
        [problem("segment-exists", CONFIG, 'unknown segment in dev "beta-user" (did you mean "beta-users"?)')],
      ],
    ],
  },
  "experiment-keys": {
    compliant: [["a running experiment", ...experiment()]],
    failing: [
      [
        "two experiments with one key",
        [
          ...experiment((e) => (e.state = "stopped")),
          config((d) => void d.experiments.production.push({ ...d.experiments.production[0] })),
        ],
        [problem("experiment-keys", CONFIG, 'duplicate experiment key "v2-feedback" in production')],
      ],
    ],
  },
  "experiment-audience": {
    compliant: [
      [
        "an experiment on a rule of its own description",
        ...experiment((e) => (e.rule = "Beta")),
        file(SEGMENTS, { segments: { production: [{ key: "beta-users", name: "Beta users", included: ["u1"] }] } }),
        config(
          (d) =>
            void (d.targeting.production.rules = [
              {
                description: "Beta",
                clauses: [{ segments: ["beta-users"] }],
                serve: { rollout: { bucketBy: "key", weights: { v1: 50, v2: 50 } } },
              },
            ]),
        ),
        rollout({ v1: 100 }),
      ],
    ],
    failing: [
      [
        "an experiment on a rule that does not exist",
        [...experiment((e) => (e.rule = "Beta testers"))],
        [problem("experiment-audience", CONFIG, 'no targeting rule in production has the description "Beta testers"')],
      ],
    ],
  },
  "experiment-treatments": {
    compliant: [
      [
        "a stopped experiment whose winner is a treatment",
        ...experiment((e) =>
          Object.assign(e, { state: "stopped", winner: { variation: "v2", reason: "more positive feedback" } }),
        ),
      ],
    ],
    failing: [
      [
        "allocations summing to 110",
        [...experiment((e) => (e.treatments[1].allocation = 60))],
        [problem("experiment-treatments", CONFIG, "treatment allocations sum to 110, not 100")],
      ],
      [
        "a treatment its audience is not served",
        [...experiment(), rollout({ v1: 100 })],
        [problem("experiment-treatments", CONFIG, "the fallthrough in production does not serve v2")],
      ],
    ],
  },
  "experiment-metrics": {
    compliant: [
      [
        "built-in and declared metrics",
        file(METRICS, {
          metrics: [
            { key: "ticket-resolved", name: "Resolved", eventKey: "resolved", successCriterion: "HigherThanBaseline" },
          ],
        }),
        ...experiment((e) => (e.secondaryMetrics = ["ai-tokens-total", "ticket-resolved"])),
      ],
    ],
    failing: [
      [
        "an undeclared metric",
        [...experiment((e) => (e.secondaryMetrics = ["csat"]))],
        [problem("experiment-metrics", CONFIG, 'unknown metric "csat"')],
      ],
    ],
  },
  "model-parameters": {
    compliant: [
      ["a temperature at the top of the model's range", variation((v) => (v.parameters = { temperature: 1 }))],
      ["maxTokens at the model's maximum", variation((v) => (v.parameters = { maxTokens: 10000 }))],
    ],
    failing: [
      [
        "a temperature below the range in models.yaml",
        [model((m) => (m.parameters.temperature = -0.1))],
        [problem("model-parameters", MODELS, "temperature -0.1 is outside nova-lite's range 0 to 1")],
      ],
      [
        "an empty temperature range",
        [model((m) => (m.temperatureRange = [1, 0])), model((m) => void delete m.parameters.temperature)],
        [problem("model-parameters", MODELS, "temperatureRange 1 to 0 is empty")],
      ],
      [
        "maxOutputTokens beyond the context window",
        [model((m) => Object.assign(m, { contextWindow: 20000, maxOutputTokens: 30000 }))],
        [problem("model-parameters", MODELS, "maxOutputTokens 30000 exceeds the context window of 20000")],
      ],
      [
        "maxTokens above the model's maximum output",
        [variation((v) => (v.parameters = { maxTokens: 20000 }))],
        [problem("model-parameters", CONFIG, "maxTokens 20000 exceeds nova-lite's maximum output of 10000 tokens")],
      ],
      [
        "a temperature outside the model's range",
        [model((m) => (m.parameters.temperature = 1.5)), model((m) => (m.temperatureRange = [0, 1]))],
        [problem("model-parameters", MODELS, "temperature 1.5 is outside nova-lite's range 0 to 1")],
      ],
    ],
  },
  "inference-profile": {
    compliant: [["a Bedrock model without a profile", model((m) => void delete m.inferenceProfile)]],
    failing: [
      [
        "a profile on a model of another provider",
        [model((m) => (m.provider = "openai"))],
        [problem("inference-profile", MODELS, "inferenceProfile is only meaningful for provider bedrock, not openai")],
      ],
      [
        "a profile routing to another model",
        [model((m) => (m.inferenceProfile = "eu.amazon.nova-pro-v1:0"))],
        [
          problem(
            "inference-profile",
            MODELS,
            'inferenceProfile "eu.amazon.nova-pro-v1:0" does not route to modelId "amazon.nova-lite-v1:0"',
          ),
        ],
      ],
    ],
  },
  "mode-rules": {
    compliant: [["a judge with its metric", ...judge]],
    failing: [
      [
        "an evaluationMetricKey on a completion config",
        [config((d) => (d.evaluationMetricKey = "quality"))],
        [
          problem(
            "mode-rules",
            CONFIG,
            "evaluationMetricKey is only for judge mode, and this AI Config is in completion mode",
          ),
        ],
      ],
      [
        "a judge without evaluationMetricKey",
        [...judge, edit("configs/ai-configs/grader.yaml", (d) => void delete d.evaluationMetricKey)],
        [
          problem(
            "mode-rules",
            "configs/ai-configs/grader.yaml",
            "a judge-mode AI Config needs an evaluationMetricKey",
          ),
        ],
      ],
      [
        "an agent with role markers",
        [config((d) => (d.mode = "agent"))],
        [
          problem(
            "mode-rules",
            PROMPT,
            'assistant is an agent: its instructions are one text, so role markers such as "system:" are not allowed',
          ),
        ],
      ],
    ],
  },
  "prompt-variables": {
    compliant: [
      ["a context attribute", file(PROMPT, "{{question}} ({{ldctx.plan}} plan)\n")],
      ["an optional variable no prompt uses", config((d) => void d.variables.push({ name: "tone", required: false }))],
    ],
    failing: [
      [
        "an undeclared variable",
        [file(PROMPT, "{{question}} {{questoin}}\n")],
        [
          problem(
            "prompt-variables",
            PROMPT,
            'variable "questoin" is not declared in configs/ai-configs/assistant.yaml (did you mean "question"?); declare it under variables, or the SDK renders it as an empty string',
          ),
        ],
      ],
    ],
  },
  "context-window": {
    compliant: [
      [
        "a window that holds the prompt and maxTokens",
        model((m) => Object.assign(m, { contextWindow: 1024, maxOutputTokens: 1024 })),
      ],
    ],
    failing: [
      [
        "a prompt plus its output beyond the context window",
        [model((m) => Object.assign(m, { contextWindow: 512, maxOutputTokens: 512 }))],
        [problem("context-window", PROMPT, "output tokens exceed nova-lite's context window of 512", "warning")],
      ],
      [
        "a prompt alone beyond the context window",
        [model((m) => Object.assign(m, { contextWindow: 8, maxOutputTokens: 8, parameters: { maxTokens: 8 } }))],
        [problem("context-window", PROMPT, "exceeds nova-lite's context window of 8: every request would fail")],
      ],
    ],
  },
  "unused-prompt": {
    compliant: [["a second variation using a second prompt", ...secondVariation]],
    failing: [
      [
        "a prompt no variation uses",
        [file("prompts/assistant/v0.md", "{{question}}\n")],
        [problem("unused-prompt", "prompts/assistant/v0.md", "prompt file is not used by any variation", "warning")],
      ],
    ],
  },
  "project-wide-capabilities": {
    compliant: [
      [
        "approval review asked for in every environment",
        edit(ACCESS, (d) => void (d.teams[0].access = { dev: ["reviewApprovals"], production: "full" })),
      ],
    ],
    failing: [
      [
        "approval review asked for in production only",
        [edit(ACCESS, (d) => void (d.teams[0].access = { dev: "read", production: ["reviewApprovals"] }))],
        [
          problem(
            "project-wide-capabilities",
            ACCESS,
            'team "developers" asks for reviewApprovals in production but not in dev: LaunchDarkly grants approval review for the whole project only, so the team\'s role leaves it out; ask for it in every environment, or in none (docs/access.md)',
            "warning",
          ),
        ],
      ],
    ],
  },
  "import-target": {
    compliant: [
      [
        "an import of the AI Config and its variation",
        file("configs/imports.yaml", {
          imports: [
            { kind: "ai-config", key: "assistant", id: "demo/assistant" },
            { kind: "variation", key: "assistant/v1", id: "demo/assistant/v1" },
          ],
        }),
      ],
    ],
    failing: [
      [
        "an import of a variation the files do not declare",
        [
          file("configs/imports.yaml", {
            imports: [{ kind: "variation", key: "assistant/v9", id: "demo/assistant/v9" }],
          }),
        ],
        [
          problem(
            "import-target",
            "configs/imports.yaml",
            'variation "assistant/v9" is not in the files, so there is nothing to import it into',
          ),
        ],
      ],
    ],
  },
  "instance-hosts": {
    compliant: [
      [
        "LaunchDarkly's EU hosts written out",
        project(
          (d) =>
            void (d.instance = {
              apiHost: "https://app.eu.launchdarkly.com",
              sdkBaseUri: "https://sdk.eu.launchdarkly.com",
              streamUri: "https://stream.eu.launchdarkly.com",
              eventsUri: "https://events.eu.launchdarkly.com",
            }),
        ),
      ],
    ],
    failing: [
      [
        "a made-up EU host",
        [
          project(
            (d) =>
              void (d.instance = {
                apiHost: "https://app.launchdarkly.eu",
                sdkBaseUri: "https://sdk.launchdarkly.eu",
                streamUri: "https://stream.launchdarkly.eu",
                eventsUri: "https://events.launchdarkly.eu",
              }),
          ),
        ],
        [
          problem(
            "instance-hosts",
            PROJECT,
            'app.launchdarkly.eu is not a documented LaunchDarkly host; for the EU instance write "instance: eu" (app.eu.launchdarkly.com)',
            "warning",
          ),
          problem("instance-hosts", PROJECT, "sdk.launchdarkly.eu is not a documented LaunchDarkly host", "warning"),
          problem("instance-hosts", PROJECT, "stream.launchdarkly.eu is not a documented LaunchDarkly host", "warning"),
          problem("instance-hosts", PROJECT, "events.launchdarkly.eu is not a documented LaunchDarkly host", "warning"),
        ],
      ],
    ],
  },
  "bedrock-access": {
    compliant: [["every model in dev", project((d) => (d.environments[0].bedrock = { allowAllCatalogModels: true }))]],
    failing: [
      [
        "every model in critical production",
        [project((d) => (d.environments[1].bedrock = { allowAllCatalogModels: true }))],
        [
          problem(
            "bedrock-access",
            PROJECT,
            "production is critical: it may call only the models its targeting serves",
          ),
        ],
      ],
    ],
  },
  "eval-dataset": {
    compliant: [
      [
        "a dataset for a second AI Config",
        ...judge,
        file("evals/grader.yaml", { cases: [{ name: "scores", assert: [{ type: "contains", value: "1" }] }] }),
      ],
    ],
    failing: [
      [
        "a dataset named after no AI Config",
        [(f) => ((f["evals/assistent.yaml"] = f[EVALS]), delete f[EVALS])],
        [problem("eval-dataset", "evals/assistent.yaml", 'no AI Config has the key "assistent"')],
      ],
      [
        "two cases with one name",
        [evals((d) => void d.cases.push({ ...d.cases[0] }))],
        [problem("eval-dataset", EVALS, 'duplicate case name "answers" (first at cases[0])')],
      ],
    ],
  },
  "eval-variables": {
    compliant: [
      ["a case giving its own value", evals((d) => void (d.cases[0].variables = { question: "Can I return it?" }))],
    ],
    failing: [
      [
        "a variable the AI Config does not declare",
        [evals((d) => void (d.cases[0].variables = { questoin: "?" }))],
        [problem("eval-variables", EVALS, 'variable "questoin" is not declared by assistant')],
      ],
      [
        "no value for a required variable",
        [evals((d) => void delete d.defaults.variables.question)],
        [problem("eval-variables", EVALS, "does not give the required variable question of assistant")],
      ],
    ],
  },
  "eval-context": {
    compliant: [
      [
        "an attribute targeting compares, of the type it compares",
        config(
          (d) =>
            void (d.targeting.dev.rules = [
              {
                description: "Pro",
                clauses: [{ attribute: "plan", op: "in", values: ["pro"] }],
                serve: { variation: "v1" },
              },
            ]),
        ),
        evals((d) => void (d.cases[0].context = { key: "u1", plan: "pro" })),
      ],
    ],
    failing: [
      [
        "a context attribute nothing reads",
        [evals((d) => void (d.cases[0].context = { key: "u1", favourite: "blue" }))],
        [problem("eval-context", EVALS, 'context attribute "favourite" is read by no prompt', "warning")],
      ],
    ],
  },
  "eval-assertions": {
    compliant: [
      [
        "a judge-mode judge",
        ...judge,
        evals((d) => void d.cases[0].assert.push({ type: "judge", config: "grader", threshold: 0.5 })),
      ],
    ],
    failing: [
      [
        "a regex that does not compile",
        [evals((d) => void (d.cases[0].assert = [{ type: "regex", value: "(" }]))],
        [problem("eval-assertions", EVALS, "invalid regular expression: /(/: Unterminated group")],
      ],
      [
        "a judge that is not judge-mode",
        [evals((d) => void (d.cases[0].assert = [{ type: "judge", config: "assistant", threshold: 0.5 }]))],
        [
          problem(
            "eval-assertions",
            EVALS,
            '"assistant" is a completion-mode AI Config; only judge-mode configs can score',
          ),
        ],
      ],
    ],
  },
  "tool-schema": {
    compliant: [["a strict JSON Schema", ...withTool]],
    failing: [
      [
        "a misspelt keyword",
        [...withTool, edit(TOOLS, (d) => void (d.tools[0].parameters.properties.query.minLenght = 1))],
        [
          problem(
            "tool-schema",
            TOOLS,
            '"tools[0].parameters.properties.query.minLenght" is not a JSON Schema keyword',
          ),
        ],
      ],
    ],
  },
  "audit-log-config": {
    compliant: [
      [
        "a Splunk export with its secret named",
        project(
          (d) =>
            void (d.auditLog = {
              integrationKey: "splunk",
              name: "Audit log",
              config: { base_url: "https://splunk.example.org:8088", skip_ca_verification: false },
              secret: { field: "token", variable: "splunk_hec_token" },
            }),
        ),
      ],
    ],
    failing: [
      [
        "an http address",
        [
          project(
            (d) =>
              void (d.auditLog = {
                integrationKey: "splunk",
                name: "Audit log",
                config: { base_url: "http://splunk.example.org:8088", skip_ca_verification: false },
                secret: { field: "token", variable: "splunk_hec_token" },
              }),
          ),
        ],
        [problem("audit-log-config", PROJECT, '"auditLog.config.base_url" must be an https:// address')],
      ],
    ],
  },
  credentials: {
    compliant: [
      ["the name of a variable that holds a key", file(PROMPT, "{{question}}\nThe key is in AWS_ACCESS_KEY_ID.\n")],
    ],
    failing: [
      [
        "an AWS access key in a prompt",
        [file(PROMPT, `{{question}}\nUse key ${AWS_KEY}.\n`)],
        [problem("credentials", PROMPT, "this looks like an AWS access key id")],
      ],
    ],
  },
  "token-encoding": {
    compliant: [
      [
        "Terraform's own syntax, a number in scientific notation and the word TfToken, as text",
        file(PROMPT, "system:\nRegion ${var.region}, %{ if x } 6.02e+23 TfToken (sic).\n\nuser:\n{{question}}\n"),
      ],
      ["a description that only mentions a placeholder", config((d) => (d.description = "Any Map Token Value, say"))],
    ],
    failing: [
      [
        "a reference token in a prompt",
        [file(PROMPT, "system:\nAnswer ${TfToken[TOKEN.1]} briefly.\n\nuser:\n{{question}}\n")],
        [problem("token-encoding", PROMPT, '"${TfToken[" here is how cdktf writes a reference into text')],
      ],
      [
        "a list token in an AI Config's description",
        [config((d) => (d.description = "#{TfToken[TOKEN.7]}"))],
        [problem("token-encoding", CONFIG, '"#{TfToken[" here is how cdktf writes a reference')],
      ],
      [
        "a marker spelt with a YAML escape in a prompt's front matter",
        [file(PROMPT, '---\ndescription: "Short \\x54fToken[ answers"\n---\nAnswer briefly: {{question}}\n')],
        [problem("token-encoding", PROMPT, '"TfToken[" in the description is how cdktf writes a reference')],
      ],
      [
        "an encoded number written into text",
        [config((d) => (d.description = "Costs -8.109562212591379e+298 a call"))],
        [
          problem(
            "token-encoding",
            CONFIG,
            "-8.109562212591379e+298 here is a number cdktf reads as an encoded reference",
          ),
        ],
      ],
      [
        "an encoded number and a marker key in a tool's parameter schema",
        [
          file(TOOLS, {
            tools: [
              {
                ...TOOL,
                parameters: {
                  type: "object",
                  properties: { query: { type: "number", maximum: -8.109562212591379e298 }, "${TfToken[TOKEN.3]}": {} },
                },
              },
            ],
          }),
          variation((v) => (v.tools = ["search-docs"])),
        ],
        [
          problem("token-encoding", TOOLS, "-8.109562212591379e+298 here is a number cdktf reads"),
          problem("token-encoding", TOOLS, '"${TfToken[" in this key is how cdktf writes a reference'),
        ],
      ],
      [
        "a map placeholder as a whole value",
        [config((d) => (d.description = "String Map Token Value"))],
        [
          problem(
            "token-encoding",
            CONFIG,
            '"String Map Token Value" here is cdktf\'s placeholder for a map reference',
          ),
        ],
      ],
    ],
  },
};

describe("every cross-file rule, on the minimal catalog", () => {
  it("GIVEN the minimal catalog THEN nothing is reported", () => {
    expect(problemsWith()).toEqual([]);
  });

  it("has compliant and failing cases for every rule of the registry", () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const cases of Object.values(CASES)) expect(cases.failing.length).toBeGreaterThan(0);
  });

  describe.each(Object.entries(CASES))("%s", (rule, { compliant, failing }) => {
    it.each(compliant)(`GIVEN %s THEN ${rule} stays silent, and so does every other rule`, (_, ...changes) => {
      expect(problemsWith(...changes)).toEqual([]);
    });
    it.each(failing)(`GIVEN %s THEN ${rule} reports it`, (_, changes, expected) => {
      expect(problemsWith(...changes)).toEqual(expected);
    });
  });
});
