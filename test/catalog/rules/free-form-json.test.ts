import { edit, file, problem, problemsWith, type CatalogChange, type Data } from "../../helpers/catalog-builder";

const TOOLS = "configs/tools.yaml";
const PROJECT = "configs/project.yaml";

/** configs/tools.yaml with one tool whose parameters are `parameters`, attached to the minimal catalog's variation. */
const toolWith = (parameters: unknown): CatalogChange[] => [
  file(TOOLS, { tools: [{ key: "search-docs", description: "Search the documentation.", parameters }] }),
  edit("configs/ai-configs/assistant.yaml", (d) => void (d.variations[0].tools = ["search-docs"])),
];
const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: "object",
  properties,
  ...extra,
});

describe("tool-schema: a tool's parameters are compiled by a real JSON Schema validator", () => {
  it.each<[string, unknown]>([
    ["a plain object schema", object({ query: { type: "string" }, limit: { type: "integer", minimum: 1 } })],
    ["a format JSON Schema defines", object({ since: { type: "string", format: "date-time" } })],
    [
      "a reference to its own $defs",
      object({ query: { $ref: "#/$defs/text" } }, { $defs: { text: { type: "string" } } }),
    ],
    ["draft-07", object({ query: { type: "string" } }, { $schema: "http://json-schema.org/draft-07/schema#" })],
  ])("GIVEN %s THEN it compiles", (_, parameters) => {
    expect(problemsWith(...toolWith(parameters))).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    [
      "a property whose schema is a number",
      object({ limit: 42 }),
      ['"tools[0].parameters.properties.limit" must be a JSON Schema (a mapping, or true or false)'],
    ],
    [
      "an unknown type (reported alone: the schema does not compile past it)",
      object({ query: { type: "strng" }, limit: { type: "integer", minimun: 1 } }),
      [
        '"tools[0].parameters.properties.query.type" must be one of: array, boolean, integer, null, number, object, string',
      ],
    ],
    [
      "several mistakes in a schema that compiles",
      object(
        { query: { type: "string" }, limit: { type: "integer", minimun: 1 }, code: { type: "string", pattern: "([" } },
        { required: ["query", "qeury"] },
      ),
      [
        '"tools[0].parameters.properties.limit.minimun" is not a JSON Schema keyword (misspelt?)',
        '"tools[0].parameters.properties.code.pattern" is not a regular expression: /([/u: Unterminated character class',
        '"tools[0].parameters.required[1]" names "qeury", which is not one of its properties',
      ],
    ],
    [
      "an unknown format",
      object({ query: { type: "string", format: "date-tme" } }),
      ['"tools[0].parameters.properties.query.format" is an unknown format "date-tme"; known: date-time, date, '],
    ],
    [
      "a reference to another document",
      object({ query: { $ref: "https://example.org/query.json" } }),
      [
        '"tools[0].parameters.properties.query.$ref" cannot be resolved: a tool\'s schema must be self-contained (refer only to its own $defs)',
      ],
    ],
    [
      "a draft the providers do not take",
      object({ query: { type: "string" } }, { $schema: "http://json-schema.org/draft-04/schema#" }),
      [
        '"tools[0].parameters.$schema" must be https://json-schema.org/draft/2020-12/schema (the default) or http://json-schema.org/draft-07/schema#, the drafts LaunchDarkly and the model providers accept',
      ],
    ],
  ])("GIVEN %s THEN each mistake is an error of the tool", (_, parameters, messages) => {
    expect(problemsWith(...toolWith(parameters))).toEqual(messages.map((m) => problem("tool-schema", TOOLS, m)));
  });
});

const SPLUNK = {
  integrationKey: "splunk",
  name: "Audit log to Splunk",
  config: { base_url: "https://splunk.example.org:8088", skip_ca_verification: false },
  secret: { field: "token", variable: "splunk_hec_token" },
};
const auditLog = (change: (a: Data) => void): CatalogChange =>
  edit(PROJECT, (d) => {
    d.auditLog = structuredClone(SPLUNK);
    change(d.auditLog);
  });

describe("audit-log-config: the export's settings are what its integration takes", () => {
  it("GIVEN the settings Splunk takes, its secret named THEN it stays silent", () => {
    expect(problemsWith(auditLog(() => {}))).toEqual([]);
  });

  it("GIVEN skip_ca_verification: true THEN it is refused: the certificate check stays on", () => {
    expect(problemsWith(auditLog((a) => (a.config.skip_ca_verification = true)))).toEqual([
      problem(
        "audit-log-config",
        PROJECT,
        '"auditLog.config.skip_ca_verification" must be false: the certificate check is what keeps the audit log from going to whoever can intercept the connection; give the SIEM a certificate from a public CA instead',
      ),
    ]);
  });

  it.each([
    ["javascript:alert(document.cookie)"],
    ["http://splunk.example.org:8088"],
    ["https://"],
    ["ftp://splunk.example.org"],
  ])("GIVEN base_url %s THEN only an https:// address is accepted", (url) => {
    expect(problemsWith(auditLog((a) => (a.config.base_url = url)))).toEqual([
      problem(
        "audit-log-config",
        PROJECT,
        '"auditLog.config.base_url" must be an https:// address (host, optional port and path): LaunchDarkly sends the audit log there, and only TLS keeps it private',
      ),
    ]);
  });

  it("GIVEN a misspelt, a missing and a secret setting THEN each is an error naming what the integration takes", () => {
    const change = auditLog(
      (a) => (a.config = { baseurl: "https://splunk.example.org:8088", token: "from-the-vault" }),
    );
    expect(problemsWith(change)).toEqual([
      problem(
        "audit-log-config",
        PROJECT,
        'missing required setting "auditLog.config.base_url" of the splunk integration',
      ),
      problem(
        "audit-log-config",
        PROJECT,
        'missing required setting "auditLog.config.skip_ca_verification" of the splunk integration',
      ),
      problem(
        "audit-log-config",
        PROJECT,
        'unknown setting "auditLog.config.baseurl" for the splunk integration; it takes: base_url, skip_ca_verification',
      ),
      problem(
        "audit-log-config",
        PROJECT,
        '"token" is the splunk integration\'s secret: name it under auditLog.secret (field: token) and let the pipeline supply it, never write it here',
      ),
    ]);
  });

  it("GIVEN a secret field the integration does not have, or no secret at all THEN it is an error", () => {
    expect(problemsWith(auditLog((a) => (a.secret.field = "password")))).toEqual([
      problem(
        "audit-log-config",
        PROJECT,
        'the splunk integration has no secret setting "password"; its secret is token',
      ),
    ]);
    expect(problemsWith(auditLog((a) => delete a.secret))).toEqual([
      problem(
        "audit-log-config",
        PROJECT,
        "the splunk integration needs its secret (token): declare it under auditLog.secret with the sensitive Terraform variable the pipeline fills",
      ),
    ]);
  });
});
