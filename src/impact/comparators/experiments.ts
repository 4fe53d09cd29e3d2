import { experimentChanges } from "../../experiments/changes";
import type { ConfigComparator } from "./types";

/** Experiments started, stopped, created or changed here (a running one's conflicts are added by analyseImpact). */
export const experiments: ConfigComparator = ({ key, before, after }, { environment }) => {
  const changes = experimentChanges(before?.experiments[environment.key], after?.experiments[environment.key]);
  if (changes.length === 0) return {};
  return {
    experiments: [{ config: key, changes }],
    reasons: changes.map((e) => `experiment ${key}/${e.experiment}: ${e.change}`),
  };
};
