import type { Catalog } from "../catalog";
import { applyWorkflow } from "./apply-workflow";
import { driftWorkflow } from "./drift-workflow";
import { pipelineOf } from "./model";
import { evalsWorkflow } from "./evals-workflow";
import {
  APPLY_WORKFLOW,
  DRIFT_WORKFLOW,
  EVALS_WORKFLOW,
  PLAN_STACKS_WORKFLOW,
  PLAN_WORKFLOW,
  WORKFLOW_DIR,
} from "./names";
import { planStacksWorkflow } from "./plan-stacks-workflow";
import { planWorkflow } from "./plan-workflow";
import { renderWorkflow } from "./render";
import { renderSetupList } from "./setup-list";

export { PipelineError, pipelineOf } from "./model";
export { renderSetupList, withSetupList, SETUP_BEGIN, SETUP_END } from "./setup-list";

/** The file (relative to the catalog root) the set-up list lives in. */
export const SETUP_LIST_FILE = "README.md";

/** Every workflow the catalog declares, by path relative to the repository root. */
export function renderWorkflows(catalog: Catalog): Record<string, string> {
  const pipeline = pipelineOf(catalog);
  const workflows = {
    [PLAN_WORKFLOW]: planWorkflow(pipeline),
    [PLAN_STACKS_WORKFLOW]: planStacksWorkflow(pipeline),
    [EVALS_WORKFLOW]: evalsWorkflow(pipeline),
    [APPLY_WORKFLOW]: applyWorkflow(pipeline),
    [DRIFT_WORKFLOW]: driftWorkflow(pipeline),
  };
  return Object.fromEntries(
    Object.entries(workflows).map(([file, workflow]) => [`${WORKFLOW_DIR}/${file}`, renderWorkflow(workflow)]),
  );
}

/** The README's GitHub set-up section for the catalog's workflows. */
export function renderSetup(catalog: Catalog): string {
  return renderSetupList(pipelineOf(catalog));
}
