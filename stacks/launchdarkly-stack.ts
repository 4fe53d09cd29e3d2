import type { Construct } from "constructs";
import { TeamRoles } from "../constructs/launchdarkly/access/team-roles";
import { AiConfigs } from "../constructs/launchdarkly/ai-configs";
import { AiTools } from "../constructs/launchdarkly/ai-tools";
import { AuditLogExport } from "../constructs/launchdarkly/audit-log";
import { Metrics } from "../constructs/launchdarkly/metrics";
import { ModelConfigs } from "../constructs/launchdarkly/model-configs";
import { LaunchDarklyProject } from "../constructs/launchdarkly/project";
import { launchDarklyProvider } from "../constructs/launchdarkly/provider";
import type { Catalog } from "../src/catalog";
import { RemoteStateStack } from "./remote-state-stack";

/** Project-wide LaunchDarkly resources: project, environments, models, tools, AI Configs, metrics, roles, teams. */
export class LaunchDarklyStack extends RemoteStateStack {
  constructor(scope: Construct, catalog: Catalog) {
    super(scope, "launchdarkly", catalog);
    const tags = catalog.project.tags;
    launchDarklyProvider(this, "launchdarkly", { apiHost: catalog.instance.apiHost });
    const project = new LaunchDarklyProject(this, "project", {
      ...catalog.project,
      environments: catalog.environments,
    });
    const access = new TeamRoles(this, "access", { projectKey: catalog.project.key, teams: catalog.teams });
    const tools = new AiTools(this, "tools", { projectKey: project.key, tools: catalog.tools });
    const models = new ModelConfigs(this, "models", {
      projectKey: project.key,
      models: catalog.models,
      uses: catalog.aiConfigs.flatMap((c) => c.variations.map((v) => ({ model: v.model, parameters: v.parameters }))),
      tags,
    });
    new AiConfigs(this, "ai-configs", {
      projectKey: project.key,
      aiConfigs: catalog.aiConfigs,
      modelConfigKey: (model, parameters) => models.keyFor(model, parameters),
      toolKey: (tool) => tools.keyFor(tool),
      teamKey: (team) => access.keyFor(team),
      tags,
    });
    new Metrics(this, "metrics", { projectKey: project.key, metrics: catalog.metrics, tags });
    if (catalog.auditLog)
      new AuditLogExport(this, "audit-log", {
        projectKey: catalog.project.key,
        ...catalog.auditLog,
        enabled: catalog.auditLog.enabled,
        tags,
      });
  }
}
