import type { Pipeline } from "./model";
import { PLAN_STACKS_WORKFLOW, READER_TOKEN_SECRET } from "./names";
import type { Job, Workflow } from "./render";
import { RUNNER, script, steps } from "./steps";

function planJob(): Job {
  return {
    comment: "Every stack planned against what is live: any difference fails its job, with the plan in its summary.",
    permissions: { contents: "read", "id-token": "write" },
    uses: `./.github/workflows/${PLAN_STACKS_WORKFLOW}`,
    with: { purpose: "drift" },
    secrets: { [READER_TOKEN_SECRET]: `\${{ secrets.${READER_TOKEN_SECRET} }}` },
  };
}

function targetingJob(pipeline: Pipeline): Job {
  return {
    "runs-on": RUNNER,
    strategy: { "fail-fast": false, matrix: { env: pipeline.environments.map((e) => e.key) } },
    env: { LAUNCHDARKLY_ACCESS_TOKEN: `\${{ secrets.${READER_TOKEN_SECRET} }}`, ENVIRONMENT: "${{ matrix.env }}" },
    steps: [
      steps.checkout({ "persist-credentials": false }),
      steps.node(),
      {
        comment:
          "Exit 3: live AI Config targeting or experiments differ from the files; exit 1 (an error) wins over 3.",
        name: "Compare live targeting and experiments with the files",
        run: script(
          "status=0",
          'record() { if [ "$1" -ne 0 ] && [ "${status}" -ne 1 ]; then status=$1; fi; }',
          'npm run --silent aic -- targeting diff --env "${ENVIRONMENT}" > diff.txt || record $?',
          'npm run --silent aic -- experiments diff --env "${ENVIRONMENT}" >> diff.txt || record $?',
          "cat diff.txt",
          'if [ "${status}" -eq 3 ]; then',
          "  {",
          '    echo "## Targeting or experiment drift in \\`${ENVIRONMENT}\\`"',
          "    echo",
          '    grep -v "up to date" diff.txt || true',
          '  } >> "${GITHUB_STEP_SUMMARY}"',
          "fi",
          'exit "${status}"',
        ),
      },
    ],
  };
}

/** drift.yml: nightly, every stack planned against what is live, and live targeting compared with the files. */
export function driftWorkflow(pipeline: Pipeline): Workflow {
  return {
    about: [
      "Nightly: plan every stack against what is live; any difference is drift (someone changed LaunchDarkly or AWS",
      "outside the pipeline), shown in the run's summary and failing the run so that it is seen.",
    ],
    name: "drift",
    on: { schedule: [{ cron: "17 3 * * *" }], workflow_dispatch: {} },
    permissions: { contents: "read" },
    concurrency: { group: "drift", "cancel-in-progress": false },
    jobs: { plan: planJob(), targeting: targetingJob(pipeline) },
  };
}
