/**
 * The settings each LaunchDarkly audit-log integration takes, as the Terraform provider (v3.1.3) validates a
 * subscription's `config` at apply time: names in snake_case (the provider maps them to the integration's own
 * casing), required or optional, and which one is the integration's secret. Checking them here turns an apply
 * failure on merge into a validation error in the pull request.
 */
export interface IntegrationField {
  /** `url`: an address LaunchDarkly sends the audit log to (or links to), so https only. */
  type: "string" | "url" | "boolean" | "enum";
  required?: boolean;
  /** Named under auditLog.secret and supplied by the pipeline; never written in config. */
  secret?: boolean;
  values?: readonly string[];
}

const secret: IntegrationField = { type: "string", required: true, secret: true };
const requiredUrl: IntegrationField = { type: "url", required: true };
const dynatrace = { api_token: secret, entity: { type: "string" }, tag: { type: "string" }, url: requiredUrl } as const;

export const AUDIT_LOG_INTEGRATIONS = {
  chronosphere: { receiver_url: requiredUrl, secret_token: secret },
  cloudtrail: {
    account_id: { type: "string" },
    external_id: { type: "string", required: true },
    ingestion_channel_arn: { type: "string", required: true },
  },
  datadog: {
    api_key: secret,
    hide_member_details: { type: "boolean" },
    host_url: {
      type: "enum",
      values: [
        "https://api.datadoghq.com",
        "https://api.datadoghq.eu",
        "https://us3.datadoghq.com",
        "https://us5.datadoghq.com",
        "https://app.ddog-gov.com",
      ],
    },
  },
  dynatrace,
  "dynatrace-v2": dynatrace,
  elastic: { index: { type: "string", required: true }, token: secret, url: requiredUrl },
  grafana: { api_key: secret, endpoint_url: requiredUrl },
  honeycomb: { api_key: secret, dataset_name: { type: "string", required: true } },
  jira: { issue_create_url: { type: "url" }, jira_meta_url: { type: "url" }, secret, url: requiredUrl },
  kosli: { secret, webhook_url: requiredUrl },
  last9: { api_token: secret, endpoint_url: requiredUrl, last9: { type: "string" } },
  logdna: { ingestion_key: secret, level: { type: "string" } },
  mattermost: { url: requiredUrl },
  msteams: { url: requiredUrl },
  "new-relic-apm": {
    api_key: secret,
    application_id: { type: "string", required: true },
    domain: { type: "enum", values: ["api.newrelic.com", "api.eu.newrelic.com"] },
  },
  pagerduty: { integration_key: { type: "string", required: true } },
  signalfx: { access_token: secret, realm: { type: "string", required: true } },
  slack: { url: requiredUrl },
  splunk: { base_url: requiredUrl, skip_ca_verification: { type: "boolean", required: true }, token: secret },
  "vercel-native": { access_token: secret, installation_id: { type: "string", required: true }, url: { type: "url" } },
} as const satisfies Record<string, Record<string, IntegrationField>>;

export type AuditLogIntegration = keyof typeof AUDIT_LOG_INTEGRATIONS;
export const AUDIT_LOG_INTEGRATION_KEYS = Object.keys(AUDIT_LOG_INTEGRATIONS) as [
  AuditLogIntegration,
  ...AuditLogIntegration[],
];

/** Settings that switch off the TLS certificate check of the connection LaunchDarkly opens. */
export const CERTIFICATE_CHECK_SETTINGS = ["skip_ca_verification"];
