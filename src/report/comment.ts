import { actionOf, changedAttributes, LOUD_TYPES, type Action, type Plan, type ResourceChange } from "./plan";

/** GitHub refuses comments over 65,536 characters; leave room for the workflow's own framing. */
export const COMMENT_LIMIT = 60_000;

const VERB: Record<Action, string> = { create: "create", update: "update", replace: "REPLACE", delete: "DESTROY" };

/**
 * What a `terraform_data` of an ld-<env> stack stands for: its input names the AI Config or experiment and the
 * environment whose reconciler it runs (keys only; the files it comes from hold no secret).
 */
function reconciled(change: ResourceChange): string | undefined {
  if (change.type !== "terraform_data") return undefined;
  const input = (
    (change.change.after ?? change.change.before) as { input?: { subject?: unknown; environment?: unknown } } | null
  )?.input;
  return typeof input?.subject === "string" && typeof input.environment === "string"
    ? `runs the reconciler for ${input.subject} in ${input.environment}`
    : undefined;
}

/** One stack's section: counts, loud warnings, then every changed resource in words. */
export function renderStackSection(stack: string, plan: Plan): string {
  const changes = plan.resource_changes
    .map((c) => ({ change: c, action: actionOf(c) }))
    .filter((c) => c.action !== undefined) as Array<{ change: Plan["resource_changes"][number]; action: Action }>;
  const count = (action: Action) => changes.filter((c) => c.action === action).length;
  const lines = [
    `### \`${stack}\`: ${count("create")} to add, ${count("update")} to change, ${count("replace")} to replace, ${count("delete")} to destroy`,
    "",
  ];
  if (changes.length === 0) return `${lines[0]}\n\nNo changes.\n`;
  const loud = changes.filter(
    (c) => (c.action === "replace" || c.action === "delete") && LOUD_TYPES.has(c.change.type),
  );
  for (const { change, action } of loud) {
    lines.push(
      `> [!CAUTION]`,
      `> ${VERB[action]} \`${change.address}\`: what LaunchDarkly serves, or its SDK keys, will change. Check that nothing still serves it.`,
      "",
    );
  }
  lines.push("<details><summary>Changed resources</summary>", "");
  for (const { change, action } of changes) {
    const attributes = action === "update" ? changedAttributes(change) : [];
    const what = reconciled(change) ?? attributes.join(", ");
    lines.push(`- ${VERB[action]} \`${change.address}\`${what ? `: ${what}` : ""}`);
  }
  lines.push("", "</details>", "");
  return `${lines.join("\n")}`;
}

/** What the plans could not compare, because a secret they would need never reaches them. */
function withheldNote(variables: readonly string[]): string | undefined {
  if (variables.length === 0) return undefined;
  const names = variables.map((v) => `\`${v}\``).join(", ");
  return [
    `> [!NOTE]`,
    `> Not refreshed in these plans: ${names}. Secrets that a plan does not need never reach pull-request jobs: the`,
    `> plans use a stand-in, and Terraform ignores that value once the resource exists, so a change to the secret`,
    `> itself shows nowhere here. Only the job that applies the stack receives it.`,
  ].join("\n");
}

/**
 * The pull-request comment: impact first, then the evals, then one section per stack. Over GitHub's size limit, the
 * per-resource lists are dropped (counts and warnings stay) and the reader is pointed at the full artifact.
 */
export function renderComment(sections: {
  impact?: string;
  evals?: string;
  stacks: Array<{ stack: string; plan: Plan }>;
  missing?: readonly string[];
  withheld?: readonly string[];
}): { comment: string; full: string } {
  const header = "<!-- aic-report -->\n";
  const missing = sections.missing?.length
    ? [
        "> [!WARNING]",
        `> No plan for ${sections.missing.map((s) => `\`${s}\``).join(", ")}: ${sections.missing.length === 1 ? "its plan job" : "their plan jobs"} failed or did not run, so this comment does not show what ${sections.missing.length === 1 ? "that stack" : "those stacks"} would change.`,
      ].join("\n")
    : undefined;
  const parts = [
    sections.impact?.trimEnd(),
    sections.evals?.trimEnd(),
    "## Plans",
    missing,
    withheldNote(sections.withheld ?? []),
    ...sections.stacks.map((s) => renderStackSection(s.stack, s.plan).trimEnd()),
  ].filter(Boolean);
  const full = `${header}${parts.join("\n\n")}\n`;
  if (full.length <= COMMENT_LIMIT) return { comment: full, full };
  const folded = full.replace(
    /<details><summary>Changed resources<\/summary>[\s\S]*?<\/details>/g,
    "_(list omitted: see the full report in the workflow's artifacts)_",
  );
  const note = "\n_The comment was shortened to fit GitHub's limit; the full report is in the workflow's artifacts._\n";
  const comment =
    folded.length + note.length <= COMMENT_LIMIT
      ? folded + note
      : `${folded.slice(0, COMMENT_LIMIT - note.length - 2)}\n${note}`;
  return { comment, full };
}
