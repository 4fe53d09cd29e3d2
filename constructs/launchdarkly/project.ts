import { Construct } from "constructs";
import type { DeepReadonly, Environment } from "../../src/catalog";
import { Project, type ProjectEnvironments } from "./bindings";

export interface LaunchDarklyProjectProps {
  key: string;
  name: string;
  tags: readonly string[];
  environments: ReadonlyArray<DeepReadonly<Environment>>;
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
