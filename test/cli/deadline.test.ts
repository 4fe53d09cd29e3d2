import { DEFAULT_DEADLINE_SECONDS, deadlineMs } from "../../src/cli/deadline";
import { UsageError } from "../../src/cli/errors";

describe("--deadline", () => {
  it.each([
    ["30", 30_000],
    ["0.5", 500],
    [undefined, DEFAULT_DEADLINE_SECONDS * 1000],
  ])("GIVEN %s THEN it allows that many seconds", (option, ms) => {
    expect(deadlineMs(option)).toBe(ms);
  });

  it.each(["soon", "0", "-5", "Infinity", ""])("GIVEN %p THEN it is a usage mistake that names the value", (option) => {
    expect(() => deadlineMs(option)).toThrow(UsageError);
    expect(() => deadlineMs(option)).toThrow(`--deadline ${option}: expected a number of seconds above 0`);
  });
});
