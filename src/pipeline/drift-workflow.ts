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

/** The branch the drift pull request comes from; the job never pushes anywhere else. */
export const DRIFT_BRANCH = "aic/drift";

/**
 * After the plans: `aic pull` for every environment, one commit each, and one pull request (opened, or updated
 * when it is already open) whose body is the `aic impact` of the change: merge it to keep the UI edit, close it
 * and the next apply restores the files.
 */
function pullRequestJob(pipeline: Pipeline): Job {
  const environments = pipeline.environments.map((e) => e.key).join(" ");
  return {
    comment:
      "Live AI Config state pulled into the files; a difference becomes one pull request from aic/drift, never a push to main.",
    needs: ["plan", "targeting"],
    if: "${{ !cancelled() }}",
    "runs-on": RUNNER,
    permissions: { contents: "write", "pull-requests": "write" },
    steps: [
      steps.checkout({ "persist-credentials": false }),
      steps.node(),
      {
        comment: "The reader token only here, where aic pull runs; aic masks it in anything it prints.",
        name: "Pull every environment into the files, one commit each",
        id: "pull",
        env: { LAUNCHDARKLY_ACCESS_TOKEN: `\${{ secrets.${READER_TOKEN_SECRET} }}` },
        run: script(
          'git config user.name "github-actions[bot]"',
          'git config user.email "41898282+github-actions[bot]@users.noreply.github.com"',
          'echo "base=$(git rev-parse HEAD)" >> "${GITHUB_OUTPUT}"',
          ": > drifted.txt",
          ": > not-pulled.txt",
          `for environment in ${environments}; do`,
          '  npm run --silent aic -- pull --env "${environment}" 2>> not-pulled.txt || { cat not-pulled.txt >&2; exit 1; }',
          '  if [ -n "$(git status --porcelain -- configs prompts)" ]; then',
          "    git add -A -- configs prompts",
          '    configs=$(git diff --cached --name-only | sed -n -e "s|^configs/ai-configs/\\(.*\\)\\.yaml$|\\1|p" -e "s|^prompts/\\([^/]*\\)/.*|\\1|p" | sort -u | paste -sd, -)',
          '    echo "${environment}: ${configs}" >> drifted.txt',
          '    git commit -qm "Pull ${environment} from LaunchDarkly: ${configs}"',
          "  fi",
          "done",
          'echo "changed=$([ -s drifted.txt ] && echo true || echo false)" >> "${GITHUB_OUTPUT}"',
        ),
      },
      {
        comment: "GITHUB_TOKEN only here: it pushes aic/drift and opens or updates the one pull request.",
        name: "Open or update the drift pull request",
        if: "steps.pull.outputs.changed == 'true'",
        env: { GH_TOKEN: "${{ github.token }}", BASE: "${{ steps.pull.outputs.base }}" },
        run: script(
          `title="Drift from LaunchDarkly: $(paste -sd';' drifted.txt | sed 's/;/; /g')"`,
          "{",
          '  npm run --silent aic -- impact --base "${BASE}" --format markdown',
          "  if [ -s not-pulled.txt ]; then",
          '    echo; echo "### Not pulled (the files cannot state it)"; echo',
          "    sed 's/^/- /' not-pulled.txt",
          "  fi",
          "  echo",
          '  echo "Merge to keep what was changed in LaunchDarkly; close to let the next apply restore the files."',
          "} > body.md",
          "gh auth setup-git",
          `git push --force origin "HEAD:refs/heads/${DRIFT_BRANCH}"`,
          `number=$(gh pr list --head ${DRIFT_BRANCH} --state open --json number --jq '.[0].number')`,
          'if [ -n "${number}" ]; then',
          '  gh pr edit "${number}" --title "${title}" --body-file body.md',
          "else",
          `  gh pr create --base main --head ${DRIFT_BRANCH} --title "\${title}" --body-file body.md`,
          "fi",
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
      "outside the pipeline), shown in the run's summary and failing the run so that it is seen. Then `aic pull` turns",
      "live AI Config edits into one pull request from aic/drift: merge it to keep them, or close it.",
    ],
    name: "drift",
    on: { schedule: [{ cron: "17 3 * * *" }], workflow_dispatch: {} },
    permissions: { contents: "read" },
    concurrency: { group: "drift", "cancel-in-progress": false },
    jobs: { plan: planJob(), targeting: targetingJob(pipeline), "pull-request": pullRequestJob(pipeline) },
  };
}
