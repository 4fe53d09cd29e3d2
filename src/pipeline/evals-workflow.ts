import type { Pipeline } from "./model";
import {
  DEFAULT_EVAL_MAX_COST_USD,
  EVAL_MAX_COST_VARIABLE,
  EVAL_ROLE_VARIABLE,
  MAIN_BRANCH,
  OPENAI_KEY_SECRET,
} from "./names";
import type { Job, Workflow } from "./render";
import { RUNNER, script, steps } from "./steps";

/** Where the pull request's commit is checked out: as data for main's tooling, never as code that runs. */
const CATALOG_DIR = "pull-request";

/**
 * Runs `aic eval --base` for a pull request: main's code, the pull request's catalog, the eval role (it may only
 * invoke the catalog's models in the first environment's account), and a cost cap.
 */
function evalJob(pipeline: Pipeline): Job {
  const first = pipeline.environments[0]!;
  return {
    comment: "Main's code evaluates the pull request's catalog: the eval role trusts this job alone.",
    "runs-on": RUNNER,
    permissions: { contents: "read", "id-token": "write" },
    env: {
      BASE_REF: "${{ inputs.base-ref }}",
      MAX_COST: `\${{ vars.${EVAL_MAX_COST_VARIABLE} || '${DEFAULT_EVAL_MAX_COST_USD}' }}`,
      [OPENAI_KEY_SECRET]: `\${{ secrets.${OPENAI_KEY_SECRET} }}`,
    },
    steps: [
      {
        comment: "The tooling, as it is on main.",
        ...steps.checkout({ ref: MAIN_BRANCH, "persist-credentials": false }),
      },
      {
        comment: "The pull request's commit, with history so that the base can be read from git: data only.",
        ...steps.checkout({
          ref: "${{ github.event.pull_request.head.sha }}",
          path: CATALOG_DIR,
          "fetch-depth": 0,
          "persist-credentials": false,
        }),
      },
      steps.node(),
      steps.awsRole(`\${{ vars.${EVAL_ROLE_VARIABLE} }}`, first.region),
      {
        name: "Evaluate what the change alters, base and head",
        comment:
          "Exit 1 on a failing required case or a pass rate under its threshold; the results are kept either way.",
        run: script(
          `npm run --silent aic -- eval --root ${CATALOG_DIR} --base "origin/\${BASE_REF}" --max-cost "\${MAX_COST}" --format json --out evals.json`,
        ),
      },
      {
        comment: "It holds the models' answers: kept briefly, like the plans.",
        if: "${{ !cancelled() }}",
        ...steps.upload("evals", "evals.json", 5, { "if-no-files-found": "ignore" }),
      },
    ],
  };
}

/** evals.yml: the one workflow that may assume the eval role, called by plan.yml at main. */
export function evalsWorkflow(pipeline: Pipeline): Workflow {
  return {
    about: [
      "Evaluates a pull request's prompts against the eval datasets (aic eval --base). Pull requests call it as it is",
      "on main; the eval role trusts only this file at main, and the pull request's commit is only read, never run.",
    ],
    name: "evals",
    on: {
      workflow_call: {
        inputs: {
          "base-ref": { description: "the branch the pull request merges into", type: "string", required: true },
        },
        secrets: { [OPENAI_KEY_SECRET]: { required: false } },
      },
    },
    permissions: { contents: "read" },
    jobs: { eval: evalJob(pipeline) },
  };
}
