import { same, type EnvironmentComparator } from "./types";

/** A team added, renamed, or given other access here. */
export const teamAccess: EnvironmentComparator = ({ base, head, environment }) => ({
  reasons: head.teams.flatMap((team) => {
    const before = base?.teams.find((t) => t.key === team.key);
    const changed =
      base &&
      (!before || !same(before.access[environment.key], team.access[environment.key]) || before.name !== team.name);
    return changed ? [`access of team ${team.key} changed`] : [];
  }),
});

export const teamsRemoved: EnvironmentComparator = ({ base, head }) => ({
  reasons: (base?.teams ?? [])
    .filter((team) => !head.teams.some((t) => t.key === team.key))
    .map((team) => `team ${team.key} removed`),
});
