/**
 * `--deadline`'s default, in seconds, for the commands that talk to LaunchDarkly (the REST reconcilers, pull and
 * import): the option's default in the command table, and the fallback of a command called without the option.
 * A module of its own so that the commands can import it without importing the command table, which loads them.
 */
export const DEFAULT_DEADLINE_SECONDS = 300;
