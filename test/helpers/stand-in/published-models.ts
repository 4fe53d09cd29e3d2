/**
 * LaunchDarkly's own models of its API (the zod schemas generated from its published API description, shipped in
 * `@launchdarkly/mcp-server`), so that the stand-in's answers cannot drift from what LaunchDarkly describes. The
 * package publishes AI Config models only; experiments, roles, teams, projects and approval settings have none
 * there (docs/decisions/0010-assumptions-verify-live.md).
 */

// The package's types are reachable only through its exports map, which moduleResolution "node" does not read.
type Components = typeof import("@launchdarkly/mcp-server/dist/commonjs/models/components/index");
const components: Components = require("@launchdarkly/mcp-server/models/components");

/** A stand-in answer or a request that LaunchDarkly's published model rejects. */
export class PublishedModelMismatch extends Error {}

function check(model: { safeParse(value: unknown): { success: boolean; error?: { message: string } } }, name: string) {
  return (value: unknown): void => {
    const result = model.safeParse(value);
    if (!result.success)
      throw new PublishedModelMismatch(`not a ${name} as LaunchDarkly publishes it: ${result.error?.message}`);
  };
}

/** The GET and PATCH answer of /api/v2/projects/{p}/ai-configs/{c}/targeting. */
export const checkTargeting = check(components.AIConfigTargeting$inboundSchema, "AIConfigTargeting");
/** The PATCH body of the targeting endpoint. */
export const checkTargetingPatch = check(components.AIConfigTargetingPatch$inboundSchema, "AIConfigTargetingPatch");
/** The POST body of /api/v2/projects/{p}/ai-configs. */
export const checkAIConfigPost = check(components.AIConfigPost$inboundSchema, "AIConfigPost");
/** The POST body of /api/v2/projects/{p}/ai-configs/{c}/variations. */
export const checkVariationPost = check(components.AIConfigVariationPost$inboundSchema, "AIConfigVariationPost");
