import { UsageError } from "./errors";

/**
 * `--deadline`'s default, in seconds, for the commands that talk to LaunchDarkly (the REST reconcilers, pull and
 * import): the option's default in the command table, and the fallback of a command called without the option.
 * A module of its own so that the commands can import it without importing the command table, which loads them.
 */
export const DEFAULT_DEADLINE_SECONDS = 300;

/** `--deadline` in milliseconds; a usage mistake unless it is a number of seconds above 0. */
export function deadlineMs(option: string | undefined, defaultSeconds = DEFAULT_DEADLINE_SECONDS): number {
  const seconds = Number(option ?? defaultSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`--deadline ${option}: expected a number of seconds above 0`);
  return seconds * 1000;
}
