import { Construct } from "constructs";
import { CustomRole, Team } from "../bindings";
import { deployerPolicy, rolePolicy, type RolePolicy, type TeamAccessLevel } from "./policy";

/** One team of the access matrix. */
export interface TeamProps {
  /** The team's key in LaunchDarkly; AI Configs name it as their maintainer. */
  readonly key: string;
  /** The team's name. */
  readonly name: string;
  /** What the team does. */
  readonly description?: string;
  /** Environment key -> what the team may do there; its custom role grants exactly that. */
  readonly access: Readonly<Record<string, TeamAccessLevel>>;
}

export interface TeamRolesProps {
  /** The project the roles grant access to. */
  readonly projectKey: string;
  /** The teams, each with a custom role of its own. */
  readonly teams: readonly TeamProps[];
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
