import type { Pipeline } from "./model";
import { MAIN_BRANCH, READER_TOKEN_SECRET } from "./names";
import type { Job, Workflow } from "./render";
import { RUNNER, script, steps } from "./steps";

/** Stand-in value of a withheld secret in plans: Terraform ignores that attribute after creation (decision 9). */
export const WITHHELD_VALUE = "withheld-from-plans";

/** Synthesizes the caller's commit in a job without credentials: a pull request's code runs here, and only here. */
function synthJob(): Job {
  return {
    comment: "The caller's commit (a pull request's code) runs here, without credentials or secrets.",
    "runs-on": RUNNER,
    steps: [
      steps.checkout({ "persist-credentials": false }),
      steps.node(),
      { run: "npm run synth" },
      steps.upload("stacks", "cdktf.out/stacks/*/cdk.tf.json", 1),
    ],
  };
}

/**
 * Plans one stack per matrix leg with its read-only role. The code that runs here is main's (for a pull request)
 * or the commit's own (on main); the stack it plans is data, vetted before any credential exists.
 */
function planJob(pipeline: Pipeline): Job {
  const withheld = Object.fromEntries(pipeline.withheld.map((w) => [`TF_VAR_${w.variable}`, WITHHELD_VALUE]));
  return {
    comment:
      "Code from main (for a pull request) or from the commit itself (on main): the plan roles trust this job alone.",
    needs: "synth",
    "runs-on": RUNNER,
    permissions: { contents: "read", "id-token": "write" },
    strategy: {
      "fail-fast": false,
      matrix: { include: pipeline.stacks.map((s) => ({ stack: s.stack, role: s.planRoleVariable, region: s.region })) },
    },
    env: {
      STACK: "${{ matrix.stack }}",
      PURPOSE: "${{ inputs.purpose }}",
      // A reader token: plans read LaunchDarkly, they never write to it.
      LAUNCHDARKLY_ACCESS_TOKEN: `\${{ secrets.${READER_TOKEN_SECRET} }}`,
      ...withheld,
    },
    steps: [
      {
        comment: "A pull request's own code never runs in this job: the tooling is main's.",
        ...steps.checkout({
          ref: `\${{ github.event_name == 'pull_request' && '${MAIN_BRANCH}' || github.sha }}`,
          "persist-credentials": false,
        }),
      },
      steps.node(),
      steps.download({ name: "stacks", path: "${{ runner.temp }}/stacks" }),
      {
        name: "Check the stack holds nothing a plan must not run",
        run: script(
          'npm run --silent aic -- vet-stack --stack "${STACK}" "${RUNNER_TEMP}/stacks/${STACK}/cdk.tf.json"',
        ),
      },
      steps.terraform("${{ vars[matrix.role] }}", "${{ matrix.region }}"),
      {
        name: "terraform plan",
        run: script(
          'dir="${RUNNER_TEMP}/stacks/${STACK}"',
          'trap \'rm -f "${RUNNER_TEMP}/plan.json" "${dir}/tfplan"\' EXIT',
          "mkdir -p plans records",
          'terraform -chdir="${dir}" init -input=false',
          "status=0",
          'terraform -chdir="${dir}" plan -input=false -lock-timeout=5m -detailed-exitcode -out=tfplan || status=$?',
          'if [ "${status}" -eq 1 ]; then exit 1; fi',
          "# terraform show -json writes sensitive values in plain text: that file never leaves this job. What is kept",
          "# passes through redact-plan; the record holds the digest that apply compares its own plan with.",
          'terraform -chdir="${dir}" show -json tfplan > "${RUNNER_TEMP}/plan.json"',
          'npm run --silent aic -- redact-plan "${RUNNER_TEMP}/plan.json" > "plans/${STACK}.json"',
          'npm run --silent aic -- plan-record --stack "${STACK}" --commit "${GITHUB_SHA}" "${RUNNER_TEMP}/plan.json" > "records/${STACK}.json"',
          'npm run --silent aic -- report --plans plans --stack "${STACK}" >> "${GITHUB_STEP_SUMMARY}"',
          'if [ "${PURPOSE}" = drift ] && [ "${status}" -eq 2 ]; then',
          '  echo "::error::${STACK} differs from what is live: its plan is in this job\'s summary"',
          "  exit 1",
          "fi",
        ),
      },
      {
        name: "Committed LaunchDarkly schema matches the provider",
        if: "matrix.stack == 'launchdarkly'",
        run: script(
          'terraform -chdir="${RUNNER_TEMP}/stacks/${STACK}" providers schema -json > "${RUNNER_TEMP}/provider-schema.json"',
          'npm run --silent check-provider-schema -- "${RUNNER_TEMP}/provider-schema.json"',
        ),
      },
      {
        comment: "Redacted above; still kept briefly, since a plan shows the whole configuration.",
        ...steps.upload(
          "plan-${{ matrix.stack }}",
          "plans/${{ matrix.stack }}.json\nrecords/${{ matrix.stack }}.json",
          5,
        ),
      },
    ],
  };
}

/** plan-stacks.yml: the one workflow that may assume the plan roles, called by plan.yml, apply.yml and drift.yml. */
export function planStacksWorkflow(pipeline: Pipeline): Workflow {
  return {
    about: [
      "Plans every stack. Pull requests call it as it is on main; apply.yml and drift.yml call it on main. The plan",
      "roles trust only this file at main (its job_workflow_ref in the OIDC subject), so a pull request that edits",
      "any workflow cannot assume them, and its code runs only in the synth job, which has no credentials.",
    ],
    name: "plan-stacks",
    on: {
      workflow_call: {
        inputs: {
          purpose: {
            description: "pull-request, merge or drift (drift fails on any difference)",
            type: "string",
            required: true,
          },
        },
        secrets: { [READER_TOKEN_SECRET]: { required: true } },
      },
    },
    permissions: { contents: "read" },
    jobs: { synth: synthJob(), plan: planJob(pipeline) },
  };
}
