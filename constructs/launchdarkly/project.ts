import { Construct } from "constructs";
import { Project, type ProjectEnvironments } from "./bindings";

/** One environment of the project, with the settings LaunchDarkly's UI enforces. */
export interface ProjectEnvironmentProps {
  /** The environment's key: renaming it recreates the environment with new SDK keys. */
  readonly key: string;
  /** The environment's name in LaunchDarkly. */
  readonly name: string;
  /** Its color in LaunchDarkly's UI, six hex digits. */
  readonly color: string;
  /** LaunchDarkly's critical-environment setting. */
  readonly critical: boolean;
  /** Changes made in the UI need a comment. */
  readonly requireComments: boolean;
  /** Changes made in the UI need a confirmation. */
  readonly confirmChanges: boolean;
  /** Approval settings for changes made in the UI. */
  readonly approvals: {
    readonly required: boolean;
    readonly minApprovals: number;
    readonly canReviewOwnRequest: boolean;
    readonly canApplyDeclinedChanges: boolean;
  };
}

export interface LaunchDarklyProjectProps {
  /** The project's key. */
  readonly key: string;
  /** The project's name in LaunchDarkly. */
  readonly name: string;
  /** Tags on the project and every environment. */
  readonly tags: readonly string[];
  /** Every environment: one missing here is deleted. */
  readonly environments: readonly ProjectEnvironmentProps[];
}

/**
 * The project and its environments. In provider v3 `environments` is an authoritative map keyed by environment
 * key: removing an entry deletes that environment, and renaming a key recreates it with new SDK keys.
 */
export class LaunchDarklyProject extends Construct {
  readonly resource: Project;
  /** A Terraform reference to the project key, so every dependent resource is ordered after the project. */
  readonly key: string;

  constructor(scope: Construct, id: string, props: LaunchDarklyProjectProps) {
    super(scope, id);
    const environments: Record<string, ProjectEnvironments> = {};
    for (const env of props.environments) {
      environments[env.key] = {
        key: env.key,
        name: env.name,
        color: env.color,
        critical: env.critical,
        requireComments: env.requireComments,
        confirmChanges: env.confirmChanges,
        tags: [...props.tags],
        approvalSettings: {
          required: env.approvals.required,
          minNumApprovals: env.approvals.minApprovals,
          canReviewOwnRequest: env.approvals.canReviewOwnRequest,
          canApplyDeclinedChanges: env.approvals.canApplyDeclinedChanges,
        },
      };
    }
    this.resource = new Project(this, "project", {
      key: props.key,
      name: props.name,
      tags: [...props.tags],
      environments,
    });
    // Read once: every attribute read creates a cdktf token, and cdktf records a stack trace for each.
    this.key = this.resource.key;
  }
}
