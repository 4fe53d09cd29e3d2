import * as path from "node:path";
import { countBySeverity, type Problem, type PromptTokens } from "../catalog";
import { maskCredentials } from "../secrets/credential-shapes";

export type Format = "text" | "json";

export interface Output {
  out(line: string): void;
  err(line: string): void;
  /** True when `out` goes to a terminal (a person reading), so that a command may choose its default format. */
  readonly isTerminal?: boolean;
}

/** Set once a reader closed the pipe (`aic ... | head -1`): what would follow is dropped, not an EPIPE trace. */
const closed = { stdout: false, stderr: false };

export const processOutput: Output = {
  out: (line) => {
    if (!closed.stdout) process.stdout.write(`${line}\n`);
  },
  err: (line) => {
    if (!closed.stderr) process.stderr.write(`${line}\n`);
  },
  get isTerminal() {
    return process.stdout.isTTY === true;
  },
};

/**
 * A closed pipe ends the output quietly: the command finishes with its own exit code, and nothing more is
 * written. Any other write error is still thrown.
 */
export function endOutputQuietlyOnClosedPipes(): void {
  for (const name of ["stdout", "stderr"] as const) {
    process[name].on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      closed[name] = true;
    });
  }
}

/** Environment variables whose values are secrets, whatever their shape (the pipeline's tokens and keys). */
const SECRET_VARIABLE = /(?:^|_)(?:TOKEN|SECRET|PASSWORD|API_KEY|SDK_KEY|ACCESS_KEY|SECRET_ACCESS_KEY|SESSION_TOKEN)$/;

export function secretValues(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env).flatMap(([name, value]) => (SECRET_VARIABLE.test(name) && value ? [value] : []));
}

/**
 * The one place where what the CLI prints is masked: every line, on stdout and stderr, of every command
 * (problems, annotations, JSON, REST errors, reconciler failures, usage errors), loses its credential-shaped
 * text and the values of the secret environment variables it could have echoed.
 */
export function maskedOutput(output: Output, secrets: readonly string[]): Output {
  return {
    out: (line) => output.out(maskCredentials(line, secrets)),
    err: (line) => output.err(maskCredentials(line, secrets)),
    get isTerminal() {
      return output.isTerminal;
    },
  };
}

/** `path:line:col: severity: message` lines, one per problem, then the count. */
export function formatProblemsText(problems: readonly Problem[]): string[] {
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.severity}: ${p.message}`);
  const { errors, warnings } = countBySeverity(problems);
  lines.push(`${plural(errors, "error")}, ${plural(warnings, "warning")}`);
  return lines;
}

export function formatProblemsJson(problems: readonly Problem[], extra: Record<string, unknown>): string {
  const { errors, warnings } = countBySeverity(problems);
  return JSON.stringify({ ok: errors === 0, errors, warnings, problems, ...extra }, null, 2);
}

/** GitHub workflow commands, so problems show on the pull request's changed lines. */
export function formatGithubAnnotations(problems: readonly Problem[], root: string, workspace: string): string[] {
  return problems.map((p) => {
    const file = path.relative(workspace, path.join(root, p.file)).split(path.sep).join("/");
    const props = `file=${escapeProperty(file)},line=${p.line},col=${p.col},title=${escapeProperty(`aic ${p.rule}`)}`;
    return `::${p.severity} ${props}::${escapeData(p.message)}`;
  });
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Prints problems as text lines (plus GitHub annotations in Actions), or as one JSON object with `extra`. */
export function reportProblems(
  output: Output,
  problems: readonly Problem[],
  prompts: readonly PromptTokens[],
  options: { format: Format; root: string; tokens?: boolean; extra?: Record<string, unknown> },
): void {
  if (options.format === "json") {
    output.out(formatProblemsJson(problems, { prompts, ...options.extra }));
    return;
  }
  if (process.env.GITHUB_ACTIONS === "true") {
    for (const line of formatGithubAnnotations(problems, options.root, process.env.GITHUB_WORKSPACE ?? process.cwd()))
      output.out(line);
  }
  if (options.tokens) {
    for (const p of prompts) output.out(`${p.file}: about ${p.estimatedTokens} tokens`);
  }
  for (const line of formatProblemsText(problems)) output.out(line);
}
