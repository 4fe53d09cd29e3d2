import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { AuditLogSubscription } from "./bindings";

export interface AuditLogExportProps {
  /** The project whose audit log is exported. */
  readonly projectKey: string;
  /** The LaunchDarkly audit-log integration, e.g. splunk or datadog. */
  readonly integrationKey: string;
  /** The subscription's name. */
  readonly name: string;
  /** Whether the subscription sends events. */
  readonly enabled: boolean;
  /** Non-secret settings, with LaunchDarkly's snake_case field names. */
  readonly config: Readonly<Record<string, string | number | boolean>>;
  /** The secret setting's field, and the sensitive Terraform variable the pipeline fills it from. */
  readonly secret?: { readonly field: string; readonly variable: string };
  /** Tags on the subscription. */
  readonly tags: readonly string[];
}

/**
 * Streams the project's audit log to a SIEM; the integration's secret never appears in the files. Only the job
 * that applies this stack receives the secret: plans get a stand-in, so Terraform ignores changes to that one
 * setting once the subscription exists (rotating the secret is a replacement, see docs/runbook.md).
 */
export class AuditLogExport extends Construct {
  constructor(scope: Construct, id: string, props: AuditLogExportProps) {
    super(scope, id);
    const config: Record<string, string> = Object.fromEntries(
      Object.entries(props.config).map(([k, v]) => [k, String(v)]),
    );
    if (props.secret) {
      const variable = new TerraformVariable(scope, props.secret.variable, {
        type: "string",
        sensitive: true,
        description: `Secret "${props.secret.field}" of the ${props.integrationKey} audit-log integration; supplied by the pipeline (TF_VAR_${props.secret.variable}).`,
      });
      config[props.secret.field] = variable.stringValue;
    }
    const p = props.projectKey;
    new AuditLogSubscription(this, "subscription", {
      integrationKey: props.integrationKey,
      name: props.name,
      on: props.enabled,
      config,
      lifecycle: props.secret ? { ignoreChanges: [`config["${props.secret.field}"]`] } : undefined,
      tags: [...props.tags],
      statements: [
        {
          effect: "allow",
          actions: ["*"],
          resources: [
            `proj/${p}`,
            `proj/${p}:env/*`,
            `proj/${p}:env/*:segment/*`,
            `proj/${p}:env/*:aiconfig/*`,
            `proj/${p}:aiconfig/*`,
            `proj/${p}:ai-model-config/*`,
            "role/*",
            "team/*",
            "member/*",
          ],
        },
      ],
    });
  }
}
