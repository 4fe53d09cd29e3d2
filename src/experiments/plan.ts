import type { IterationStatus, LiveExperiment, LiveIteration } from "../targeting/live-experiments";
import { declaredDesign, designChanges, FALLTHROUGH, type DeclaredExperiment, type Design } from "./declared";

/** One call the reconciler makes, in order. */
export type Step =
  | { kind: "create" }
  | { kind: "replaceDraftIteration"; changed: string[] }
  | { kind: "start" }
  | { kind: "stop"; winner?: string }
  | { kind: "rename" }
  | { kind: "describe" };

/** A declared state LaunchDarkly cannot move to without losing or restarting an iteration. */
export class ExperimentConflict extends Error {}

/** The iteration that decides the experiment's state: a running one, else a draft, else the last one. */
export function liveIteration(live: LiveExperiment | undefined): {
  status: IterationStatus | "absent";
  iteration?: LiveIteration;
} {
  if (!live) return { status: "absent" };
  if (live.currentIteration?.status === "running") return { status: "running", iteration: live.currentIteration };
  const iteration = live.draftIteration ?? live.currentIteration;
  return iteration ? { status: iteration.status, iteration } : { status: "absent" };
}

function liveDesign(iteration: LiveIteration, configKey: string): Design {
  const flag = iteration.flags?.[configKey];
  const primary = iteration.primarySingleMetric?.key ?? iteration.primaryMetric?.key ?? "";
  const metrics = (iteration.metrics ?? iteration.secondaryMetrics ?? [])
    .map((m) => m.key)
    .filter((key) => key !== primary);
  return {
    hypothesis: iteration.hypothesis,
    audience:
      !flag || flag.targetingRule === FALLTHROUGH
        ? FALLTHROUGH
        : (flag.targetingRuleDescription ?? flag.targetingRule ?? ""),
    randomizationUnit: iteration.randomizationUnit ?? "user",
    primaryMetric: primary,
    secondaryMetrics: metrics.sort(),
    treatments: (iteration.treatments ?? [])
      .map((t) => ({ variation: t.name, baseline: t.baseline === true, allocation: Number(t.allocationPercent) }))
      .sort((a, b) => a.variation.localeCompare(b.variation)),
  };
}

/**
 * The calls that bring one experiment to its declared state. States only move forward (draft, running,
 * stopped); a running iteration is never restarted: changing what it measures means stopping it and declaring
 * a new experiment. An unchanged experiment needs no call at all.
 */
export function planExperiment(declared: DeclaredExperiment, live: LiveExperiment | undefined): Step[] {
  const { experiment, config, environment } = declared;
  const name = `${config.key}/${experiment.key} in ${environment}`;
  const { status, iteration } = liveIteration(live);
  const changed = iteration ? designChanges(declaredDesign(experiment), liveDesign(iteration, config.key)) : [];
  const steps: Step[] = [];

  if (live?.methodology && live.methodology !== experiment.methodology) {
    throw new ExperimentConflict(
      `${name}: LaunchDarkly analyses it as ${live.methodology}, the files say ${experiment.methodology}; the methodology is fixed when an experiment is created: declare a new experiment`,
    );
  }
  if (live && live.name !== experiment.name) steps.push({ kind: "rename" });
  if (live && (live.description ?? "") !== (experiment.description ?? "")) steps.push({ kind: "describe" });

  const backwards = () =>
    new ExperimentConflict(
      `${name} is ${status.replace("_", " ")} in LaunchDarkly but ${experiment.state} in the files; an experiment's state only moves forward (draft, running, stopped)`,
    );
  switch (experiment.state) {
    case "draft":
      if (status === "absent") return [{ kind: "create" }];
      if (status !== "not_started") throw backwards();
      if (changed.length > 0) steps.push({ kind: "replaceDraftIteration", changed });
      return steps;
    case "running":
      if (status === "absent") return [{ kind: "create" }, { kind: "start" }];
      if (status === "stopped") {
        throw new ExperimentConflict(
          `${name} was stopped in LaunchDarkly; aic never restarts an experiment: declare a new experiment key to run it again`,
        );
      }
      if (status === "not_started") {
        if (changed.length > 0) steps.push({ kind: "replaceDraftIteration", changed });
        steps.push({ kind: "start" });
        return steps;
      }
      if (changed.length > 0) {
        throw new ExperimentConflict(
          `${name} is running, and its ${changed.join(", ")} changed; a running iteration is never restarted: set its state to stopped, and declare a new experiment for the new design`,
        );
      }
      return steps;
    case "stopped":
      if (status === "running") steps.push({ kind: "stop", winner: experiment.winner?.variation });
      return steps;
  }
}

/** A step in words, for the CLI and the plan. */
export function describeStep(step: Step): string {
  switch (step.kind) {
    case "create":
      return "create";
    case "replaceDraftIteration":
      return `replace the draft iteration (${step.changed.join(", ")})`;
    case "start":
      return "start";
    case "stop":
      return step.winner ? `stop (winner ${step.winner})` : "stop";
    case "rename":
      return "rename";
    case "describe":
      return "update the description";
  }
}
