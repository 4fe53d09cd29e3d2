import { defineRule } from "../context";

/** Onboarding material has circulated made-up EU hosts (app.launchdarkly.eu); LaunchDarkly's are *.eu.launchdarkly.com. */
export const instanceHosts = defineRule({
  id: "instance-hosts",
  summary:
    "Explicit instance hosts are LaunchDarkly's documented hosts (warns on look-alikes such as app.launchdarkly.eu).",
  check(ctx, report) {
    const instance = ctx.project?.data.instance;
    if (!instance || typeof instance === "string") return;
    for (const [field, url] of Object.entries(instance)) {
      const host = new URL(url).hostname;
      if (!/(^|\.)launchdarkly\.(com|us)$/.test(host)) {
        report.at(
          ctx.project!,
          ["instance", field],
          `${host} is not a documented LaunchDarkly host; for the EU instance write "instance: eu" (app.eu.launchdarkly.com)`,
          {
            severity: "warning",
          },
        );
      }
    }
  },
});
