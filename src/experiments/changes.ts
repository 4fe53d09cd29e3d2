import type { DeepReadonly, Experiment } from "../catalog";
import { audienceName } from "../catalog/audience";
import { declaredDesign, describeTreatments, designChanges } from "./declared";

type Declared = DeepReadonly<Experiment>;

/** An experiment's change between two catalogs, in words, for `aic impact` and the pull-request comment. */
export interface ExperimentChange {
  experiment: string;
  /** e.g. "starts", "stops (winner friendly-v2: ...)", "created as a draft". */
  change: string;
  /** Treatments, metrics and audience as the head declares them (the base's when it was removed). */
  details: string[];
}

/** Treatments, metrics and hypothesis, one line each. */
export function experimentDetails(experiment: Declared): string[] {
  const secondary =
    experiment.secondaryMetrics.length > 0 ? `; secondary: ${experiment.secondaryMetrics.join(", ")}` : "";
  return [
    `on ${audienceName(experiment)}: ${describeTreatments(experiment)}`,
    `primary metric: ${experiment.primaryMetric}${secondary}`,
    `hypothesis: ${experiment.hypothesis}`,
  ];
}

function stateChange(before: Declared | undefined, after: Declared): string | undefined {
  const was = before?.state;
  const winner = after.winner ? ` (winner ${after.winner.variation}: ${after.winner.reason})` : "";
  if (was === after.state) return undefined;
  switch (after.state) {
    case "draft":
      return was === undefined
        ? "created as a draft (not started)"
        : `set back to draft from ${was}: will be refused, states only move forward`;
    case "running":
      return was === "stopped"
        ? "set back to running from stopped: will be refused, a stopped experiment is never restarted"
        : "starts";
    case "stopped":
      return was === "running"
        ? `stops${winner}`
        : was === "draft"
          ? "stopped before it ran"
          : "declared stopped (never started)";
  }
}

/** Compares the experiments one AI Config declares for one environment in two catalogs. */
export function experimentChanges(
  before: readonly Declared[] = [],
  after: readonly Declared[] = [],
): ExperimentChange[] {
  const changes: ExperimentChange[] = [];
  for (const experiment of after) {
    const old = before.find((e) => e.key === experiment.key);
    const words: string[] = [];
    const state = stateChange(old, experiment);
    if (state) words.push(state);
    const changed = old ? designChanges(declaredDesign(old), declaredDesign(experiment)) : [];
    if (changed.length > 0) {
      const running = old!.state === "running" && experiment.state === "running";
      words.push(
        `${changed.join(", ")} changed${running ? ": will be refused while it runs (stop it and declare a new experiment)" : ""}`,
      );
    }
    if (old && (old.name !== experiment.name || old.description !== experiment.description))
      words.push("renamed or redescribed");
    if (words.length > 0)
      changes.push({ experiment: experiment.key, change: words.join("; "), details: experimentDetails(experiment) });
  }
  for (const old of before) {
    if (!after.some((e) => e.key === old.key))
      changes.push({
        experiment: old.key,
        change: "no longer declared: LaunchDarkly keeps it and its results",
        details: experimentDetails(old),
      });
  }
  return changes;
}
