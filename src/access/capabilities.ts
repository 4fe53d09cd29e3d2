/**
 * The one table from access-matrix capabilities to LaunchDarkly custom-role actions and resource specifiers.
 * docs/access.md is rendered from it (`aic docs`). The approval actions sit on `proj/P:aiconfig/*`, the only
 * resource LaunchDarkly's role-actions page lists them on; `updateAIConfigTargeting` appears in no official text.
 * `aic verify-live` creates a role from every grant here and reads back which actions LaunchDarkly kept
 * (docs/decisions/0010-assumptions-verify-live.md).
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

/** Whether LaunchDarkly limits the grant to the environment it is given in, or applies it to the whole project. */
export const grantScope = (grant: Grant): "environment" | "project" =>
  grant.resource("P", "E").includes(":env/E") ? "environment" : "project";

/** Approval requests exist only project-wide for AI Configs (role-actions page: `proj/*:aiconfig/*`). */
const REQUEST_APPROVAL = ["createApprovalRequest", "updateApprovalRequest", "deleteApprovalRequest"] as const;

const aiConfigs = (p: string) => `proj/${p}:aiconfig/*`;
const envAiConfigs = (p: string, e: string) => `proj/${p}:env/${e}:aiconfig/*`;

export const CAPABILITY_TABLE = {
  editPrompts: {
    description: "Edit the prompts (messages, instructions) of existing AI Config variations.",
    projectWide: true,
    grants: [
      {
        resource: aiConfigs,
        actions: ["updateAIConfigVariation", ...REQUEST_APPROVAL],
        note: "variations are shared by every environment; approval requests are project-wide in LaunchDarkly",
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
        actions: ["updateAIConfigTargeting"],
        note: "targeting is per environment (an action name no official text confirms; aic verify-live checks it)",
      },
      {
        resource: aiConfigs,
        actions: [...REQUEST_APPROVAL, "applyApprovalRequest"],
        note: "approval requests are project-wide in LaunchDarkly; each environment's approval settings decide whether a change needs one, and a request can only be applied once approved",
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
    description:
      "Review approval requests for AI Config changes. LaunchDarkly grants approval review for the whole project only, so a team's role holds it only when the team has reviewApprovals (or full) in every environment; `aic validate` warns when the matrix asks for it in some environments only.",
    grants: [
      {
        resource: aiConfigs,
        actions: ["reviewApprovalRequest"],
        note: "LaunchDarkly lists approval review on proj/*:aiconfig/* only: it covers every environment",
      },
    ],
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

/**
 * Capabilities whose LaunchDarkly actions exist only project-wide while the matrix grants per environment: a
 * team's role holds one only when the team has it in every environment (`full` included), since granting it for
 * one environment would grant it for all. Approval review: LaunchDarkly's role-actions page lists
 * reviewApprovalRequest on `proj/*:aiconfig/*` only. The team roles and the validate rule that warns read it here.
 */
export const EVERY_ENVIRONMENT_CAPABILITIES: readonly CapabilityName[] = ["reviewApprovals"];

/** Actions that change something; used by tests and docs to tell read from write. */
export function isWriteAction(action: string): boolean {
  return !/^(view|get|list|read)/.test(action);
}
