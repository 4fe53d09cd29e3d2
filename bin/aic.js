#!/usr/bin/env node
"use strict";
/**
 * The `aic` launcher. It runs the CLI from a bundle of this repository's TypeScript (src/, constructs/, stacks/,
 * .gen/), rebuilt with esbuild whenever a source file is newer than the bundle. Running through tsx instead
 * costs about half a second of start-up per command (every module passes through its loader hooks).
 *
 * Start-up is most of what a small catalog's validate costs, so two more things shorten it:
 * - the small pure-JavaScript libraries every command loads (INLINED) are bundled too, which spares resolving
 *   and compiling about a hundred files of zod; every other dependency stays in node_modules and loads with
 *   plain `require`;
 * - V8's code cache: the bundle's code as compiled by an earlier run of the same command, functions compiled
 *   on the way included, is kept next to the bundle. V8 checks it against the bundle's source and its own
 *   version and flags, and compiles afresh when it does not match; the cache is then written again.
 */
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

const root = path.resolve(__dirname, "..");
const bundle = path.join(root, "node_modules", ".cache", "aic", "aic.js");
const SOURCES = ["src", "constructs", "stacks", ".gen"];
const INLINED = new Set(["zod", "js-yaml", "mustache", "commander", "ajv"]);

function newestSourceTime() {
  let newest = fs.statSync(path.join(__dirname, "aic.js")).mtimeMs; // This launcher: its build options.
  for (const dir of SOURCES) {
    for (const entry of fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith(".ts")) {
        newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
      }
    }
  }
  return newest;
}

function isFresh() {
  try {
    return fs.statSync(bundle).mtimeMs >= newestSourceTime();
  } catch {
    return false;
  }
}

/** Every dependency but the inlined ones, with its subpaths (`@cdktf/provider-aws/lib/iam-role`). */
function externals() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  return Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
    .filter((name) => !INLINED.has(name))
    .flatMap((name) => [name, `${name}/*`]);
}

/** Written next to the target and renamed, so that concurrent runs never read a half-written file. */
function writeAtomically(file, data) {
  const staging = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(staging, data);
  fs.renameSync(staging, file);
}

if (!isFresh()) {
  fs.mkdirSync(path.dirname(bundle), { recursive: true });
  const [output] = require("esbuild").buildSync({
    entryPoints: [path.join(root, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: externals(),
    outfile: bundle,
    write: false,
    logLevel: "warning",
  }).outputFiles;
  writeAtomically(bundle, asciiOnly(output.text));
}

/**
 * esbuild escapes every other character outside ASCII (its default charset), but keeps those of the comments it
 * preserves; one such character, and V8 holds the whole 2 MB source as a two-byte string. A comment reads the
 * same with the character escaped.
 */
function asciiOnly(text) {
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

runBundle();

/** Loads the bundle as `require(bundle)` would, compiled with the code cache of this command's earlier runs. */
function runBundle() {
  const command = /^[a-z][a-z-]*$/.test(process.argv[2] ?? "") ? process.argv[2] : "other";
  const cacheFile = `${bundle}.${command}.v8-cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, "utf8")), {
    filename: bundle,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once("exit", () => {
      try {
        writeAtomically(cacheFile, script.createCachedData());
      } catch {
        // A cache that cannot be written is only a slower next start.
      }
    });
  }
  const bundled = new Module(bundle, module);
  bundled.filename = bundle;
  bundled.paths = Module._nodeModulePaths(path.dirname(bundle));
  const requireFromBundle = Module.createRequire(bundle);
  script
    .runInThisContext()
    .call(bundled.exports, bundled.exports, requireFromBundle, bundled, bundle, path.dirname(bundle));
}
