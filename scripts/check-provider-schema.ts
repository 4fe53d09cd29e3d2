/**
 * Pipeline check: the committed LaunchDarkly schema (schema/launchdarkly-provider.json, transcribed from the
 * provider's documentation) against the real one from `terraform providers schema -json`. For every resource
 * and data source the project uses, every attribute must exist in the real schema with the same type and the
 * same required/optional/computed flags. Usage: check-provider-schema <real-schema.json>; exit 1 on a mismatch.
 */
import * as fs from "node:fs";
import { SCHEMA_FILE } from "./generate-bindings";

const PROVIDER = "registry.terraform.io/launchdarkly/launchdarkly";
type Block = { attributes?: Record<string, Record<string, unknown>> };

function flags(attribute: Record<string, unknown>): string {
  const kind = attribute.nested_type
    ? `nested:${JSON.stringify((attribute.nested_type as { nesting_mode: string }).nesting_mode)}`
    : JSON.stringify(attribute.type);
  return `${kind} ${["required", "optional", "computed"].filter((f) => attribute[f]).join("+")}`;
}

function compare(where: string, ours: Block, real: Block | undefined, problems: string[]): void {
  if (!real) return void problems.push(`${where}: missing from the provider`);
  for (const [name, attribute] of Object.entries(ours.attributes ?? {})) {
    const actual = real.attributes?.[name];
    if (!actual) problems.push(`${where}.${name}: missing from the provider`);
    else if (flags(attribute) !== flags(actual))
      problems.push(`${where}.${name}: committed ${flags(attribute)}, provider ${flags(actual)}`);
    else if (attribute.nested_type)
      compare(`${where}.${name}`, attribute.nested_type as Block, actual.nested_type as Block, problems);
  }
}

const [realFile] = process.argv.slice(2);
if (!realFile) {
  console.error("usage: check-provider-schema <terraform providers schema -json output>");
  process.exit(2);
}
const ours = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8")).provider_schemas[PROVIDER];
const real = JSON.parse(fs.readFileSync(realFile, "utf8")).provider_schemas?.[PROVIDER];
const problems: string[] = [];
if (!real) problems.push(`${PROVIDER} is not in ${realFile}`);
else {
  compare("provider", ours.provider.block, real.provider?.block, problems);
  for (const kind of ["resource_schemas", "data_source_schemas"] as const) {
    for (const [type, schema] of Object.entries(ours[kind] as Record<string, { block: Block }>))
      compare(type, schema.block, real[kind]?.[type]?.block, problems);
  }
}
for (const problem of problems) console.error(`schema/launchdarkly-provider.json: error: ${problem}`);
if (problems.length > 0) {
  console.error(`${problems.length} differences: fix the committed schema, then npm run bindings`);
  process.exit(1);
}
console.log("the committed LaunchDarkly schema matches the provider");
