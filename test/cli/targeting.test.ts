import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { useLaunchDarklyStandIn } from "../helpers/use-launchdarkly-stand-in";
import { runAicAsync as aic } from "../helpers/run-cli";
import { catalogAt } from "../helpers/synth";

describe("aic targeting (as a process)", () => {
  const ld = useLaunchDarklyStandIn({ holding: catalogAt(EXAMPLE_ROOT), per: "block" });

  it("GIVEN live targeting that differs THEN diff exits 3, apply fixes it, and diff then exits 0; the token is never printed", async () => {
    const env = ld.env();
    const before = await aic(
      ["targeting", "diff", "--root", EXAMPLE_ROOT, "--env", "staging", "--api-host", ld.host],
      env,
    );
    expect(before.code).toBe(3);
    expect(before.stdout).toContain(
      "support-assistant in staging: would apply updateFallthroughVariationOrRollout, replaceRules\n",
    );
    const apply = await aic(
      ["targeting", "apply", "--root", EXAMPLE_ROOT, "--env", "staging", "--api-host", ld.host, "--comment", "PR 42"],
      env,
    );
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain("support-assistant in staging: applied");
    const after = await aic(
      ["targeting", "diff", "--root", EXAMPLE_ROOT, "--env", "staging", "--api-host", ld.host],
      env,
    );
    expect(after).toMatchObject({ code: 0 });
    expect(after.stdout).toContain("support-assistant in staging: up to date");
    expect(after.stdout).toContain("AI Config approval settings in staging: up to date");
    for (const run of [before, apply, after]) expect(run.stdout + run.stderr).not.toContain(ld.standIn.token);
  });

  it("GIVEN --api-host that is not a URL THEN it is a usage error at once, and nothing is sent", async () => {
    const started = Date.now();
    const run = await aic(
      ["targeting", "apply", "--root", EXAMPLE_ROOT, "--env", "dev", "--api-host", "not-a-url"],
      ld.env(),
    );
    expect(run).toMatchObject({
      code: 2,
      stderr: 'aic: --api-host "not-a-url" is not a URL; expected for example https://app.eu.launchdarkly.com\n',
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("GIVEN an --api-host over plain http to a remote host THEN it is refused: the token would travel in clear", async () => {
    const run = await aic(
      ["targeting", "plan", "--root", EXAMPLE_ROOT, "--env", "dev", "--api-host", "http://app.eu.launchdarkly.com"],
      ld.env(),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("must be https: the access token goes with every request");
  });

  it("GIVEN no network (a host that does not resolve) THEN it fails in seconds, naming the host and the cause", async () => {
    const started = Date.now();
    const run = await aic(
      [
        "targeting",
        "apply",
        "--root",
        EXAMPLE_ROOT,
        "--env",
        "dev",
        "--api-host",
        "https://app.eu.launchdarkly.invalid",
      ],
      ld.env(),
    );
    expect(Date.now() - started).toBeLessThan(8000);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^aic: targeting apply failed: [\w-]+ in dev: GET \/api\/v2\/projects\/support-ai\/ai-configs\/[\w-]+\/targeting on app\.eu\.launchdarkly\.invalid failed: the name app\.eu\.launchdarkly\.invalid does not resolve \(DNS: E[A-Z_]+\); check the host, or the network\. Already applied: nothing\n$/,
    );
    expect(run.stderr).not.toContain("fetch failed");
  });

  it("GIVEN --deadline that is not a number of seconds THEN it is a usage error", async () => {
    const run = await aic(
      ["targeting", "plan", "--root", EXAMPLE_ROOT, "--env", "dev", "--api-host", ld.host, "--deadline", "soon"],
      ld.env(),
    );
    expect(run).toMatchObject({ code: 2, stderr: "aic: --deadline soon: expected a number of seconds above 0\n" });
  });

  it("GIVEN no token THEN it is a usage error", async () => {
    const run = await aic(["targeting", "plan", "--root", EXAMPLE_ROOT, "--env", "dev", "--api-host", ld.host], {
      LAUNCHDARKLY_ACCESS_TOKEN: undefined,
    });
    expect(run).toMatchObject({ code: 2, stderr: "aic: LAUNCHDARKLY_ACCESS_TOKEN is not set\n" });
  });
});
