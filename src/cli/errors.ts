/** Exit codes of the aic CLI (design §8). */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called; printed as one line, never with a stack trace. */
export class UsageError extends Error {}
