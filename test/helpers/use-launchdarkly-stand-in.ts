import { LaunchDarklyStandIn } from "./launchdarkly-stand-in";

/** The stand-in of the running test, with what a command needs to reach it. */
export interface RunningStandIn {
  /** A new one for each test. */
  readonly standIn: LaunchDarklyStandIn;
  /** Its URL on 127.0.0.1, as --api-host takes it. */
  readonly host: string;
  /** The environment a command reaches it with: its token as LAUNCHDARKLY_ACCESS_TOKEN. */
  env(): { LAUNCHDARKLY_ACCESS_TOKEN: string };
}

/**
 * A LaunchDarkly stand-in for each test of the describe block this is called in: made and started on 127.0.0.1
 * before each test, stopped after it. Call it before the block's own beforeEach, which may then seed it.
 */
export function useLaunchDarklyStandIn(): RunningStandIn {
  let running: { standIn: LaunchDarklyStandIn; host: string } | undefined;
  const current = () => {
    if (!running) throw new Error("the LaunchDarkly stand-in runs only inside a test (beforeEach to afterEach)");
    return running;
  };
  beforeEach(async () => {
    const standIn = new LaunchDarklyStandIn();
    running = { standIn, host: await standIn.start() };
  });
  afterEach(async () => {
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
