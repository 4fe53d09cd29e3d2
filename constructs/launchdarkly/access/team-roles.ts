import { Construct } from "constructs";
import type { DeepReadonly, Team as CatalogTeam } from "../../../src/catalog";
import { CustomRole, Team } from "../bindings";
import { deployerPolicy, rolePolicy, type RolePolicy } from "./policy";

export interface TeamRolesProps {
  projectKey: string;
  teams: ReadonlyArray<DeepReadonly<CatalogTeam>>;
}

export const DEPLOYER_ROLE_KEY = "ci-deployer";

/**
 * One custom role per team from the access matrix, the teams holding them, and the pipeline's own role.
 * Team membership is left to LaunchDarkly (SSO/SCIM or the UI): `member_ids` is not managed here.
 */
export class TeamRoles extends Construct {
  /** Team key -> Terraform reference to it (read once: each read is a new cdktf token). */
  private readonly teams = new Map<string, string>();

  constructor(scope: Construct, id: string, props: TeamRolesProps) {
    super(scope, id);
    const project = props.projectKey;
    for (const team of props.teams) {
      const role = this.role(
        `${project}-${team.key}`,
        `${team.name} (${project})`,
        `Access of team ${team.key} to project ${project}, from configs/access.yaml.`,
        rolePolicy(project, team.access),
      );
      const resource = new Team(this, `team-${team.key}`, {
        key: team.key,
        name: team.name,
        description: team.description,
        customRoleKeys: [role.key],
      });
      this.teams.set(team.key, resource.key);
    }
    this.role(
      DEPLOYER_ROLE_KEY,
      "CI deployer",
      `What the pipeline's token may do to project ${project}.`,
      deployerPolicy(project),
    );
  }

  /** A Terraform reference to the team's key. */
  keyFor(team: string): string {
    const key = this.teams.get(team);
    if (!key) throw new Error(`team ${team} is not declared`);
    return key;
  }

  private role(key: string, name: string, description: string, policy: RolePolicy): CustomRole {
    return new CustomRole(this, `role-${key}`, {
      key,
      name,
      description,
      basePermissions: policy.basePermissions,
      policyStatements: policy.statements.map((s) => ({
        effect: s.effect,
        actions: s.actions,
        resources: s.resources,
      })),
    });
  }
}
