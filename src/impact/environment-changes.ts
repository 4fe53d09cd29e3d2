import { isGated, type Catalog } from "../catalog";

type Environment = Catalog["environments"][number];

export interface RemovedEnvironment {
  key: string;
  /** Production, critical, or approvals required: its removal waits for its reviewers and must be acknowledged. */
  gated: boolean;
  /** configs/project.yaml acknowledges the removal (acknowledgements.removedEnvironments). */
  acknowledged: boolean;
}

export interface EnvironmentChanges {
  added: string[];
  removed: RemovedEnvironment[];
  /** A removed and an added environment in the same AWS account and region: LaunchDarkly still deletes `from`. */
  renamed: Array<RemovedEnvironment & { to: string }>;
}

/** Environments added, removed and renamed between two catalogs, in promotion order. */
export function environmentChanges(base: Catalog | undefined, head: Catalog): EnvironmentChanges {
  const baseEnvs = base?.environments ?? [];
  const added = head.environments.filter((e) => !baseEnvs.some((b) => b.key === e.key));
  const gone = baseEnvs.filter((b) => !head.environments.some((e) => e.key === b.key));
  const acknowledged = new Set((head.acknowledgements?.removedEnvironments ?? []).map((a) => a.key));
  const describe = (env: Environment): RemovedEnvironment => ({
    key: env.key,
    gated: isGated(env),
    acknowledged: acknowledged.has(env.key),
  });
  const renamed: EnvironmentChanges["renamed"] = [];
  const unpaired = [...added];
  const removed: RemovedEnvironment[] = [];
  for (const env of gone) {
    const twin = unpaired.findIndex((a) => a.aws.accountId === env.aws.accountId && a.aws.region === env.aws.region);
    if (twin === -1) removed.push(describe(env));
    else renamed.push({ ...describe(env), to: unpaired.splice(twin, 1)[0]!.key });
  }
  return { added: unpaired.map((e) => e.key), removed, renamed };
}

/** Each removal or rename of a gated environment that the change does not acknowledge, as a reason to refuse it. */
export function unacknowledgedRemovals(changes: EnvironmentChanges): string[] {
  const acknowledge = (key: string) =>
    `if that is intended, acknowledge it in this pull request: in configs/project.yaml, acknowledgements.removedEnvironments: [{ key: ${key}, reason: <why> }]`;
  return [
    ...changes.removed
      .filter((e) => e.gated && !e.acknowledged)
      .map(
        (e) =>
          `environment ${e.key} is removed: LaunchDarkly deletes it with its SDK keys, targeting and approval settings, and every application using its SDK key stops being served; ${acknowledge(e.key)}`,
      ),
    ...changes.renamed
      .filter((e) => e.gated && !e.acknowledged)
      .map(
        (e) =>
          `environment ${e.key} is renamed to ${e.to}: LaunchDarkly keys environments by key, so this deletes ${e.key} with its SDK keys, targeting and approval settings, and creates ${e.to} with new ones; ${acknowledge(e.key)}`,
      ),
  ];
}
