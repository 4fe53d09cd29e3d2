import { problemsOf, replace } from "../../helpers/catalog-fixture";

const hosts = (app: string, domain: string) =>
  replace(
    "instance: eu",
    `instance:\n  apiHost: https://${app}\n  sdkBaseUri: https://sdk.${domain}\n  streamUri: https://stream.${domain}\n  eventsUri: https://events.${domain}`,
  );

describe("instance-hosts", () => {
  it("GIVEN LaunchDarkly's documented EU hosts spelled out THEN it stays silent", () => {
    expect(problemsOf({ "configs/project.yaml": hosts("app.eu.launchdarkly.com", "eu.launchdarkly.com") })).toEqual([]);
  });

  it("GIVEN the look-alike hosts from onboarding material THEN each is a warning", () => {
    const problems = problemsOf({ "configs/project.yaml": hosts("app.launchdarkly.eu", "launchdarkly.eu") });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe(
      'configs/project.yaml:4:12: warning: app.launchdarkly.eu is not a documented LaunchDarkly host; for the EU instance write "instance: eu" (app.eu.launchdarkly.com)',
    );
  });
});
