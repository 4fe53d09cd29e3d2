import { Command, CommanderError } from "commander";
import { COMMANDS, type CommandEntry } from "./command-table";
import { EXIT_INVALID, EXIT_USAGE, UsageError } from "./errors";
import { maskedOutput, secretValues, type Output } from "./output";

/**
 * The `aic` command line, one commander command per entry of the table. Running a command hands its exit code to
 * `exit`; commander's own errors (usage, --help) throw a CommanderError instead (exitOverride).
 */
export function buildProgram(
  output: Output,
  exit: (code: number) => void = () => undefined,
  commands: readonly CommandEntry[] = COMMANDS,
): Command {
  const program = new Command("aic")
    .description("LaunchDarkly AI Configs as code: validate the catalog and synthesize its Terraform stacks")
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) });
  for (const entry of commands) {
    const command = program.command(entry.usage).description(entry.description);
    for (const option of entry.options) command.addOption(option);
    // commander passes the positional arguments, then the options, then the command itself.
    command.action(async (...params: unknown[]) => {
      exit(await entry.run({ args: params.slice(0, -2) as string[], opts: command.opts(), output }));
    });
  }
  return program;
}

/** Runs the CLI and returns its exit code; never throws for a user's mistake. */
export async function runCli(argv: string[], unmasked: Output): Promise<number> {
  const output = maskedOutput(unmasked, secretValues(process.env));
  let code = EXIT_USAGE;
  const program = buildProgram(output, (exitCode) => (code = exitCode));
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync(argv, { from: "user" });
    return code;
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
