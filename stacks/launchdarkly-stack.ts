import type { Construct } from "constructs";
import { TeamRoles } from "../constructs/launchdarkly/access/team-roles";
import { AiConfigs, type AiConfigProps } from "../constructs/launchdarkly/ai-configs";
import { AiTools } from "../constructs/launchdarkly/ai-tools";
import { AuditLogExport } from "../constructs/launchdarkly/audit-log";
import { Metrics } from "../constructs/launchdarkly/metrics";
import { ModelConfigs } from "../constructs/launchdarkly/model-configs";
import { LaunchDarklyProject } from "../constructs/launchdarkly/project";
import { launchDarklyProvider } from "../constructs/launchdarkly/provider";
import type { AiConfig, Catalog } from "../src/catalog";
import { importExisting } from "./imports";
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
    // The catalog's teams are the construct's TeamProps as they are; that they type-check also proves every
    // capability of the access matrix has a row in the capability table.
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
      aiConfigs: catalog.aiConfigs.map((config) => aiConfigProps(config, { models, tools, access })),
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
    importExisting(this, catalog.imports);
  }
}

/** The constructs an AI Config's variations refer to, by Terraform reference. */
interface References {
  models: ModelConfigs;
  tools: AiTools;
  access: TeamRoles;
}

/** A catalog AI Config as the AiConfigs construct takes it: the prompt's text, and references for keys. */
function aiConfigProps(config: AiConfig, refs: References): AiConfigProps {
  return {
    key: config.key,
    name: config.name,
    description: config.description,
    mode: config.mode,
    evaluationMetricKey: config.evaluationMetricKey,
    maintainerTeamKey: config.maintainer && refs.access.keyFor(config.maintainer),
    tags: config.tags,
    variations: config.variations.map((variation) => ({
      key: variation.key,
      name: variation.name,
      // The prompt file's description, when it has one, says best what the variation does.
      description: variation.prompt.description ?? variation.description,
      modelConfigKey: refs.models.keyFor(variation.model, variation.parameters),
      messages: variation.prompt.messages,
      instructions: variation.prompt.instructions,
      toolKeys: variation.tools.map((tool) => refs.tools.keyFor(tool)),
      judges: variation.judges,
    })),
  };
}
