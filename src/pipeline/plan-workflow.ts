import type { Pipeline } from "./model";
import {
  EVALS_WORKFLOW,
  MAIN_BRANCH,
  OPENAI_KEY_SECRET,
  PLAN_STACKS_WORKFLOW,
  READER_TOKEN_SECRET,
  WORKFLOW_DIR,
} from "./names";
import type { Job, Workflow } from "./render";
import { RUNNER, script, steps } from "./steps";

function validateJob(): Job {
  return {
    "runs-on": RUNNER,
    steps: [
      steps.checkout({ "fetch-depth": 0, "persist-credentials": false }),
      steps.node(),
      {
        comment: "GITHUB_ACTIONS=true: every problem is also an annotation on the changed line.",
        run: "npm run aic -- validate",
      },
      {
        comment: "The catalog synthesizes and every file generated from it (docs, types, workflows) is current.",
        run: "npm run aic -- check",
      },
      {
        name: "Impact of this change",
        env: { BASE_REF: "${{ github.base_ref }}" },
        comment:
          "Exit 1 when the change cannot be applied safely in one go (a variation deleted while still served, a gated\nenvironment removed without an acknowledgement): the reason is in the log and at the top of impact.md.",
        run: script(
          "status=0",
          'npm run --silent aic -- impact --base "origin/${BASE_REF}" --format json > impact.json || status=$?',
          'npm run --silent aic -- impact --base "origin/${BASE_REF}" --format markdown > impact.md || status=$?',
          'exit "${status}"',
        ),
      },
      { if: "${{ !cancelled() }}", ...steps.upload("impact", "impact.*", 5) },
    ],
  };
}

function planJob(pipeline: Pipeline): Job {
  return {
    comment: `As it is on ${MAIN_BRANCH}, whatever this pull request changes: the plan roles trust nothing else.`,
    needs: "validate",
    permissions: { contents: "read", "id-token": "write" },
    uses: `${pipeline.repository}/${WORKFLOW_DIR}/${PLAN_STACKS_WORKFLOW}@${MAIN_BRANCH}`,
    with: { purpose: "pull-request" },
    secrets: { [READER_TOKEN_SECRET]: `\${{ secrets.${READER_TOKEN_SECRET} }}` },
  };
}

function evalsJob(pipeline: Pipeline): Job {
  return {
    comment: `As it is on ${MAIN_BRANCH}: only it may assume the eval role. A failing required case fails this check.`,
    needs: "validate",
    permissions: { contents: "read", "id-token": "write" },
    uses: `${pipeline.repository}/${WORKFLOW_DIR}/${EVALS_WORKFLOW}@${MAIN_BRANCH}`,
    with: { "base-ref": "${{ github.base_ref }}" },
    secrets: { [OPENAI_KEY_SECRET]: `\${{ secrets.${OPENAI_KEY_SECRET} }}` },
  };
}

function reportJob(pipeline: Pipeline): Job {
  // Terraform variable names are snake_case (the catalog's schema says so): safe in a script as they are.
  const withheld = pipeline.withheld.map((w) => ` --withheld ${w.variable}`).join("");
  return {
    needs: ["validate", "plan", "evals"],
    if: "always() && needs.validate.result == 'success'",
    "runs-on": RUNNER,
    permissions: { contents: "read", "pull-requests": "write" },
    steps: [
      steps.checkout({ "persist-credentials": false }),
      steps.node(),
      steps.download({ name: "impact", path: "impact" }),
      steps.download({ pattern: "plan-*", path: "reviewed" }),
      {
        comment: "Absent when the eval job stopped before writing its results: the comment then says so.",
        ...steps.download({ pattern: "evals", path: "evals" }),
      },
      {
        name: "Write the comment",
        env: { EVALS_RESULT: "${{ needs.evals.result }}" },
        run: script(
          'if [ -f evals/evals.json ]; then evals=(--evals evals/evals.json); else evals=(--evals-missing "the eval job ended: ${EVALS_RESULT}"); fi',
          `npm run --silent aic -- report --plans reviewed/plans --impact impact/impact.md --full report-full.md${withheld} "\${evals[@]}" > comment.md`,
        ),
      },
      steps.upload("report", "report-full.md", 5),
      {
        name: "Post or update the one comment",
        env: { GH_TOKEN: "${{ github.token }}", PR: "${{ github.event.pull_request.number }}" },
        run: script(
          `existing=$(gh api "repos/\${GITHUB_REPOSITORY}/issues/\${PR}/comments" --paginate --jq '.[] | select(.body | startswith("<!-- aic-report -->")) | .id' | head -n 1)`,
          'if [ -n "${existing}" ]; then',
          '  gh api --method PATCH "repos/${GITHUB_REPOSITORY}/issues/comments/${existing}" -F body=@comment.md > /dev/null',
          "else",
          '  gh api --method POST "repos/${GITHUB_REPOSITORY}/issues/${PR}/comments" -F body=@comment.md > /dev/null',
          "fi",
        ),
      },
    ],
  };
}

/** plan.yml: on every pull request, validate, plan every stack through plan-stacks.yml at main, and post one comment. */
export function planWorkflow(pipeline: Pipeline): Workflow {
  return {
    about: [
      "On every pull request: validate, plan every stack with read-only roles, and post one comment (impact first,",
      "then each stack's plan). Nothing here can change LaunchDarkly or AWS.",
    ],
    name: "plan",
    on: { pull_request: { branches: [MAIN_BRANCH] } },
    permissions: { contents: "read" },
    concurrency: { group: "plan-${{ github.event.pull_request.number }}", "cancel-in-progress": true },
    jobs: { validate: validateJob(), plan: planJob(pipeline), evals: evalsJob(pipeline), report: reportJob(pipeline) },
  };
}
