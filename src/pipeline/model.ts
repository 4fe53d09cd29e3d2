import { isGated, launchDarklyGate, type Catalog } from "../catalog";
import { githubName, planRoleVariable } from "./names";

/** A catalog that cannot be turned into workflows (two environments that GitHub would not tell apart). */
export class PipelineError extends Error {}

export interface PipelineStack {
  stack: string;
  /** The environment whose roles plan and apply it (its state access is granted to that environment's roles). */
  environment: string;
  planRoleVariable: string;
  region: string;
}

export interface PipelineEnvironment {
  key: string;
  /** The job that applies its stacks in apply.yml, and the name of its output in the gates job. */
  jobId: string;
  /** Waits for the reviewers of its GitHub environment. */
  gated: boolean;
  region: string;
  accountId: string;
  planRoleVariable: string;
  stacks: string[];
}

/** A sensitive Terraform variable that the pipeline supplies only to the job that applies it, never to a plan. */
export interface WithheldSecret {
  variable: string;
  /** The GitHub secret holding it, in the GitHub environment that applies the stack. */
  secret: string;
  what: string;
}

/** What the workflows are generated from: the catalog's environments in promotion order, with their gates. */
export interface Pipeline {
  repository: string;
  project: string;
  environments: PipelineEnvironment[];
  launchdarkly: PipelineStack & { jobId: string };
  /** Every stack but bootstrap, in apply order. */
  stacks: PipelineStack[];
  withheld: WithheldSecret[];
}

export const LAUNCHDARKLY_JOB = "apply-launchdarkly";
/** Job ids of apply.yml that no environment's job may take. */
const RESERVED_JOBS = new Set(["plan", "gates", "approve-removals", LAUNCHDARKLY_JOB]);

/** The pipeline a catalog declares. */
export function pipelineOf(catalog: Catalog): Pipeline {
  const names = new Map<string, string>();
  for (const env of catalog.environments) {
    const name = githubName(env.key);
    const other = names.get(name);
    if (other !== undefined)
      throw new PipelineError(
        `environments ${other} and ${env.key} would share the GitHub variable ${planRoleVariable(env.key)}: rename one`,
      );
    names.set(name, env.key);
  }
  const environments = catalog.environments.map((env): PipelineEnvironment => {
    const jobId = `apply-${env.key.replace(/\./g, "_")}`;
    if (RESERVED_JOBS.has(jobId))
      throw new PipelineError(
        `environment ${env.key} would take the job id ${jobId}, which apply.yml uses for something else: rename it`,
      );
    return {
      key: env.key,
      jobId,
      gated: isGated(env),
      region: env.aws.region,
      accountId: env.aws.accountId,
      planRoleVariable: planRoleVariable(env.key),
      stacks: [`ld-${env.key}`, `aws-${env.key}`],
    };
  });
  const gate = environments.find((e) => e.key === launchDarklyGate(catalog.environments))!;
  const stack = (name: string, env: PipelineEnvironment): PipelineStack => ({
    stack: name,
    environment: env.key,
    planRoleVariable: env.planRoleVariable,
    region: env.region,
  });
  const secret = catalog.auditLog?.secret;
  return {
    repository: catalog.github.repository,
    project: catalog.project.key,
    environments,
    launchdarkly: { ...stack("launchdarkly", gate), jobId: LAUNCHDARKLY_JOB },
    stacks: [stack("launchdarkly", gate), ...environments.flatMap((env) => env.stacks.map((s) => stack(s, env)))],
    withheld: secret
      ? [
          {
            variable: secret.variable,
            secret: githubName(secret.variable),
            what: `the ${catalog.auditLog!.integrationKey} audit-log export's ${secret.field}`,
          },
        ]
      : [],
  };
}
