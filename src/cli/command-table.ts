import { Option } from "commander";
import { DEFAULT_DEADLINE_SECONDS } from "./deadline";
import type { Output } from "./output";

/** What a command's handler receives: its positional arguments in order, its options by name, where to write. */
export interface Invocation {
  args: string[];
  /**
   * As commander parsed them: it has checked required options and choices, and each command's module declares
   * the options it reads, so they are handed on untyped.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  opts: any;
  output: Output;
}

/** One `aic` command. Adding a command is adding one entry to COMMANDS. */
export interface CommandEntry {
  /** The name and its positional arguments as commander spells them, e.g. `promote <config> <variation>`. */
  usage: string;
  description: string;
  options: readonly Option[];
  /**
   * Runs the command and returns its exit code. It imports the command's module only when it runs, so that each
   * command loads what it needs and no more (start-up time: bench/).
   */
  run(invocation: Invocation): number | Promise<number>;
}

const option = (flags: string, description: string, defaultValue?: string): Option =>
  defaultValue === undefined ? new Option(flags, description) : new Option(flags, description).default(defaultValue);
const required = (flags: string, description: string): Option => new Option(flags, description).makeOptionMandatory();
const choice = (flags: string, description: string, choices: string[], defaultValue?: string): Option => {
  const chosen = new Option(flags, description).choices(choices);
  return defaultValue === undefined ? chosen : chosen.default(defaultValue);
};

const root = option("--root <dir>", "directory holding configs/ and prompts/", ".");
const format = choice("--format <format>", "output format", ["text", "json"], "text");

/**
 * `--api-host`: by default the catalog's instance (configs/project.yaml); a command without a catalog yet (import)
 * names its own default host, and what it is.
 */
const apiHostOption = (fallback?: { url: string; is: string }): Option =>
  fallback
    ? new Option("--api-host <url>", "LaunchDarkly API host").default(fallback.url, `${fallback.is}, ${fallback.url}`)
    : option("--api-host <url>", "LaunchDarkly API host (default: the catalog's instance)");
/** `--deadline`, in seconds: the whole command's time limit, unless `whose` says what else it bounds. */
const deadlineOption = (seconds: number, whose = "the whole command's"): Option =>
  option("--deadline <seconds>", `${whose} time limit, every request and retry included`, String(seconds));

/** The options every REST reconciler shares: plan, apply or diff part of LaunchDarkly for one environment. */
const restOptions = (what: string): Option[] => [
  root,
  required("--env <env>", "environment key"),
  option("--config <key...>", `only these AI Configs' ${what}`),
  apiHostOption(),
  deadlineOption(DEFAULT_DEADLINE_SECONDS),
  option("--comment <text>", "comment recorded with the change (default: names the commit)"),
];
const restDescription = (what: string) =>
  `plan, apply or diff ${what} against LaunchDarkly (token: LAUNCHDARKLY_ACCESS_TOKEN)`;

export const COMMANDS: readonly CommandEntry[] = [
  {
    usage: "validate",
    description: "check configs/ and prompts/; print every problem as path:line:col: severity: message",
    options: [
      root,
      format,
      option("--tokens", "also print each prompt's estimated input tokens"),
      option(
        "--base <ref>",
        "also compare with git revision <ref>: refuse changes that would invalidate a running experiment",
      ),
    ],
    run: async ({ opts, output }) => (await import("./commands/validate")).validateCommand(opts, output),
  },
  {
    usage: "synth",
    description: "validate, then write every stack to <out>/stacks/<name>/cdk.tf.json (nothing on invalid input)",
    options: [root, format, option("--out <dir>", "output directory", "cdktf.out")],
    run: async ({ opts, output }) => (await import("./commands/synth")).synthCommand(opts, output),
  },
  {
    usage: "check",
    description: "everything a catalog's repository must hold true: validate, synthesize, generated files current",
    options: [root, format],
    run: async ({ opts, output }) => (await import("./commands/check")).checkCommand(opts, output),
  },
  {
    usage: "impact",
    description: "what changed between git --base and the working tree, per environment",
    options: [
      root,
      required("--base <ref>", "git revision to compare with, e.g. origin/main"),
      choice("--format <format>", "output format (default: text on a terminal, markdown otherwise)", [
        "text",
        "markdown",
        "json",
      ]),
    ],
    run: async ({ opts, output }) => (await import("./commands/impact")).impactCommand(opts, output),
  },
  {
    usage: "report",
    description: "one pull-request comment from the impact and the plans (terraform show -json, one <stack>.json each)",
    options: [
      root,
      required("--plans <dir>", "directory of <stack>.json plans"),
      option("--impact <file>", "Markdown from `aic impact`, shown first"),
      option("--evals <file>", "JSON from `aic eval --format json --out`, shown as the Evals section"),
      option("--evals-missing <why>", "no eval results to show: the Evals section says so, and why"),
      option("--full <file>", "also write the full, unshortened report here"),
      option(
        "--withheld <variable...>",
        "sensitive Terraform variables the plans did not receive (said in the comment)",
      ),
      option("--stack <name>", "expect only this stack's plan (one plan job's summary)"),
    ],
    run: async ({ opts, output }) => (await import("./commands/report")).reportCommand(opts, output),
  },
  {
    usage: "eval",
    description:
      "run the eval datasets (evals/) through the real providers; exit 1 when a required case fails or a pass rate is under its threshold",
    options: [
      root,
      option("--config <key>", "only this AI Config"),
      option("--variation <key>", "only this variation"),
      option("--env <env>", "every variation this environment serves (and its region for Bedrock)"),
      option("--base <ref>", "only variations whose served output changed since this git revision, on both sides"),
      option("--repeat <n>", "runs per case (default: the dataset's repeat)"),
      option("--concurrency <n>", "model calls at once", "4"),
      option("--max-cost <usd>", "stop starting runs once the spend would reach this many USD"),
      choice("--format <format>", "output format", ["text", "json", "markdown"], "text"),
      option("--out <file>", "write the report here (with --format json: including the answers)"),
    ],
    run: async ({ opts, output }) => (await import("./commands/eval")).evalCommand(opts, output),
  },
  {
    usage: "redact-plan <file>",
    description: "a plan (terraform show -json) without its sensitive values, on stdout, to keep as a CI artifact",
    options: [],
    run: async ({ args: [file], output }) => (await import("./commands/redact-plan")).redactPlanCommand(file, output),
  },
  {
    usage: "preview <config>",
    description: "what LaunchDarkly would serve in --env for --context, evaluated offline with the real SDKs",
    options: [
      root,
      required("--env <env>", "environment key"),
      required("--context <json>", 'evaluation context, e.g. \'{"key":"user-1","plan":"business"}\''),
      option("--var <name=value...>", "a variable the prompt uses (repeatable)"),
      format,
    ],
    run: async ({ args: [config], opts, output }) =>
      (await import("./commands/preview")).previewCommand(config, opts, output),
  },
  {
    usage: "export",
    description: "write --env's flag data for the SDK's file data source (offline development)",
    options: [
      root,
      required("--env <env>", "environment key"),
      required("--out <file>", "output file"),
      option("--fallbacks <file>", "also write SDK fallback values, from the same prompts"),
    ],
    run: async ({ opts, output }) => (await import("./commands/preview")).exportCommand(opts, output),
  },
  {
    usage: "targeting <action>",
    description: restDescription("AI Config targeting in --env"),
    options: [...restOptions("targeting"), option("--approvals", "only the environment's AI Config approval settings")],
    run: async ({ args: [action], opts, output }) =>
      (await import("./commands/targeting")).targetingCommand(action, opts, output),
  },
  {
    usage: "experiments <action>",
    description: restDescription("the experiments declared for --env"),
    options: [...restOptions("experiments"), option("--experiment <key>", "only this experiment")],
    run: async ({ args: [action], opts, output }) =>
      (await import("./commands/experiments")).experimentsCommand(action, opts, output),
  },
  {
    usage: "pull",
    description: "write LaunchDarkly's live variations and --env's targeting into the files, comments kept",
    options: [
      root,
      required("--env <env>", "environment key"),
      option("--config <key...>", "only these AI Configs"),
      apiHostOption(),
      deadlineOption(DEFAULT_DEADLINE_SECONDS),
    ],
    run: async ({ opts, output }) => (await import("./commands/pull")).pullCommand(opts, output),
  },
  {
    usage: "import",
    description:
      "write a catalog from an existing LaunchDarkly project into a new or empty directory (token: LAUNCHDARKLY_ACCESS_TOKEN)",
    options: [
      required("--project <key>", "the LaunchDarkly project's key"),
      option("--out <dir>", "a new or empty directory for the catalog (default: the project's key)"),
      apiHostOption({ url: "https://app.eu.launchdarkly.com", is: "the EU instance" }),
      deadlineOption(DEFAULT_DEADLINE_SECONDS),
    ],
    run: async ({ opts, output }) => (await import("./commands/import")).importCommand(opts, output),
  },
  {
    usage: "verify-live",
    description:
      "check on a real LaunchDarkly account, in a scratch project it creates and deletes, every API assumption the product relies on (token: LAUNCHDARKLY_ACCESS_TOKEN)",
    options: [
      root,
      required("--project-prefix <prefix>", "the scratch project's key starts with this, e.g. aic-verify"),
      apiHostOption(),
      deadlineOption(600, "the checks'"),
      format,
    ],
    run: async ({ opts, output }) => (await import("./commands/verify-live")).verifyLiveCommand(opts, output),
  },
  {
    usage: "types",
    description: "write TypeScript types of every AI Config's variables, for the application",
    options: [
      root,
      required("--out <file>", "output file, e.g. examples/support-service/src/generated/ai-config-variables.ts"),
    ],
    run: async ({ opts, output }) => (await import("./commands/types")).typesCommand(opts, output),
  },
  {
    usage: "promote <config> <variation>",
    description: "edit the catalog so that --to serves the variation: the next rollout step, or --percent",
    options: [
      root,
      required("--to <env>", "environment to promote to"),
      option("--percent <n>", "share of the fallthrough (default: the next step of rollout.steps)"),
    ],
    run: async ({ args: [config, variation], opts, output }) =>
      (await import("./commands/promote")).promoteCommand(config, variation, opts, output),
  },
  {
    usage: "docs",
    description: "regenerate docs/catalog.md and docs/access.md from the catalog",
    options: [root, format],
    run: async ({ opts, output }) => (await import("./commands/docs")).docsCommand(opts, output),
  },
  {
    usage: "workflows",
    description: "regenerate .github/workflows/ and the README's GitHub set-up section from configs/project.yaml",
    options: [root],
    run: async ({ opts, output }) => (await import("./commands/workflows")).workflowsCommand(opts, output),
  },
  {
    usage: "plan-record <file>",
    description:
      "the record kept beside a reviewed plan (terraform show -json); with --reviewed, exit 1 unless the plan is that one",
    options: [
      required("--stack <name>", "the stack the plan is of"),
      required("--commit <sha>", "the commit the plan was made from"),
      option("--reviewed <file>", "the record of the plan reviewers saw"),
    ],
    run: async ({ args: [file], opts, output }) =>
      (await import("./commands/pipeline")).planRecordCommand(file, opts, output),
  },
  {
    usage: "gates",
    description: "which apply jobs run, from the impact and the reviewed plans' records, as $GITHUB_OUTPUT lines",
    options: [
      root,
      required("--impact <file>", "`aic impact --format json` of the change"),
      required("--records <dir>", "directory of the reviewed plans' records (<stack>.json)"),
    ],
    run: async ({ opts, output }) => (await import("./commands/pipeline")).gatesCommand(opts, output),
  },
  {
    usage: "vet-stack <file>",
    description: "exit 1 unless a synthesized stack (a pull request's) may be planned with credentials",
    options: [root, required("--stack <name>", "the catalog's stack it stands for")],
    run: async ({ args: [file], opts, output }) =>
      (await import("./commands/pipeline")).vetStackCommand(file, opts, output),
  },
];
