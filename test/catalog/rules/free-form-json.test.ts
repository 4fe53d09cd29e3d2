import { problemsOf, replace, rulesOf } from "../../helpers/catalog-fixture";

const TOOLS = "configs/tools.yaml";
const PROJECT = "configs/project.yaml";

describe("tool-schema: a tool's parameters are compiled by a real JSON Schema validator", () => {
  it("GIVEN the example's tools THEN they compile", () => {
    expect(rulesOf({})).toEqual([]);
  });

  it("GIVEN a property whose schema is a number (limit: 42) THEN it is an error at that property", () => {
    expect(problemsOf({ [TOOLS]: replace("limit: { type: integer, minimum: 1, maximum: 10 }", "limit: 42") })).toEqual([
      'configs/tools.yaml:9:16: error: "tools[0].parameters.properties.limit" must be a JSON Schema (a mapping, or true or false)',
    ]);
  });

  it("GIVEN several mistakes in one schema THEN every one is reported at its place", () => {
    const problems = problemsOf({
      [TOOLS]: replace(
        "        query: { type: string, description: What to search for }\n        limit: { type: integer, minimum: 1, maximum: 10 }\n      required: [query]",
        '        query: { type: strng, description: What to search for }\n        limit: { type: integer, minimun: 1, maximum: 10 }\n        since: { type: string, format: date-tme }\n        code: { type: string, pattern: "([" }\n      required: [query, qeury]',
      ),
    });
    expect(problems).toEqual([
      'configs/tools.yaml:8:24: error: "tools[0].parameters.properties.query.type" must be one of: array, boolean, integer, null, number, object, string',
    ]);
    const compiled = problemsOf({
      [TOOLS]: replace(
        "        limit: { type: integer, minimum: 1, maximum: 10 }\n      required: [query]",
        '        limit: { type: integer, minimun: 1, maximum: 10 }\n        code: { type: string, pattern: "([" }\n      required: [query, qeury]',
      ),
    });
    expect(compiled).toEqual([
      'configs/tools.yaml:9:33: error: "tools[0].parameters.properties.limit.minimun" is not a JSON Schema keyword (misspelt?)',
      'configs/tools.yaml:10:40: error: "tools[0].parameters.properties.code.pattern" is not a regular expression: /([/u: Unterminated character class',
      'configs/tools.yaml:11:25: error: "tools[0].parameters.required[1]" names "qeury", which is not one of its properties',
    ]);
  });

  it("GIVEN an unknown format THEN it is an error; a format JSON Schema defines is fine", () => {
    expect(
      problemsOf({
        [TOOLS]: replace(
          "query: { type: string, description: What to search for }",
          "query: { type: string, format: date-tme }",
        ),
      }),
    ).toEqual([
      expect.stringMatching(
        /^configs\/tools\.yaml:8:40: error: "tools\[0\]\.parameters\.properties\.query\.format" is an unknown format "date-tme"; known: date-time, date, /,
      ),
    ]);
    expect(
      rulesOf({
        [TOOLS]: replace(
          "query: { type: string, description: What to search for }",
          "query: { type: string, format: date-time }",
        ),
      }),
    ).toEqual([]);
  });

  it("GIVEN a reference to another document THEN it is refused: a tool's schema is self-contained; its own $defs are fine", () => {
    expect(
      problemsOf({
        [TOOLS]: replace(
          "query: { type: string, description: What to search for }",
          'query: { $ref: "https://example.org/query.json" }',
        ),
      }),
    ).toEqual([
      'configs/tools.yaml:8:24: error: "tools[0].parameters.properties.query.$ref" cannot be resolved: a tool\'s schema must be self-contained (refer only to its own $defs)',
    ]);
    const own = replace(
      "      type: object\n      properties:\n        query: { type: string, description: What to search for }",
      '      type: object\n      $defs:\n        text: { type: string }\n      properties:\n        query: { $ref: "#/$defs/text" }',
    );
    expect(rulesOf({ [TOOLS]: own })).toEqual([]);
  });

  it("GIVEN a draft the providers do not take THEN $schema is an error; draft-07 is accepted", () => {
    expect(
      problemsOf({
        [TOOLS]: replace(
          "      type: object\n      properties:\n        query:",
          "      $schema: http://json-schema.org/draft-04/schema#\n      type: object\n      properties:\n        query:",
        ),
      }),
    ).toEqual([
      'configs/tools.yaml:6:16: error: "tools[0].parameters.$schema" must be https://json-schema.org/draft/2020-12/schema (the default) or http://json-schema.org/draft-07/schema#, the drafts LaunchDarkly and the model providers accept',
    ]);
    expect(
      rulesOf({
        [TOOLS]: replace(
          "      type: object\n      properties:\n        query:",
          '      $schema: "http://json-schema.org/draft-07/schema#"\n      type: object\n      properties:\n        query:',
        ),
      }),
    ).toEqual([]);
  });
});

describe("audit-log-config: the export's settings are what its integration takes", () => {
  it("GIVEN skip_ca_verification: true THEN it is refused: the certificate check stays on", () => {
    expect(problemsOf({ [PROJECT]: replace("skip_ca_verification: false", "skip_ca_verification: true") })).toEqual([
      'configs/project.yaml:65:27: error: "auditLog.config.skip_ca_verification" must be false: the certificate check is what keeps the audit log from going to whoever can intercept the connection; give the SIEM a certificate from a public CA instead',
    ]);
  });

  it.each([
    ["javascript:alert(document.cookie)"],
    ["http://splunk.example.org:8088"],
    ["https://"],
    ["ftp://splunk.example.org"],
  ])("GIVEN base_url %s THEN only an https:// address is accepted", (url) => {
    expect(
      problemsOf({ [PROJECT]: replace("base_url: https://splunk.example.org:8088", `base_url: "${url}"`) }),
    ).toEqual([
      'configs/project.yaml:64:15: error: "auditLog.config.base_url" must be an https:// address (host, optional port and path): LaunchDarkly sends the audit log there, and only TLS keeps it private',
    ]);
  });

  it("GIVEN a misspelt, a missing and a secret setting THEN each is an error naming what the integration takes", () => {
    const problems = problemsOf({
      [PROJECT]: replace(
        "    base_url: https://splunk.example.org:8088\n    skip_ca_verification: false",
        "    baseurl: https://splunk.example.org:8088\n    token: from-the-vault",
      ),
    });
    expect(problems).toEqual([
      'configs/project.yaml:64:5: error: missing required setting "auditLog.config.base_url" of the splunk integration',
      'configs/project.yaml:64:5: error: missing required setting "auditLog.config.skip_ca_verification" of the splunk integration',
      'configs/project.yaml:64:5: error: unknown setting "auditLog.config.baseurl" for the splunk integration; it takes: base_url, skip_ca_verification',
      'configs/project.yaml:65:5: error: "token" is the splunk integration\'s secret: name it under auditLog.secret (field: token) and let the pipeline supply it, never write it here',
    ]);
  });

  it("GIVEN a secret field the integration does not have, or no secret at all THEN it is an error", () => {
    expect(problemsOf({ [PROJECT]: replace("field: token", "field: password") })).toEqual([
      'configs/project.yaml:67:12: error: the splunk integration has no secret setting "password"; its secret is token',
    ]);
    expect(
      problemsOf({ [PROJECT]: replace("  secret:\n    field: token\n    variable: splunk_hec_token\n", "") }),
    ).toEqual([
      "configs/project.yaml:61:3: error: the splunk integration needs its secret (token): declare it under auditLog.secret with the sensitive Terraform variable the pipeline fills",
    ]);
  });
});
