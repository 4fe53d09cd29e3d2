import { z } from "zod";
import { AUDIT_LOG_INTEGRATION_KEYS } from "./audit-log-integrations";
import { awsAccountId, awsRegion, httpsUrl, nonEmpty, shortLdKey } from "./common";

export const INSTANCE_NAMES = ["eu", "us", "federal"] as const;

const explicitHosts = z.strictObject({
  apiHost: httpsUrl,
  sdkBaseUri: httpsUrl,
  streamUri: httpsUrl,
  eventsUri: httpsUrl,
});

const approvals = z.strictObject({
  required: z.boolean(),
  minApprovals: z.int().min(1).max(5).default(1),
  canReviewOwnRequest: z.boolean().default(false),
  canApplyDeclinedChanges: z.boolean().default(false),
});

/** Who may call Bedrock in an environment, and on which models. */
const bedrockAccessSchema = z.strictObject({
  /** The principal the application runs as: an AWS service (ECS tasks by default) or an existing role. */
  runtimePrincipal: z
    .union([
      z.strictObject({ service: z.string().regex(/^[a-z0-9.-]+\.amazonaws\.com$/, "must be a service principal such as ecs-tasks.amazonaws.com") }),
      z.strictObject({ role: z.string().regex(/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/, "must be an IAM role ARN") }),
    ], { error: "must be { service: <principal> } or { role: <role ARN> }" })
    .default({ service: "ecs-tasks.amazonaws.com" }),
  /** Let the application call every model of the catalog, not only those targeting serves (for development). */
  allowAllCatalogModels: z.boolean().default(false),
  /** A Bedrock guardrail every call must go through. */
  guardrail: z
    .strictObject({ id: z.string().regex(/^[a-z0-9]+$/, "must be a guardrail id"), version: z.string().regex(/^(\d+|DRAFT)$/, "must be a version number or DRAFT") })
    .optional(),
});

export const environmentSchema = z.strictObject({
  key: shortLdKey,
  name: nonEmpty,
  color: z
    .string()
    .regex(/^[0-9a-fA-F]{6}$/, "must be six hex digits, without '#'")
    .default("7B42BC"),
  critical: z.boolean().default(false),
  requireComments: z.boolean().default(false),
  confirmChanges: z.boolean().default(false),
  approvals: approvals.default({ required: false, minApprovals: 1, canReviewOwnRequest: false, canApplyDeclinedChanges: false }),
  aws: z.strictObject({
    region: awsRegion,
    accountId: awsAccountId,
  }),
  bedrock: bedrockAccessSchema.default({ runtimePrincipal: { service: "ecs-tasks.amazonaws.com" }, allowAllCatalogModels: false }),
});

/** Audit-log export: the secret field is named, never given; the pipeline supplies it as a sensitive Terraform variable. */
const auditLog = z.strictObject({
  integrationKey: z.enum(AUDIT_LOG_INTEGRATION_KEYS),
  name: nonEmpty,
  enabled: z.boolean().default(true),
  config: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  secret: z
    .strictObject({
      field: nonEmpty,
      variable: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be a Terraform variable name in snake_case"),
    })
    .optional(),
});

export const projectFileSchema = z.strictObject({
  instance: z
    .union([z.enum(INSTANCE_NAMES), explicitHosts], {
      error: `must be one of ${INSTANCE_NAMES.join(", ")}, or a mapping of apiHost, sdkBaseUri, streamUri and eventsUri`,
    })
    .default("eu"),
  project: z.strictObject({
    key: shortLdKey,
    name: nonEmpty,
    tags: z.array(nonEmpty).default([]),
  }),
  environments: z.array(environmentSchema).min(1, "must list at least one environment"),
  github: z.strictObject({
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "must be owner/name"),
  }),
  state: z.strictObject({
    bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a valid S3 bucket name"),
    region: awsRegion,
    /** The account holding the bucket and its encryption key; bootstrap refuses to run against any other. */
    accountId: awsAccountId,
  }),
  auditLog: auditLog.optional(),
  /** Files generated from the catalog that `aic check` keeps current, relative to the catalog root. */
  generated: z
    .strictObject({
      /** TypeScript types of every AI Config's variables (`aic types`), one path per application. */
      variableTypes: z.array(z.string().regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+\.ts$/, "must be a .ts path inside the repository")).default([]),
    })
    .default({ variableTypes: [] }),
  /** Steps of a progressive rollout, in percent, for `aic promote`. */
  rollout: z
    .strictObject({ steps: z.array(z.number().gt(0).max(100)).min(1, "must list at least one step") })
    .default({ steps: [1, 10, 50, 100] }),
});

export type ProjectFile = z.infer<typeof projectFileSchema>;
export type Environment = z.infer<typeof environmentSchema>;
export type ExplicitHosts = z.infer<typeof explicitHosts>;
export type BedrockAccess = z.infer<typeof bedrockAccessSchema>;
