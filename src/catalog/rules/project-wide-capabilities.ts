import { EVERY_ENVIRONMENT_CAPABILITIES, type Capability } from "../schema";
import { defineRule } from "../context";

/** What a level grants of the capabilities LaunchDarkly has only project-wide. */
const holds = (level: unknown, capability: Capability) =>
  level === "full" || (Array.isArray(level) && level.includes(capability));

export const projectWideCapabilities = defineRule({
  id: "project-wide-capabilities",
  summary:
    "A capability LaunchDarkly grants only for the whole project (reviewApprovals) is asked for in every environment of a team or in none: otherwise the team's role leaves it out (warning).",
  check(ctx, report) {
    ctx.access?.data.teams.forEach((team, i) => {
      const levels = Object.entries(team.access);
      for (const capability of EVERY_ENVIRONMENT_CAPABILITIES) {
        const without = levels.filter(([, level]) => !holds(level, capability)).map(([env]) => env);
        if (without.length === 0) continue;
        for (const [env, level] of levels) {
          if (!Array.isArray(level) || !level.includes(capability)) continue;
          report.at(
            ctx.access!,
            ["teams", i, "access", env, level.indexOf(capability)],
            `team "${team.key}" asks for ${capability} in ${env} but not in ${without.join(", ")}: LaunchDarkly grants approval review for the whole project only, so the team's role leaves it out; ask for it in every environment, or in none (docs/access.md)`,
            { severity: "warning" },
          );
        }
      }
    });
  },
});
