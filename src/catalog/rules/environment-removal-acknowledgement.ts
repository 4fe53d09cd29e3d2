import { defineRule } from "../context";

/**
 * An acknowledgement belongs to the one change that removes the environment. Once the environment is gone it is
 * only history, so a warning asks for its removal; an acknowledgement of an environment that is declared again
 * is an error, so a stale one can never wave through a later removal.
 */
export const environmentRemovalAcknowledgement = defineRule({
  id: "environment-removal-acknowledgement",
  summary:
    "An acknowledgement under acknowledgements.removedEnvironments names an environment that configs/project.yaml no longer declares, and is removed once the change is applied (a warning while it stays).",
  check(ctx, report) {
    const project = ctx.project;
    if (!project?.data.acknowledgements) return;
    const declared = new Set(project.data.environments.map((e) => e.key));
    project.data.acknowledgements.removedEnvironments.forEach((ack, i) => {
      const at = ["acknowledgements", "removedEnvironments", i, "key"];
      if (declared.has(ack.key)) {
        report.at(
          project,
          at,
          `acknowledges removing environment "${ack.key}", which environments still declares: remove this acknowledgement`,
        );
      } else {
        report.at(
          project,
          at,
          `acknowledges removing environment "${ack.key}": a one-off for the pull request that removes it; remove it once that change is applied`,
          { severity: "warning" },
        );
      }
    });
  },
});
