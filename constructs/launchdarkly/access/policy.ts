import {
  CAPABILITY_TABLE,
  EVERY_ENVIRONMENT_CAPABILITIES,
  type CapabilityName,
} from "../../../src/access/capabilities";

/** What a team may do in one environment: nothing, read, everything, or some capabilities. */
export type TeamAccessLevel = "none" | "read" | "full" | readonly CapabilityName[];

export interface PolicyStatement {
  effect: "allow";
  resources: string[];
  actions: string[];
}

export interface RolePolicy {
  /** Set explicitly: the provider defaults to reader while newer API versions default to no_access. */
  basePermissions: "reader" | "no_access";
  statements: PolicyStatement[];
}

const ALL_CAPABILITIES = Object.keys(CAPABILITY_TABLE) as CapabilityName[];

function capabilitiesOf(level: TeamAccessLevel): readonly CapabilityName[] {
  if (level === "full") return ALL_CAPABILITIES;
  if (level === "none" || level === "read") return [];
  return level;
}

/**
 * A team's role from its access level per environment. Only allow statements: LaunchDarkly lets an allow in one
 * role beat a deny in another, so a deny could never be relied on. Grants on the same resource are merged.
 */
export function rolePolicy(project: string, access: Readonly<Record<string, TeamAccessLevel>>): RolePolicy {
  const byResource = new Map<string, Set<string>>();
  const levels = Object.values(access);
  // A project-wide-only capability granted in one environment would reach every other: only when in all of them.
  const granted = (capability: CapabilityName) =>
    !EVERY_ENVIRONMENT_CAPABILITIES.includes(capability) ||
    levels.every((level) => capabilitiesOf(level).includes(capability));
  for (const [environment, level] of Object.entries(access)) {
    for (const capability of capabilitiesOf(level).filter(granted)) {
      for (const grant of CAPABILITY_TABLE[capability].grants) {
        const resource = grant.resource(project, environment);
        const actions = byResource.get(resource) ?? new Set<string>();
        grant.actions.forEach((a) => actions.add(a));
        byResource.set(resource, actions);
      }
    }
  }
  const statements = [...byResource.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([resource, actions]): PolicyStatement => ({
      effect: "allow",
      resources: [resource],
      actions: [...actions].sort(),
    }));
  const readsSomething = Object.values(access).some((level) => level !== "none");
  return { basePermissions: readsSomething ? "reader" : "no_access", statements };
}

/** The pipeline's own role: everything in the project it manages, and the account objects it declares. */
export function deployerPolicy(project: string): RolePolicy {
  const resources = [
    `proj/${project}`,
    `proj/${project}:env/*`,
    `proj/${project}:env/*:segment/*`,
    `proj/${project}:env/*:aiconfig/*`,
    `proj/${project}:env/*:experiment/*`,
    `proj/${project}:aiconfig/*`,
    `proj/${project}:ai-model-config/*`,
    `proj/${project}:ai-tool/*`,
    `proj/${project}:metric/*`,
    "role/*",
    "team/*",
    "integration/*",
  ];
  return { basePermissions: "reader", statements: [{ effect: "allow", resources, actions: ["*"] }] };
}
