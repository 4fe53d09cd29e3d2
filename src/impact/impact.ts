import type { ExperimentChange } from "../experiments/changes";
import type { EnvironmentChanges } from "./environment-changes";

/** What a change reaches, per environment and per stack: what `aic impact` reports and the gates read. */
export interface EnvironmentImpact {
  /** False only when nothing applied to this environment changes; gates treat anything else as reached. */
  reached: boolean;
  /** The environment is in the base only: LaunchDarkly deletes it. */
  removed?: boolean;
  /** Why, in words, one line per cause. */
  reasons: string[];
  /** Unified diffs of the messages (or agent instructions) as the SDK serves them, per variation served here. */
  prompts: Array<{ config: string; variation: string; diff: string }>;
  /** Model or parameter changes of variations served here. */
  models: Array<{ config: string; variation: string; before?: string; after?: string }>;
  /** Targeting changes in words, e.g. "fallthrough: friendly-v1 90%, friendly-v2 10% -> friendly-v1 50%, friendly-v2 50%". */
  targeting: Array<{ config: string; changes: string[] }>;
  /** Experiments started, stopped, created or changed, per AI Config. */
  experiments: Array<{ config: string; changes: ExperimentChange[] }>;
  /** Estimated USD per 1,000 requests of each AI Config whose cost changes here, weighted by its fallthrough. */
  cost: Array<{ config: string; before?: number; after?: number }>;
  /** For each AI Config that changes here, who gets each variation after the change, e.g. "beta-users and 10% of everyone else". */
  audiences: Array<{ config: string; variation: string; who: string }>;
}

export interface Impact {
  /** Every environment of the head, then those the change removes. */
  environments: Record<string, EnvironmentImpact>;
  /** Environments added, removed, or renamed (LaunchDarkly deletes the old key and creates the new one). */
  environmentChanges: EnvironmentChanges;
  /**
   * Per stack of either catalog: whether what the files declare for it changed. The apply workflow skips a stack
   * only when this says false and its plan shows no change.
   */
  stacks: Record<string, boolean>;
  /** Changes the pipeline cannot apply safely in one go; `aic impact` fails on them. */
  blockers: string[];
}
