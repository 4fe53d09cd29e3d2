import { defineRule } from "../context";
import { valueFindings } from "../json-schema";
import { AUDIT_LOG_INTEGRATIONS, CERTIFICATE_CHECK_SETTINGS, type IntegrationField } from "../schema";
import { label, sentence } from "./private/json-schema-messages";

/** https only: LaunchDarkly sends the audit log there (or links to it), and only TLS keeps it private. */
const HTTPS_URL = "^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\\s]*)?$";

/** The JSON Schema of an integration's non-secret settings, from the provider's table. */
function integrationSchema(fields: Record<string, IntegrationField>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.secret) continue;
    properties[name] = CERTIFICATE_CHECK_SETTINGS.includes(name)
      ? { const: false }
      : field.type === "boolean"
        ? { type: "boolean" }
        : field.type === "enum"
          ? { enum: field.values }
          : field.type === "url"
            ? { type: "string", pattern: HTTPS_URL }
            : { type: ["string", "number"] };
  }
  const required = Object.entries(fields)
    .filter(([, f]) => f.required && !f.secret)
    .map(([name]) => name);
  return { type: "object", properties, required, additionalProperties: false };
}

export const auditLogConfig = defineRule({
  id: "audit-log-config",
  summary:
    "The audit-log export's config holds exactly the settings its integration takes (the provider's table), with https:// addresses and the certificate check on; its secret is named under secret:, never written.",
  check(ctx, report) {
    const project = ctx.project;
    const auditLog = project?.data.auditLog;
    if (!project || !auditLog) return;
    const fields: Record<string, IntegrationField> = AUDIT_LOG_INTEGRATIONS[auditLog.integrationKey];
    const secrets = Object.entries(fields)
      .filter(([, f]) => f.secret)
      .map(([name]) => name);
    const integration = auditLog.integrationKey;
    const base = ["auditLog", "config"];
    const settings: Record<string, unknown> = { ...auditLog.config };
    for (const name of secrets) {
      if (!(name in settings)) continue;
      delete settings[name];
      report.at(
        project,
        [...base, name],
        `"${name}" is the ${integration} integration's secret: name it under auditLog.secret (field: ${name}) and let the pipeline supply it, never write it here`,
        { at: "key" },
      );
    }
    if (auditLog.secret && !secrets.includes(auditLog.secret.field)) {
      const known = secrets.length > 0 ? `its secret is ${secrets.join(", ")}` : "it takes no secret";
      report.at(
        project,
        ["auditLog", "secret", "field"],
        `the ${integration} integration has no secret setting "${auditLog.secret.field}"; ${known}`,
      );
    }
    if (!auditLog.secret && secrets.some((name) => fields[name]!.required)) {
      report.at(
        project,
        ["auditLog"],
        `the ${integration} integration needs its secret (${secrets.join(", ")}): declare it under auditLog.secret with the sensitive Terraform variable the pipeline fills`,
      );
    }
    const takes = Object.keys(fields).filter((name) => !fields[name]!.secret);
    for (const finding of valueFindings(integrationSchema(fields), settings)) {
      const path = [...base, ...finding.path];
      const name = String(finding.path[0] ?? "");
      const message = (() => {
        switch (finding.error.keyword) {
          case "additionalProperties":
            return `unknown setting ${label(path)} for the ${integration} integration; it takes: ${takes.join(", ")}`;
          case "required":
            return `missing required setting ${label(path)} of the ${integration} integration`;
          case "const":
            return `${label(path)} must be false: the certificate check is what keeps the audit log from going to whoever can intercept the connection; give the SIEM a certificate from a public CA instead`;
          case "pattern":
            return `${label(path)} must be an https:// address (host, optional port and path): LaunchDarkly sends the audit log there, and only TLS keeps it private`;
          case "enum":
            return `${label(path)} must be one of: ${fields[name]!.values!.join(", ")}`;
          case "type":
            return `${label(path)} must be ${fields[name]!.type === "boolean" ? "true or false" : "text"}`;
          default:
            return sentence(path, finding.message);
        }
      })();
      report.at(project, path, message, {
        at: finding.atKey || finding.error.keyword === "required" ? "key" : undefined,
      });
    }
  },
});
