import { z } from "zod";
import { AUDIT_LOG_INTEGRATION_KEYS } from "./audit-log-integrations";
import { about, awsAccountId, awsRegion, httpsUrl, nonEmpty, shortLdKey } from "./common";

export const INSTANCE_NAMES = ["eu", "us", "federal"] as const;

const explicitHosts = z.strictObject({
  apiHost: httpsUrl.meta(about("The REST API and the Terraform provider's host.", "https://app.eu.launchdarkly.com")),
  sdkBaseUri: httpsUrl.meta(about("Where server SDKs poll for flag data.", "https://sdk.eu.launchdarkly.com")),
  streamUri: httpsUrl.meta(about("Where server SDKs stream flag data.", "https://stream.eu.launchdarkly.com")),
  eventsUri: httpsUrl.meta(
    about("Where SDKs send events (AI metrics included).", "https://events.eu.launchdarkly.com"),
  ),
});

const approvals = z.strictObject({
  required: z
    .boolean()
    .meta(about("Changes to flags and AI Configs made in LaunchDarkly's UI need an approval.", true)),
  minApprovals: z.int().min(1).max(5).default(1).meta(about("How many approvals a change needs.", 2)),
  canReviewOwnRequest: z.boolean().default(false).meta(about("Whether the author of a change may approve it.", false)),
  canApplyDeclinedChanges: z
    .boolean()
    .default(false)
    .meta(about("Whether a declined change may still be applied.", false)),
});

/** Who may call Bedrock in an environment, and on which models. */
const bedrockAccessSchema = z.strictObject({
  /** The principal the application runs as: an AWS service (ECS tasks by default) or an existing role. */
  runtimePrincipal: z
    .union(
      [
        z.strictObject({
          service: z
            .string()
            .regex(/^[a-z0-9.-]+\.amazonaws\.com$/, "must be a service principal such as ecs-tasks.amazonaws.com")
            .meta(about("An AWS service principal that may assume the runtime role.", "ecs-tasks.amazonaws.com")),
        }),
        z.strictObject({
          role: z
            .string()
            .regex(/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/, "must be an IAM role ARN")
            .meta(
              about(
                "An existing IAM role that may assume the runtime role.",
                "arn:aws:iam::111111111111:role/support-service",
              ),
            ),
        }),
      ],
      { error: "must be { service: <principal> } or { role: <role ARN> }" },
    )
    .default({ service: "ecs-tasks.amazonaws.com" })
    .meta(about("Who the application runs as: the principal trusted by the environment's Bedrock runtime role.")),
  /** Let the application call every model of the catalog, not only those targeting serves (for development). */
  allowAllCatalogModels: z
    .boolean()
    .default(false)
    .meta(
      about(
        "Let the application call every catalog model, not only those the environment serves (development only: refused where critical or approval-gated).",
        true,
      ),
    ),
  /** A Bedrock guardrail every call must go through. */
  guardrail: z
    .strictObject({
      id: z
        .string()
        .regex(/^[a-z0-9]+$/, "must be a guardrail id")
        .meta(about("The Bedrock guardrail's id.", "abc123def456")),
      version: z
        .string()
        .regex(/^(\d+|DRAFT)$/, "must be a version number or DRAFT")
        .meta(about("The guardrail version, or DRAFT.", "1")),
    })
    .optional()
    .meta(about("A Bedrock guardrail every model call must go through.")),
});

export const environmentSchema = z.strictObject({
  key: shortLdKey.meta(
    about(
      "The environment's key in LaunchDarkly; also names its stacks (ld-<key>, aws-<key>) and GitHub environment.",
      "production",
    ),
  ),
  name: nonEmpty.meta(about("The environment's name in LaunchDarkly.", "Production")),
  color: z
    .string()
    .regex(/^[0-9a-fA-F]{6}$/, "must be six hex digits, without '#'")
    .default("7B42BC")
    .meta(about("The environment's color in LaunchDarkly's UI.", "DC2626")),
  critical: z
    .boolean()
    .default(false)
    .meta(
      about(
        "LaunchDarkly's critical-environment setting, for production-like environments; such an environment may not allow every catalog model.",
        true,
      ),
    ),
  requireComments: z.boolean().default(false).meta(about("Changes made in LaunchDarkly's UI need a comment.", true)),
  confirmChanges: z
    .boolean()
    .default(false)
    .meta(about("Changes made in LaunchDarkly's UI need a confirmation.", true)),
  approvals: approvals
    .default({ required: false, minApprovals: 1, canReviewOwnRequest: false, canApplyDeclinedChanges: false })
    .meta(about("LaunchDarkly's approval settings for changes made in its UI.")),
  aws: z
    .strictObject({
      region: awsRegion.meta(
        about("The AWS region of the environment's Bedrock access, alarms and secrets.", "eu-central-1"),
      ),
      accountId: awsAccountId.meta(about("The AWS account of the environment, quoted.", "333333333333")),
    })
    .meta(about("Where the environment's aws-<env> stack is applied.")),
  bedrock: bedrockAccessSchema
    .default({ runtimePrincipal: { service: "ecs-tasks.amazonaws.com" }, allowAllCatalogModels: false })
    .meta(about("Who may call Bedrock in this environment, and on which models.")),
});

/** Audit-log export: the secret field is named, never given; the pipeline supplies it as a sensitive Terraform variable. */
const auditLog = z.strictObject({
  integrationKey: z
    .enum(AUDIT_LOG_INTEGRATION_KEYS)
    .meta(about("The LaunchDarkly audit-log integration to export to.", "splunk")),
  name: nonEmpty.meta(about("The subscription's name in LaunchDarkly.", "SIEM export")),
  enabled: z.boolean().default(true).meta(about("Whether the export is on.", true)),
  config: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .default({})
    .meta(
      about(
        "The integration's non-secret settings, by the integration's own field names.",
        { base_url: "https://splunk.example.org:8088" },
        "<setting>",
      ),
    ),
  secret: z
    .strictObject({
      field: nonEmpty.meta(about("The integration's secret setting.", "token")),
      variable: z
        .string()
        .regex(/^[a-z][a-z0-9_]*$/, "must be a Terraform variable name in snake_case")
        .meta(
          about("The sensitive Terraform variable the pipeline sets it from (TF_VAR_<variable>).", "splunk_hec_token"),
        ),
    })
    .optional()
    .meta(about("The integration's secret setting, named, never given: the pipeline supplies it.")),
});

/**
 * What a reviewed change says it means to do although the pipeline would otherwise refuse it. One-off: it belongs
 * to the pull request that does the thing, and `validate` asks for its removal afterwards.
 */
const acknowledgements = z.strictObject({
  /**
   * Environments this change removes (or renames: LaunchDarkly keys environments by key, so a rename deletes the
   * old one). Removing a gated environment (production, critical, or approvals required) deletes it in
   * LaunchDarkly with its SDK keys; impact refuses that unless it is acknowledged here.
   */
  removedEnvironments: z
    .array(
      z.strictObject({
        key: shortLdKey.meta(about("The environment this change removes or renames.", "production")),
        reason: nonEmpty.meta(
          about(
            "Why, for the reviewers and the record.",
            "renamed to prod; the applications read prod's SDK key since 2026-11-20",
          ),
        ),
      }),
    )
    .min(1, "must list at least one environment")
    .meta(
      about(
        "Gated environments (production, critical, or approvals required) this change deletes in LaunchDarkly, with their SDK keys; aic impact refuses the change without this.",
      ),
    ),
});

export const projectFileSchema = z.strictObject({
  instance: z
    .union([z.enum(INSTANCE_NAMES), explicitHosts], {
      error: `must be one of ${INSTANCE_NAMES.join(", ")}, or a mapping of apiHost, sdkBaseUri, streamUri and eventsUri`,
    })
    .default("eu")
    .meta(about("The LaunchDarkly instance: eu (app.eu.launchdarkly.com), us, federal, or explicit hosts.", "eu")),
  project: z
    .strictObject({
      key: shortLdKey.meta(about("The LaunchDarkly project's key.", "support-ai")),
      name: nonEmpty.meta(about("The LaunchDarkly project's name.", "Support AI")),
      tags: z
        .array(nonEmpty)
        .default([])
        .meta(about("Tags on the project.", ["ai", "support"])),
    })
    .meta(about("The LaunchDarkly project every AI Config lives in.")),
  environments: z
    .array(environmentSchema)
    .min(1, "must list at least one environment")
    .meta(about("The environments, in promotion order: changes reach them one after the other.")),
  github: z
    .strictObject({
      repository: z
        .string()
        .regex(/^[\w.-]+\/[\w.-]+$/, "must be owner/name")
        .meta(about("The repository whose workflows the plan and apply roles trust.", "example-org/ai-configs")),
    })
    .meta(about("The GitHub repository the pipeline runs in.")),
  state: z
    .strictObject({
      bucket: z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a valid S3 bucket name")
        .meta(
          about(
            "The S3 bucket of every stack's Terraform state, created by bootstrap.",
            "example-org-ai-configs-state",
          ),
        ),
      region: awsRegion.meta(about("The bucket's region.", "eu-central-1")),
      /** The account holding the bucket and its encryption key; bootstrap refuses to run against any other. */
      accountId: awsAccountId.meta(
        about("The account holding the bucket and its key; bootstrap refuses any other.", "999999999999"),
      ),
    })
    .meta(about("Where Terraform state lives.")),
  auditLog: auditLog.optional().meta(about("Export of LaunchDarkly's audit log to a SIEM.")),
  /** Files generated from the catalog that `aic check` keeps current, relative to the catalog root. */
  generated: z
    .strictObject({
      /** TypeScript types of every AI Config's variables (`aic types`), one path per application. */
      variableTypes: z
        .array(
          z
            .string()
            .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+\.ts$/, "must be a .ts path inside the repository"),
        )
        .default([])
        .meta(
          about(
            "Files of TypeScript types of every AI Config's variables (aic types), relative to the root; aic check fails when one is stale.",
            ["app/src/generated/ai-config-variables.ts"],
          ),
        ),
    })
    .default({ variableTypes: [] })
    .meta(about("Files generated from the catalog that aic check keeps current.")),
  acknowledgements: acknowledgements
    .optional()
    .meta(about("One-off: what a reviewed change means to do although the pipeline would otherwise refuse it.")),
  /** Steps of a progressive rollout, in percent, for `aic promote`. */
  rollout: z
    .strictObject({
      steps: z
        .array(z.number().gt(0).max(100))
        .min(1, "must list at least one step")
        .meta(about("The shares, in percent, that aic promote moves a variation through.", [1, 10, 50, 100])),
    })
    .default({ steps: [1, 10, 50, 100] })
    .meta(about("The steps of a progressive rollout, for aic promote.")),
});

export type ProjectFile = z.infer<typeof projectFileSchema>;
export type Environment = z.infer<typeof environmentSchema>;
export type ExplicitHosts = z.infer<typeof explicitHosts>;
export type Acknowledgements = z.infer<typeof acknowledgements>;
export type BedrockAccess = z.infer<typeof bedrockAccessSchema>;
