import { Command, CommanderError, Option } from "commander";
import { synthCommand } from "./commands/synth";
import { validateCommand } from "./commands/validate";
import { EXIT_INVALID, EXIT_USAGE, UsageError } from "./errors";
import { maskedOutput, secretValues, type Output } from "./output";

const rootOption = () => new Option("--root <dir>", "directory holding configs/ and prompts/").default(".");
const formatOption = () => new Option("--format <format>", "output format").choices(["text", "json"]).default("text");

/** A command that reconciles part of LaunchDarkly over its REST API: plan, apply or diff for one environment. */
function restCommand(program: Command, name: string, description: string, what: string): Command {
  return program
    .command(`${name} <action>`)
    .description(`plan, apply or diff ${description} against LaunchDarkly (token: LAUNCHDARKLY_ACCESS_TOKEN)`)
    .addOption(rootOption())
    .requiredOption("--env <env>", "environment key")
    .option("--config <key...>", `only these AI Configs' ${what}`)
    .option("--api-host <url>", "LaunchDarkly API host (default: the catalog's instance)")
    .option("--deadline <seconds>", "the whole command's time limit, every request and retry included", "300")
    .option("--comment <text>", "comment recorded with the change (default: names the commit)");
}

/** Builds the `aic` command line; each action stores its exit code in `result.code` (or a promise of it). */
export function buildProgram(output: Output, result: { code: number; pending?: Promise<number> }): Command {
  const program = new Command("aic")
    .description("LaunchDarkly AI Configs as code: validate the catalog and synthesize its Terraform stacks")
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) });

  program
    .command("validate")
    .description("check configs/ and prompts/; print every problem as path:line:col: severity: message")
    .addOption(rootOption())
    .addOption(formatOption())
    .option("--tokens", "also print each prompt's estimated input tokens")
    .option(
      "--base <ref>",
      "also compare with git revision <ref>: refuse changes that would invalidate a running experiment",
    )
    .action((opts) => {
      result.code = validateCommand(opts, output);
    });

  program
    .command("synth")
    .description("validate, then write every stack to <out>/stacks/<name>/cdk.tf.json (nothing on invalid input)")
    .addOption(rootOption())
    .addOption(formatOption())
    .option("--out <dir>", "output directory", "cdktf.out")
    .action((opts) => {
      result.code = synthCommand(opts, output);
    });

  program
    .command("check")
    .description("everything a catalog's repository must hold true: validate, synthesize, generated files current")
    .addOption(rootOption())
    .addOption(formatOption())
    .action((opts) => {
      const { checkCommand } = require("./commands/check") as typeof import("./commands/check");
      result.code = checkCommand(opts, output);
    });

  program
    .command("impact")
    .description("what changed between git --base and the working tree, per environment")
    .addOption(rootOption())
    .requiredOption("--base <ref>", "git revision to compare with, e.g. origin/main")
    .addOption(
      new Option("--format <format>", "output format (default: text on a terminal, markdown otherwise)").choices([
        "text",
        "markdown",
        "json",
      ]),
    )
    .action((opts) => {
      const { impactCommand } = require("./commands/impact") as typeof import("./commands/impact");
      result.code = impactCommand(opts, output);
    });

  program
    .command("report")
    .description("one pull-request comment from the impact and the plans (terraform show -json, one <stack>.json each)")
    .addOption(rootOption())
    .requiredOption("--plans <dir>", "directory of <stack>.json plans")
    .option("--impact <file>", "Markdown from `aic impact`, shown first")
    .option("--evals <file>", "JSON from `aic eval --format json --out`, shown as the Evals section")
    .option("--evals-missing <why>", "no eval results to show: the Evals section says so, and why")
    .option("--full <file>", "also write the full, unshortened report here")
    .option("--withheld <variable...>", "sensitive Terraform variables the plans did not receive (said in the comment)")
    .option("--stack <name>", "expect only this stack's plan (one plan job's summary)")
    .action((opts) => {
      const { reportCommand } = require("./commands/report") as typeof import("./commands/report");
      result.code = reportCommand(opts, output);
    });

  program
    .command("eval")
    .description(
      "run the eval datasets (evals/) through the real providers; exit 1 when a required case fails or a pass rate is under its threshold",
    )
    .addOption(rootOption())
    .option("--config <key>", "only this AI Config")
    .option("--variation <key>", "only this variation")
    .option("--env <env>", "every variation this environment serves (and its region for Bedrock)")
    .option("--base <ref>", "only variations whose served output changed since this git revision, on both sides")
    .option("--repeat <n>", "runs per case (default: the dataset's repeat)")
    .option("--concurrency <n>", "model calls at once", "4")
    .option("--max-cost <usd>", "stop starting runs once the spend would reach this many USD")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .option("--out <file>", "write the report here (with --format json: including the answers)")
    .action((opts) => {
      const { evalCommand } = require("./commands/eval") as typeof import("./commands/eval");
      result.pending = evalCommand(opts, output);
    });

  program
    .command("redact-plan <file>")
    .description("a plan (terraform show -json) without its sensitive values, on stdout, to keep as a CI artifact")
    .action((file: string) => {
      const { redactPlanCommand } = require("./commands/redact-plan") as typeof import("./commands/redact-plan");
      result.code = redactPlanCommand(file, output);
    });

  program
    .command("preview <config>")
    .description("what LaunchDarkly would serve in --env for --context, evaluated offline with the real SDKs")
    .addOption(rootOption())
    .requiredOption("--env <env>", "environment key")
    .requiredOption("--context <json>", 'evaluation context, e.g. \'{"key":"user-1","plan":"business"}\'')
    .option("--var <name=value...>", "a variable the prompt uses (repeatable)")
    .addOption(formatOption())
    .action((config, opts) => {
      const { previewCommand } = require("./commands/preview") as typeof import("./commands/preview");
      result.pending = previewCommand(config, opts, output);
    });

  program
    .command("export")
    .description("write --env's flag data for the SDK's file data source (offline development)")
    .addOption(rootOption())
    .requiredOption("--env <env>", "environment key")
    .requiredOption("--out <file>", "output file")
    .option("--fallbacks <file>", "also write SDK fallback values, from the same prompts")
    .action((opts) => {
      const { exportCommand } = require("./commands/preview") as typeof import("./commands/preview");
      result.code = exportCommand(opts, output);
    });

  restCommand(program, "targeting", "AI Config targeting in --env", "targeting")
    .option("--approvals", "only the environment's AI Config approval settings")
    .action((action, opts) => {
      const { targetingCommand } = require("./commands/targeting") as typeof import("./commands/targeting");
      result.pending = targetingCommand(action, opts, output);
    });

  restCommand(program, "experiments", "the experiments declared for --env", "experiments")
    .option("--experiment <key>", "only this experiment")
    .action((action, opts) => {
      const { experimentsCommand } = require("./commands/experiments") as typeof import("./commands/experiments");
      result.pending = experimentsCommand(action, opts, output);
    });

  program
    .command("pull")
    .description("write LaunchDarkly's live variations and --env's targeting into the files, comments kept")
    .addOption(rootOption())
    .requiredOption("--env <env>", "environment key")
    .option("--config <key...>", "only these AI Configs")
    .option("--api-host <url>", "LaunchDarkly API host (default: the catalog's instance)")
    .option("--deadline <seconds>", "the whole command's time limit, every request and retry included", "300")
    .action((opts) => {
      const { pullCommand } = require("./commands/pull") as typeof import("./commands/pull");
      result.pending = pullCommand(opts, output);
    });

  program
    .command("types")
    .description("write TypeScript types of every AI Config's variables, for the application")
    .addOption(rootOption())
    .requiredOption("--out <file>", "output file, e.g. examples/support-service/src/generated/ai-config-variables.ts")
    .action((opts) => {
      const { typesCommand } = require("./commands/types") as typeof import("./commands/types");
      result.code = typesCommand(opts, output);
    });

  program
    .command("promote <config> <variation>")
    .description("edit the catalog so that --to serves the variation: the next rollout step, or --percent")
    .addOption(rootOption())
    .requiredOption("--to <env>", "environment to promote to")
    .option("--percent <n>", "share of the fallthrough (default: the next step of rollout.steps)")
    .action((config, variation, opts) => {
      const { promoteCommand } = require("./commands/promote") as typeof import("./commands/promote");
      result.code = promoteCommand(config, variation, opts, output);
    });

  program
    .command("docs")
    .description("regenerate docs/catalog.md and docs/access.md from the catalog")
    .addOption(rootOption())
    .addOption(formatOption())
    .action((opts) => {
      // Required lazily, like synth's cdktf: validate should not load what only docs needs.
      const { docsCommand } = require("./commands/docs") as typeof import("./commands/docs");
      result.code = docsCommand(opts, output);
    });

  program
    .command("workflows")
    .description("regenerate .github/workflows/ and the README's GitHub set-up section from configs/project.yaml")
    .addOption(rootOption())
    .action((opts) => {
      const { workflowsCommand } = require("./commands/workflows") as typeof import("./commands/workflows");
      result.code = workflowsCommand(opts, output);
    });

  program
    .command("plan-record <file>")
    .description(
      "the record kept beside a reviewed plan (terraform show -json); with --reviewed, exit 1 unless the plan is that one",
    )
    .requiredOption("--stack <name>", "the stack the plan is of")
    .requiredOption("--commit <sha>", "the commit the plan was made from")
    .option("--reviewed <file>", "the record of the plan reviewers saw")
    .action((file: string, opts) => {
      const { planRecordCommand } = require("./commands/pipeline") as typeof import("./commands/pipeline");
      result.code = planRecordCommand(file, opts, output);
    });

  program
    .command("gates")
    .description("which apply jobs run, from the impact and the reviewed plans' records, as $GITHUB_OUTPUT lines")
    .addOption(rootOption())
    .requiredOption("--impact <file>", "`aic impact --format json` of the change")
    .requiredOption("--records <dir>", "directory of the reviewed plans' records (<stack>.json)")
    .action((opts) => {
      const { gatesCommand } = require("./commands/pipeline") as typeof import("./commands/pipeline");
      result.code = gatesCommand(opts, output);
    });

  program
    .command("vet-stack <file>")
    .description("exit 1 unless a synthesized stack (a pull request's) may be planned with credentials")
    .addOption(rootOption())
    .requiredOption("--stack <name>", "the catalog's stack it stands for")
    .action((file: string, opts) => {
      const { vetStackCommand } = require("./commands/pipeline") as typeof import("./commands/pipeline");
      result.code = vetStackCommand(file, opts, output);
    });

  return program;
}

/** Runs the CLI and returns its exit code; never throws for a user's mistake. */
export async function runCli(argv: string[], unmasked: Output): Promise<number> {
  const output = maskedOutput(unmasked, secretValues(process.env));
  const result: { code: number; pending?: Promise<number> } = { code: EXIT_USAGE };
  const program = buildProgram(output, result);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync(argv, { from: "user" });
    return result.pending ? await result.pending : result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      output.err(`aic: ${error.message}`);
      return EXIT_USAGE;
    }
    output.err(`aic: internal error: ${(error as Error).message ?? String(error)}`);
    if (process.env.AIC_DEBUG) output.err((error as Error).stack ?? "");
    else output.err("aic: set AIC_DEBUG=1 for details, and report this as a bug");
    return EXIT_INVALID;
  }
}
