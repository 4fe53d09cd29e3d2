/**
 * The one table from access-matrix capabilities to LaunchDarkly custom-role actions and resource specifiers.
 * docs/access.md is rendered from it (`aic docs`). Action names marked "unverified" in the shared reference
 * (ld-provider.md §5) are the ones LaunchDarkly's own tooling uses; check them against the role-actions page
 * when LaunchDarkly publishes the full AgentControl list.
 */

/** `P` is the project key, `E` the environment key. */
export interface Grant {
  resource: (project: string, environment: string) => string;
  actions: readonly string[];
  /** Why this grant exists, for docs/access.md. */
  note: string;
}

export interface CapabilityDefinition {
  description: string;
  /** True when the grant cannot be limited to one environment in LaunchDarkly (variations are project-wide). */
  projectWide?: boolean;
  grants: readonly Grant[];
}

const aiConfigs = (p: string) => `proj/${p}:aiconfig/*`;
const envAiConfigs = (p: string, e: string) => `proj/${p}:env/${e}:aiconfig/*`;

export const CAPABILITY_TABLE = {
  editPrompts: {
    description: "Edit the prompts (messages, instructions) of existing AI Config variations.",
    projectWide: true,
    grants: [
      { resource: aiConfigs, actions: ["updateAIConfigVariation"], note: "variations are shared by every environment" },
      {
        resource: envAiConfigs,
        actions: ["createApprovalRequest", "updateApprovalRequest", "deleteApprovalRequest"],
        note: "request approval in this environment",
      },
    ],
  },
  changeModel: {
    description: "Create and retire model configs and switch a variation's model (cost impact).",
    projectWide: true,
    grants: [
      {
        resource: (p) => `proj/${p}:ai-model-config/*`,
        actions: ["createAIModelConfig", "deleteAIModelConfig"],
        note: "model configs are project-wide",
      },
      { resource: aiConfigs, actions: ["updateAIConfigVariation"], note: "a model switch is a variation update" },
    ],
  },
  manageTargeting: {
    description: "Change who is served which variation in this environment (rules, rollouts, fallthrough).",
    grants: [
      {
        resource: envAiConfigs,
        actions: [
          "updateAIConfigTargeting",
          "createApprovalRequest",
          "updateApprovalRequest",
          "deleteApprovalRequest",
          "applyApprovalRequest",
        ],
        note: "targeting is per environment",
      },
    ],
  },
  manageSegments: {
    description: "Edit the segments of this environment.",
    grants: [
      {
        resource: (p, e) => `proj/${p}:env/${e}:segment/*`,
        actions: [
          "createSegment",
          "deleteSegment",
          "updateName",
          "updateDescription",
          "updateTags",
          "updateIncluded",
          "updateExcluded",
          "updateRules",
        ],
        note: "segments live in one environment",
      },
    ],
  },
  runExperiments: {
    description: "Create, start and stop experiments in this environment, with their metrics.",
    grants: [
      {
        resource: (p, e) => `proj/${p}:env/${e}:experiment/*`,
        actions: ["createExperiment", "updateExperiment"],
        note: "experiments run in one environment",
      },
      {
        resource: (p) => `proj/${p}:metric/*`,
        actions: ["createMetric", "updateMetric"],
        note: "metrics are project-wide",
      },
    ],
  },
  reviewApprovals: {
    description: "Review approval requests for AI Config changes in this environment.",
    grants: [{ resource: envAiConfigs, actions: ["reviewApprovalRequest"], note: "reviews are per environment" }],
  },
  viewMetrics: {
    description:
      "See AI Config metrics and dashboards: covered by the reader base role in LaunchDarkly, and by the CloudWatch dashboard in AWS.",
    grants: [],
  },
  manageAlerts: {
    description:
      "Change alert thresholds: an AWS-side capability (configs/observability.yaml through the pipeline); no LaunchDarkly action.",
    grants: [],
  },
} as const satisfies Record<string, CapabilityDefinition>;

/** A capability a team may be given in an environment: a row of the table. */
export type CapabilityName = keyof typeof CAPABILITY_TABLE;

/** Actions that change something; used by tests and docs to tell read from write. */
export function isWriteAction(action: string): boolean {
  return !/^(view|get|list|read)/.test(action);
}
