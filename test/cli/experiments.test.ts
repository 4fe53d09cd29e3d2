import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { useLaunchDarklyStandIn } from "../helpers/use-launchdarkly-stand-in";
import { runAicAsync as aic } from "../helpers/run-cli";
import { catalogAt } from "../helpers/synth";

describe("aic experiments (as a process)", () => {
  // One stand-in for the block: its tests build on production's targeting, applied once before them.
  const ld = useLaunchDarklyStandIn({ holding: catalogAt(EXAMPLE_ROOT), per: "block" });
  const env = ld.env;
  beforeAll(async () => {
    expect(
      (await aic(["targeting", "apply", "--root", EXAMPLE_ROOT, "--env", "production", "--api-host", ld.host], env()))
        .code,
    ).toBe(0);
  });

  it("GIVEN the declared experiment absent in LaunchDarkly THEN diff exits 3, apply creates and starts it, and diff then exits 0", async () => {
    const before = await aic(
      ["experiments", "diff", "--root", EXAMPLE_ROOT, "--env", "production", "--api-host", ld.host],
      env(),
    );
    expect(before).toMatchObject({
      code: 3,
      stdout: "support-assistant/friendly-v2-feedback in production: would apply create, start\n",
    });
    const apply = await aic(
      [
        "experiments",
        "apply",
        "--root",
        EXAMPLE_ROOT,
        "--env",
        "production",
        "--api-host",
        ld.host,
        "--comment",
        "PR 42",
      ],
      env(),
    );
    expect(apply).toMatchObject({
      code: 0,
      stdout: "support-assistant/friendly-v2-feedback in production: applied create, start\n",
    });
    const after = await aic(
      ["experiments", "diff", "--root", EXAMPLE_ROOT, "--env", "production", "--api-host", ld.host],
      env(),
    );
    expect(after).toMatchObject({
      code: 0,
      stdout: "support-assistant/friendly-v2-feedback in production: up to date\n",
    });
    for (const run of [before, apply, after]) expect(run.stdout + run.stderr).not.toContain(ld.standIn.token);
  });

  it("GIVEN an environment without experiments THEN it says so", async () => {
    expect(
      await aic(["experiments", "plan", "--root", EXAMPLE_ROOT, "--env", "staging", "--api-host", ld.host], env()),
    ).toMatchObject({ code: 0, stdout: "no experiments declared in staging\n" });
  });

  it("GIVEN an unknown action THEN it is a usage error", async () => {
    expect(
      await aic(["experiments", "start", "--root", EXAMPLE_ROOT, "--env", "production", "--api-host", ld.host], env()),
    ).toMatchObject({ code: 2, stderr: "aic: experiments start: expected plan, apply or diff\n" });
  });
});
