import { useLaunchDarklyStandIn } from "./use-launchdarkly-stand-in";

/**
 * The stand-in's injected faults are a test's claim about what a command meets; useLaunchDarklyStandIn fails a test
 * that leaves one unmet (it exercised nothing), so these tests take what is left themselves.
 */
describe("the LaunchDarkly stand-in's injected faults", () => {
  const ld = useLaunchDarklyStandIn();
  const get = (path: string) =>
    fetch(`${ld.host}${path}`, { headers: { Authorization: ld.standIn.token } }).then((res) => res.status);

  it("GIVEN a fault WHEN a matching request meets it THEN none is left unmet", async () => {
    ld.standIn.failNext(503, undefined, /flags/);
    expect(await get("/api/v2/flags/support-ai/x")).toBe(503);
    expect(ld.standIn.takeUnmetFaults()).toEqual([]);
  });

  it("GIVEN faults no request met THEN each is described with what is left, and forgotten", async () => {
    ld.standIn.inject({ kind: "stall" }, { path: /targeting$/, method: "GET", times: 2, skip: 1 });
    ld.standIn.failNext(500, undefined, /flags/);
    expect(await get("/api/v2/projects/support-ai/ai-configs/x/targeting")).not.toBe(500);
    expect(ld.standIn.takeUnmetFaults()).toEqual([
      "stall fault for GET /targeting$/ (2 left)",
      "status fault for any method /flags/ (1 left)",
    ]);
    expect(ld.standIn.takeUnmetFaults()).toEqual([]);
  });
});
