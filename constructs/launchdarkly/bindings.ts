/**
 * The one place that imports the generated LaunchDarkly provider v3 bindings (.gen/, from
 * schema/launchdarkly-provider.json by `npm run bindings`), so a move to CDK Terrain touches one file.
 */
export { AiConfig } from "../../.gen/providers/launchdarkly/ai-config";
export { AiConfigVariation } from "../../.gen/providers/launchdarkly/ai-config-variation";
export { AiTool } from "../../.gen/providers/launchdarkly/ai-tool";
export { AuditLogSubscription } from "../../.gen/providers/launchdarkly/audit-log-subscription";
export { CustomRole } from "../../.gen/providers/launchdarkly/custom-role";
export { Metric } from "../../.gen/providers/launchdarkly/metric";
export { ModelConfig } from "../../.gen/providers/launchdarkly/model-config";
export { Project, type ProjectEnvironments } from "../../.gen/providers/launchdarkly/project";
export { LaunchdarklyProvider } from "../../.gen/providers/launchdarkly/provider";
export { Segment } from "../../.gen/providers/launchdarkly/segment";
export { Team } from "../../.gen/providers/launchdarkly/team";
export { DataLaunchdarklyEnvironment } from "../../.gen/providers/launchdarkly/data-launchdarkly-environment";
