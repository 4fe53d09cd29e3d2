import { reasonIf, same, type EnvironmentComparator } from "./types";

/** The project and its instance apply to every environment; a first commit reaches them all. */
export const projectSettings: EnvironmentComparator = ({ base, head }) =>
  reasonIf(
    !base || !same(base.project, head.project) || !same(base.instance, head.instance),
    "project settings changed (every environment)",
  );

export const environmentSettings: EnvironmentComparator = ({ base, environment }) => {
  const before = base?.environments.find((e) => e.key === environment.key);
  if (!before) return { reasons: ["new environment"] };
  return reasonIf(!same(before, environment), "environment settings changed");
};

export const segments: EnvironmentComparator = ({ base, head, environment }) =>
  reasonIf(base && !same(base.segments[environment.key], head.segments[environment.key]), "segments changed");

export const observability: EnvironmentComparator = ({ base, head, environment }) =>
  reasonIf(
    base && !same(base.observability[environment.key], head.observability[environment.key]),
    "alert thresholds, budget or notifications changed",
  );

export const auditLog: EnvironmentComparator = ({ base, head }) =>
  reasonIf(base && !same(base.auditLog, head.auditLog), "audit-log export changed (every environment)");

export const metrics: EnvironmentComparator = ({ base, head }) =>
  reasonIf(base && !same(base.metrics, head.metrics), "metrics changed (every environment)");
