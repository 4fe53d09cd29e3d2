/**
 * Names the workflows, the bootstrap stack's OIDC trust and the set-up list must agree on. A name here is the
 * one place it is spelt.
 */

export const WORKFLOW_DIR = ".github/workflows";

/** The reusable workflow that plans every stack: pull requests call it at main, and only it may assume plan roles. */
export const PLAN_STACKS_WORKFLOW = "plan-stacks.yml";
export const PLAN_WORKFLOW = "plan.yml";
/** The reusable workflow that runs `aic eval` for a pull request: only it may assume the eval role. */
export const EVALS_WORKFLOW = "evals.yml";
export const APPLY_WORKFLOW = "apply.yml";
export const DRIFT_WORKFLOW = "drift.yml";

/** The branch that is applied; its workflows are the only ones the roles trust. */
export const MAIN_BRANCH = "main";

/**
 * The repository's OIDC subject claim customization: `sub` becomes
 * `repo:<owner/name>:<context>:job_workflow_ref:<owner/name>/.github/workflows/<file>@<ref>`, so a role can trust one
 * workflow file at one ref, which the default subject cannot express.
 */
export const OIDC_SUBJECT_CLAIM_KEYS = ["repo", "context", "job_workflow_ref"] as const;

export const APPLY_ROLE_VARIABLE = "AWS_APPLY_ROLE";
export const DEPLOY_TOKEN_SECRET = "LAUNCHDARKLY_ACCESS_TOKEN";
export const READER_TOKEN_SECRET = "LAUNCHDARKLY_READER_TOKEN";

/** A GitHub variable or secret name for an environment or Terraform variable key: upper case, `_` for the rest. */
export function githubName(key: string): string {
  return key.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}

export const planRoleVariable = (environment: string) => `AWS_PLAN_ROLE_${githubName(environment)}`;

/** The IAM roles bootstrap creates per environment (constructs/aws/pipeline-roles.ts, constructs/aws/eval-role.ts). */
export const pipelineRoleName = (project: string, environment: string, kind: "plan" | "apply" | "eval") =>
  `${project}-${environment}-${kind}`;

/** The repository variable holding the role pull requests run `aic eval` under (bootstrap's output eval_role_arn). */
export const EVAL_ROLE_VARIABLE = "AWS_EVAL_ROLE";

/** The repository variable that caps what one pull request's evals may spend, in USD; DEFAULT_EVAL_MAX_COST_USD without it. */
export const EVAL_MAX_COST_VARIABLE = "AIC_EVAL_MAX_COST_USD";
export const DEFAULT_EVAL_MAX_COST_USD = 5;

/** The repository secret the evals of OpenAI models read, passed to evals.yml only. */
export const OPENAI_KEY_SECRET = "OPENAI_API_KEY";

const workflowRef = (repository: string, file: string) =>
  `${repository}/${WORKFLOW_DIR}/${file}@refs/heads/${MAIN_BRANCH}`;

/** OIDC subjects a plan role trusts: plan-stacks.yml as it is on main, called by a pull request or by main. */
export function planRoleSubjects(repository: string): string[] {
  const ref = `job_workflow_ref:${workflowRef(repository, PLAN_STACKS_WORKFLOW)}`;
  return [`repo:${repository}:pull_request:${ref}`, `repo:${repository}:ref:refs/heads/${MAIN_BRANCH}:${ref}`];
}

/**
 * OIDC subjects the eval role trusts: evals.yml as it is on main, called by a pull request. That job runs main's
 * code on the pull request's catalog (data), so a pull request that edits a workflow or the tool cannot assume it.
 */
export function evalRoleSubjects(repository: string): string[] {
  return [`repo:${repository}:pull_request:job_workflow_ref:${workflowRef(repository, EVALS_WORKFLOW)}`];
}

/** The OIDC subject an environment's apply role trusts: apply.yml on main, in a job bound to that GitHub environment. */
export function applyRoleSubject(repository: string, environment: string): string {
  // GitHub escapes ":" inside the context's value; environment keys cannot hold one.
  return `repo:${repository}:environment:${environment}:job_workflow_ref:${workflowRef(repository, APPLY_WORKFLOW)}`;
}
