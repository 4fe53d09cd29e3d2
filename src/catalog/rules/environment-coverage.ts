import { declaredMappingKeys, defineRule, environmentKeys } from "../context";

/** The files that must speak for every environment do. */
export const environmentCoverage = defineRule({
  id: "environment-coverage",
  summary: "Every team states its access, and observability states a budget, for every environment.",
  check(ctx, report) {
    const known = environmentKeys(ctx);
    if (!known) return;
    // Read from the files as written, so that an entry removed for a schema error does not also count as missing.
    const missing = (declared: string[]) => [...known].filter((env) => !declared.includes(env));
    ctx.access?.data.teams.forEach((team, i) => {
      for (const env of missing(declaredMappingKeys(ctx.access!, ["teams", i, "access"]))) {
        report.at(
          ctx.access!,
          ["teams", i, "access"],
          `team "${team.key}" has no access level for environment "${env}" (use none, read, full or a list of capabilities)`,
        );
      }
    });
    if (ctx.observability) {
      for (const env of missing(declaredMappingKeys(ctx.observability, ["environments"]))) {
        report.at(
          ctx.observability,
          ["environments"],
          `environment "${env}" has no observability settings (monthlyBudgetUsd is required)`,
        );
      }
    }
  },
});
