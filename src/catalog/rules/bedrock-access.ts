import { defineRule } from "../context";

export const bedrockAccess = defineRule({
  id: "bedrock-access",
  summary:
    "Only environments that are neither critical nor approval-gated may allow every catalog model; the others may call only the models their targeting serves.",
  check(ctx, report) {
    ctx.project?.data.environments.forEach((env, i) => {
      if (env.bedrock.allowAllCatalogModels && (env.critical || env.approvals.required)) {
        report.at(
          ctx.project!,
          ["environments", i, "bedrock", "allowAllCatalogModels"],
          `${env.key} is ${env.critical ? "critical" : "approval-gated"}: it may call only the models its targeting serves`,
        );
      }
    });
  },
});
