import type { Experiment } from "./schema";

/**
 * The traffic an experiment covers, in words: "the fallthrough" or "the rule "<description>"". The catalog's
 * rules and the experiments' change descriptions name it the same way.
 */
export function audienceName(experiment: Pick<Experiment, "rule">): string {
  return experiment.rule === undefined ? "the fallthrough" : `the rule "${experiment.rule}"`;
}
