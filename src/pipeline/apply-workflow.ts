import type { Pipeline, PipelineEnvironment } from "./model";
import {
  APPLY_ROLE_VARIABLE,
  DEPLOY_TOKEN_SECRET,
  MAIN_BRANCH,
  PLAN_STACKS_WORKFLOW,
  READER_TOKEN_SECRET,
} from "./names";
import type { Job, Step, Workflow } from "./render";
import { RUNNER, script, steps } from "./steps";

/** The plans reviewers see, from the merged commit, through the same reusable workflow pull requests use. */
function planJob(): Job {
  return {
    comment: "One job per stack plans the merged commit; each job's summary shows its plan (aic report).",
    permissions: { contents: "read", "id-token": "write" },
    uses: `./.github/workflows/${PLAN_STACKS_WORKFLOW}`,
    with: { purpose: "merge" },
    secrets: { [READER_TOKEN_SECRET]: `\${{ secrets.${READER_TOKEN_SECRET} }}` },
  };
}

/**
 * Decides, from the impact and the reviewed plans, which apply jobs run and whose approval removals need. It
 * fails (and nothing applies) on any blocker: impact's, or a plan that deletes a gated environment unacknowledged.
 */
function gatesJob(pipeline: Pipeline): Job {
  const jobs = [pipeline.launchdarkly.jobId, ...pipeline.environments.map((e) => e.jobId)];
  return {
    comment: [
      "Which apply jobs run: a job is skipped only when impact says explicitly that none of its stacks changed and",
      "every one of its reviewed plans shows no change. Its summary is what reviewers read before they approve.",
    ].join("\n"),
    needs: "plan",
    if: "${{ !cancelled() }}",
    "runs-on": RUNNER,
    outputs: Object.fromEntries([...jobs, "approvals"].map((name) => [name, `\${{ steps.gates.outputs.${name} }}`])),
    steps: [
      steps.checkout({ "fetch-depth": 0, "persist-credentials": false }),
      steps.node(),
      steps.download({ pattern: "plan-*", path: "reviewed" }),
      {
        id: "gates",
        env: { BEFORE: "${{ github.event.before }}" },
        run: script(
          "status=0",
          'npm run --silent aic -- impact --base "${BEFORE}" --format markdown > impact.md || status=$?',
          'npm run --silent aic -- impact --base "${BEFORE}" --format json > impact.json || status=$?',
          'if [ "${status}" -ne 0 ]; then cat impact.md >> "${GITHUB_STEP_SUMMARY}"; exit "${status}"; fi',
          'npm run --silent aic -- report --plans reviewed/plans --impact impact.md >> "${GITHUB_STEP_SUMMARY}"',
          'npm run --silent aic -- gates --impact impact.json --records reviewed/records >> "${GITHUB_OUTPUT}"',
        ),
      },
    ],
  };
}

/**
 * Removing an environment waits for that environment's own reviewers too, although no job applies under it any
 * more: an approval only, no credentials.
 */
function approveRemovalsJob(): Job {
  return {
    comment: "Deleting an environment in LaunchDarkly waits for its own reviewers, before anything applies.",
    needs: "gates",
    if: "${{ needs.gates.outputs.approvals != '[]' }}",
    "runs-on": RUNNER,
    strategy: { matrix: { environment: "${{ fromJSON(needs.gates.outputs.approvals) }}" } },
    environment: "${{ matrix.environment }}",
    steps: [
      {
        env: { ENVIRONMENT: "${{ matrix.environment }}" },
        run: script('echo "The reviewers of ${ENVIRONMENT} approved deleting it in LaunchDarkly."'),
      },
    ],
  };
}

/**
 * Plans each stack again after the approval and applies that saved plan, only if it is the plan reviewers saw:
 * the same commit, and the same changes (its record's digest). The saved plan never leaves the job.
 */
const APPLY_SCRIPT = script(
  "trap 'rm -f \"${RUNNER_TEMP}/plan.json\"' EXIT",
  "# Only main's newest commit is applied: an older run's approval never applies what a newer commit replaced.",
  `tip=$(gh api "repos/\${GITHUB_REPOSITORY}/commits/${MAIN_BRANCH}" --jq .sha)`,
  'if [ "${tip}" != "${GITHUB_SHA}" ]; then',
  `  echo "::error::${MAIN_BRANCH} has moved on to \${tip}: the run of that commit applies this change too. Nothing was applied here."`,
  "  exit 1",
  "fi",
  "for stack in ${STACKS}; do",
  '  dir="cdktf.out/stacks/${stack}"',
  '  reviewed="reviewed/records/${stack}.json"',
  '  if [ ! -f "${reviewed}" ]; then',
  '    echo "::error::no reviewed plan of ${stack} in this run (its plan job failed): re-run all jobs of this workflow"',
  "    exit 1",
  "  fi",
  '  terraform -chdir="${dir}" init -input=false',
  '  terraform -chdir="${dir}" plan -input=false -lock-timeout=5m -out=tfplan',
  '  terraform -chdir="${dir}" show -json tfplan > "${RUNNER_TEMP}/plan.json"',
  '  npm run --silent aic -- plan-record --stack "${stack}" --commit "${GITHUB_SHA}" --reviewed "${reviewed}" "${RUNNER_TEMP}/plan.json" > /dev/null',
  '  rm -f "${RUNNER_TEMP}/plan.json"',
  '  if ! terraform -chdir="${dir}" apply -input=false -lock-timeout=5m tfplan; then',
  '    echo "::error::the saved plan of ${stack} was not applied. If Terraform says it is stale, the state changed since it was made: re-run all jobs of this workflow, so that reviewers see and approve a new plan"',
  "    exit 1",
  "  fi",
  "done",
);

function applyJob(options: {
  id: string;
  name: string;
  environment: string;
  stacks: string[];
  region: string;
  needs: string[];
  env: Record<string, string>;
  comment: string;
}): Job {
  const download: Step[] = options.stacks.map((stack) => steps.download({ name: `plan-${stack}`, path: "reviewed" }));
  return {
    comment: options.comment,
    name: options.name,
    needs: ["gates", ...options.needs],
    if: `\${{ !failure() && !cancelled() && needs.gates.outputs.${options.id} != 'false' }}`,
    "runs-on": RUNNER,
    environment: options.environment,
    permissions: { contents: "read", "id-token": "write" },
    concurrency: { group: options.id, "cancel-in-progress": false },
    env: {
      STACKS: options.stacks.join(" "),
      GH_TOKEN: "${{ github.token }}",
      [DEPLOY_TOKEN_SECRET]: `\${{ secrets.${DEPLOY_TOKEN_SECRET} }}`,
      ...options.env,
    },
    steps: [
      steps.checkout({ "persist-credentials": false }),
      steps.node(),
      { run: "npm run synth" },
      ...download,
      steps.terraform(`\${{ vars.${APPLY_ROLE_VARIABLE} }}`, options.region),
      { name: `Apply the reviewed plan${options.stacks.length > 1 ? "s" : ""}`, run: APPLY_SCRIPT },
    ],
  };
}

function environmentJob(env: PipelineEnvironment, previous: string): Job {
  return applyJob({
    id: env.jobId,
    name: `apply ${env.key}`,
    environment: env.key,
    stacks: env.stacks,
    region: env.region,
    needs: [previous],
    env: {},
    comment: env.gated
      ? `Required reviewers on the GitHub environment "${env.key}": the job waits here until someone other than the author approves.`
      : `The GitHub environment "${env.key}" holds its apply role and token; no reviewers.`,
  });
}

/** apply.yml: on merge, plan every stack, then apply in promotion order, each gated stack after its reviewers. */
export function applyWorkflow(pipeline: Pipeline): Workflow {
  const ld = pipeline.launchdarkly;
  const jobs: Record<string, Job> = {
    plan: planJob(),
    gates: gatesJob(pipeline),
    "approve-removals": approveRemovalsJob(),
    [ld.jobId]: applyJob({
      id: ld.jobId,
      name: "apply launchdarkly",
      environment: ld.environment,
      stacks: [ld.stack],
      region: ld.region,
      needs: ["approve-removals"],
      env: Object.fromEntries(pipeline.withheld.map((w) => [`TF_VAR_${w.variable}`, `\${{ secrets.${w.secret} }}`])),
      comment: `Project-wide: applied first (create before retarget), under ${ld.environment}'s reviewers, who guard what every environment shares.`,
    }),
  };
  let previous = ld.jobId;
  for (const env of pipeline.environments) {
    jobs[env.jobId] = environmentJob(env, previous);
    previous = env.jobId;
  }
  const gated = pipeline.environments.filter((e) => e.gated).map((e) => e.key);
  return {
    about: [
      `On merge to ${MAIN_BRANCH}: every stack is planned from the merged commit, then applied in promotion order:`,
      `${pipeline.environments.map((e) => e.key).join(", ")}. Gated (they wait for their GitHub environment's reviewers): ${gated.join(", ") || "none"};`,
      `the launchdarkly stack waits for ${ld.environment}'s. Each job applies a saved plan only if it is the plan that`,
      "was reviewed. A newer push waits for the run in progress; an apply is never cancelled.",
    ],
    name: "apply",
    on: { push: { branches: [MAIN_BRANCH] } },
    permissions: { contents: "read" },
    concurrency: { group: "apply-main", "cancel-in-progress": false },
    jobs,
  };
}
