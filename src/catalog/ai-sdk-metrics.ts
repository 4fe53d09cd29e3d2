import type { Metric } from "./schema";

/**
 * Metrics on the events the LaunchDarkly AI SDK's tracker sends for every call (shared reference ld-provider.md
 * §7): always declared, so experiments can use them without anyone writing them down.
 */
export const BUILT_IN_AI_METRICS: readonly Metric[] = [
  {
    key: "ai-duration-p95",
    name: "AI duration (p95)",
    eventKey: "$ld:ai:duration:total",
    numeric: true,
    unit: "ms",
    aggregation: "average",
    percentile: 95,
    successCriterion: "LowerThanBaseline",
  },
  {
    key: "ai-tokens-total",
    name: "AI total tokens",
    eventKey: "$ld:ai:tokens:total",
    numeric: true,
    unit: "tokens",
    aggregation: "average",
    successCriterion: "LowerThanBaseline",
  },
  {
    key: "ai-generation-success",
    name: "AI generation success",
    eventKey: "$ld:ai:generation:success",
    numeric: false,
    successCriterion: "HigherThanBaseline",
  },
  {
    key: "ai-generation-error",
    name: "AI generation error",
    eventKey: "$ld:ai:generation:error",
    numeric: false,
    successCriterion: "LowerThanBaseline",
  },
  {
    key: "ai-feedback-positive",
    name: "AI positive feedback",
    eventKey: "$ld:ai:feedback:user:positive",
    numeric: false,
    successCriterion: "HigherThanBaseline",
  },
  {
    key: "ai-feedback-negative",
    name: "AI negative feedback",
    eventKey: "$ld:ai:feedback:user:negative",
    numeric: false,
    successCriterion: "LowerThanBaseline",
  },
];
