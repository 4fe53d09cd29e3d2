import { z } from "zod";
import type { Catalog } from "../catalog";
import { pipelineOf } from "./model";
import type { PlanRecord } from "./plan-record";

/** What the gates read from `aic impact --format json`; anything missing counts as changed. */
export const impactForGatesSchema = z.object({
  stacks: z.record(z.string(), z.boolean()).optional(),
  environmentChanges: z
    .object({
      removed: z.array(z.object({ key: z.string(), gated: z.boolean() })).default([]),
      renamed: z.array(z.object({ key: z.string(), gated: z.boolean() })).default([]),
    })
    .optional(),
});

export type ImpactForGates = z.infer<typeof impactForGatesSchema>;

export interface GateDecision {
  /** Apply job id -> whether it runs (and, when gated, waits for its reviewers). */
  runs: Record<string, boolean>;
  /** Removed environments whose own reviewers must approve before anything applies. */
  approvals: string[];
  /** Reasons to apply nothing at all. */
  blockers: string[];
}

/**
 * Which apply jobs run. A job is skipped only when impact says explicitly that none of its stacks changed AND
 * the reviewed plan of every one of them says explicitly that applying it changes nothing; a missing record or
 * a missing answer counts as a change. Deleting a gated LaunchDarkly environment needs its own reviewers'
 * approval, and is refused outright unless configs/project.yaml acknowledges it: the plan, which sees what is
 * live, decides this even where the files' history does not show the removal (say, after a failed run).
 */
export function decideGates(
  catalog: Catalog,
  impact: ImpactForGates | undefined,
  records: ReadonlyMap<string, PlanRecord>,
): GateDecision {
  const pipeline = pipelineOf(catalog);
  const unchanged = (stack: string) => impact?.stacks?.[stack] === false && records.get(stack)?.changes === false;
  const runs: Record<string, boolean> = {
    [pipeline.launchdarkly.jobId]: !unchanged(pipeline.launchdarkly.stack),
    ...Object.fromEntries(pipeline.environments.map((env) => [env.jobId, !env.stacks.every(unchanged)])),
  };
  const acknowledged = new Set((catalog.acknowledgements?.removedEnvironments ?? []).map((a) => a.key));
  const removedByFiles = [
    ...(impact?.environmentChanges?.removed ?? []),
    ...(impact?.environmentChanges?.renamed ?? []),
  ];
  const removedByPlan = records.get(pipeline.launchdarkly.stack)?.removedEnvironments ?? [];
  const blockers = removedByPlan
    .filter((e) => e.gated && !acknowledged.has(e.key))
    .map(
      (e) =>
        `the plan of launchdarkly deletes the gated environment ${e.key}, and configs/project.yaml does not acknowledge it (acknowledgements.removedEnvironments)`,
    );
  const approvals = [...new Set([...removedByFiles, ...removedByPlan].filter((e) => e.gated).map((e) => e.key))].sort();
  return { runs, approvals, blockers };
}

/** The decision as `name=value` lines for $GITHUB_OUTPUT. */
export function gateOutputs(decision: GateDecision): string[] {
  return [
    ...Object.entries(decision.runs).map(([job, run]) => `${job}=${run}`),
    `approvals=${JSON.stringify(decision.approvals)}`,
  ];
}
