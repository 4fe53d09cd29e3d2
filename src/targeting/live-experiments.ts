/**
 * Experiments as LaunchDarkly's REST API represents them (models Experiment, IterationRep, TreatmentRep and
 * IterationInput in the published API description), reduced to what the experiment reconciler reads and sends.
 * They sit with the REST client that speaks them; src/experiments builds on both.
 */
export type IterationStatus = "not_started" | "running" | "stopped";

export interface LiveTreatment {
  /** The variation's ID in the AI Config. */
  _id?: string;
  name: string;
  /** A decimal string, e.g. "90". */
  allocationPercent: string;
  baseline?: boolean;
  parameters?: Array<{ flagKey?: string; variationId?: string }>;
}

export interface LiveIteration {
  _id?: string;
  hypothesis: string;
  status: IterationStatus;
  randomizationUnit?: string;
  /** Only with ?expand=treatments. */
  treatments?: LiveTreatment[];
  primarySingleMetric?: { key: string };
  primaryMetric?: { key: string };
  metrics?: Array<{ key: string }>;
  secondaryMetrics?: Array<{ key: string }>;
  /** Flag (AI Config) key -> the targeting it runs on: "fallthrough", or a rule with its description. */
  flags?: Record<string, { targetingRule?: string; targetingRuleDescription?: string }>;
  winningTreatmentId?: string;
}

export interface LiveExperiment {
  key: string;
  name: string;
  description?: string;
  methodology?: string;
  currentIteration?: LiveIteration;
  /** Only with ?expand=draftIteration: an iteration created but not started. */
  draftIteration?: LiveIteration;
}

export interface IterationInput {
  hypothesis: string;
  canReshuffleTraffic: boolean;
  randomizationUnit: string;
  primarySingleMetricKey: string;
  metrics: Array<{ key: string; isGroup: boolean }>;
  treatments: Array<{
    name: string;
    baseline: boolean;
    allocationPercent: string;
    parameters: Array<{ flagKey: string; variationId: string }>;
  }>;
  flags: Record<string, { ruleId: string; flagConfigVersion: number }>;
}

export interface ExperimentPost {
  key: string;
  name: string;
  description?: string;
  methodology: string;
  iteration: IterationInput;
}
