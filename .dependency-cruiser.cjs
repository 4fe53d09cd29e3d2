/**
 * The layers of the engine, bottom first (README "Where things are"). A module may import its own layer and the
 * layers below it, never one above; `npm test` runs `depcruise` with this file and fails on any violation.
 * Type-only imports count (tsPreCompilationDeps): a type import ties two modules as firmly as a value import.
 * Tests, bench/ and scripts/ sit outside the layers and may import anything.
 */
const LAYERS = [
  // Nothing of ours below them: secret shapes, prompt files with text positions, the capability table.
  { name: "foundations", paths: ["src/secrets", "src/prompts", "src/access"] },
  // The only code that reads the catalog's files; what a catalog serves, which its own rules need.
  { name: "catalog", paths: ["src/catalog"] },
  // The questions asked of a catalog, each building on the ones before it.
  { name: "targeting", paths: ["src/targeting"] },
  { name: "experiments", paths: ["src/experiments"] },
  { name: "live", paths: ["src/live"] },
  { name: "impact", paths: ["src/impact"] },
  { name: "evals", paths: ["src/evals"] },
  { name: "pages", paths: ["src/report", "src/docs", "src/codegen", "src/pipeline"] },
  // cdktf: constructs over the generated provider bindings, then the stacks that compose them.
  { name: "constructs", paths: ["constructs", ".gen"] },
  { name: "stacks", paths: ["stacks"] },
  { name: "cli", paths: ["src/cli"] },
  { name: "entry points", paths: ["main\\.ts$", "bin"] },
];

const under = (paths) => `^(${paths.map((p) => (p.endsWith("$") ? p : `${p.replace(/\./g, "\\.")}/`)).join("|")})`;

const importsUp = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-import-up-from-${layer.name.replace(/ /g, "-")}`,
  comment: `${layer.name} (${layer.paths.join(", ")}) may import only its own layer and those below it`,
  severity: "error",
  from: { path: under(layer.paths) },
  to: { path: under(LAYERS.slice(index + 1).flatMap((above) => above.paths)) },
}));

module.exports = {
  forbidden: [
    ...importsUp,
    {
      name: "bindings-behind-one-module",
      comment: "the generated provider bindings are imported through constructs/launchdarkly/bindings.ts only",
      severity: "error",
      from: { pathNot: "^(constructs/launchdarkly/bindings\\.ts|\\.gen/)" },
      to: { path: "^\\.gen/" },
    },
    {
      name: "constructs-take-their-own-props",
      comment: "a construct takes readonly props of its own; the stacks map the catalog to them (design section 3)",
      severity: "error",
      from: { path: "^constructs/" },
      to: { path: "^src/catalog/" },
    },
    {
      name: "no-circular",
      comment: "a cycle makes two modules one; split out what both need",
      severity: "error",
      from: {},
      // A cycle closed by a type-only import vanishes at run time: the rule registry derives RuleId, which the
      // problems its rules report are typed with. Every other cycle is refused.
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "no-orphans",
      comment: "a module nothing imports and that imports nothing is dead code or a forgotten entry point",
      severity: "error",
      from: { orphan: true, pathNot: "\\.d\\.ts$" },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
