import { LaunchDarklyStandIn, type HeldCatalog } from "./launchdarkly-stand-in";

/** The stand-in of the running test, with what a command needs to reach it. */
export interface RunningStandIn {
  /** A new one for each test, or for each describe block with `per: "block"`. */
  readonly standIn: LaunchDarklyStandIn;
  /** Its URL on 127.0.0.1, as --api-host takes it. */
  readonly host: string;
  /** The environment a command reaches it with: its token as LAUNCHDARKLY_ACCESS_TOKEN. */
  env(): { LAUNCHDARKLY_ACCESS_TOKEN: string };
}

export interface StandInOptions {
  /** A catalog whose AI Configs the stand-in holds from the start, as the launchdarkly stack creates them. */
  readonly holding?: HeldCatalog;
  /**
   * "test" (the default): a new stand-in for each test, made before it and stopped after it. "block": one for the
   * whole describe block, made before its first test and stopped after its last, for a block whose tests share
   * what its beforeAll set up. Either way a test fails when a fault it injected met no request (it exercised
   * nothing), and the fault is not carried to the next test.
   */
  readonly per?: "test" | "block";
}

/**
 * A LaunchDarkly stand-in for each test of the describe block this is called in (or for the block, see `per`):
 * made and started on 127.0.0.1 before each test, stopped after it. Call it before the block's own beforeEach (or
 * beforeAll), which may then seed it.
 */
export function useLaunchDarklyStandIn(options: StandInOptions = {}): RunningStandIn {
  const [before, after, span] =
    options.per === "block"
      ? [beforeAll, afterAll, "its describe block (beforeAll to afterAll)"]
      : [beforeEach, afterEach, "a test (beforeEach to afterEach)"];
  let running: { standIn: LaunchDarklyStandIn; host: string } | undefined;
  const current = () => {
    if (!running) throw new Error(`the LaunchDarkly stand-in runs only inside ${span}`);
    return running;
  };
  before(async () => {
    const standIn = new LaunchDarklyStandIn();
    if (options.holding) standIn.addConfigsOf(options.holding);
    running = { standIn, host: await standIn.start() };
  });
  afterEach(() => {
    const unmet = running?.standIn.takeUnmetFaults() ?? [];
    if (unmet.length > 0)
      throw new Error(`the test injected faults that no request met, so it did not exercise them: ${unmet.join("; ")}`);
  });
  after(async () => {
    await running?.standIn.stop();
    running = undefined;
  });
  return {
    get standIn() {
      return current().standIn;
    },
    get host() {
      return current().host;
    },
    env: () => ({ LAUNCHDARKLY_ACCESS_TOKEN: current().standIn.token }),
  };
}
