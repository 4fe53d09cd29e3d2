#!/usr/bin/env node
"use strict";
/**
 * The `aic` launcher. It runs the CLI from a bundle of this repository's TypeScript (src/, constructs/, stacks/,
 * .gen/), built with esbuild whenever what it is built from has changed. Running through tsx instead costs about
 * half a second of start-up per command (every module passes through its loader hooks).
 *
 * Start-up is most of what a small catalog's validate costs, so two more things shorten it:
 * - the small pure-JavaScript libraries every command loads (INLINED) are bundled too, which spares resolving
 *   and compiling about a hundred files of zod; every other dependency stays in node_modules and loads with
 *   plain `require`;
 * - V8's code cache: the bundle's code as compiled by an earlier run of the same command, functions compiled
 *   on the way included, is kept next to the bundle.
 *
 * Both are kept exactly in step with the sources, since running stale code would be silent:
 * - the bundle's first lines name what it was built from (every source file's path, size and modification time,
 *   and those of the launcher, the compiler options and the package lists), so that an edit, a file added,
 *   removed or put back with an older time, or a reinstalled dependency rebuilds it;
 * - a code cache is named after the exact text of the bundle it was made from. V8 checks a cache against its own
 *   version and flags but against the source's length only: a rebuilt bundle of the same length (one character
 *   changed) would otherwise run the old bundle's compiled code.
 * Where node_modules cannot be written, the bundle runs from memory; sources that do not build stop the command
 * with esbuild's errors and exit code 1.
 */
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

const root = path.resolve(__dirname, "..");
const bundle = path.join(root, "node_modules", ".cache", "aic", "aic.js");
const SOURCES = ["src", "constructs", "stacks", ".gen"];
/** Besides the sources, what decides the bundle's text: its build options, compiler options and packages. */
const BUILD_INPUTS = [
  "bin/aic.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "node_modules/.package-lock.json",
];
const INLINED = new Set(["zod", "js-yaml", "mustache", "commander", "ajv"]);
/** The bundle's first lines: the digest of its text, then each input as sourceLines gives it. */
const TEXT_LINE = /^\/\/ aic bundle, text ([0-9a-f]{64})\n/;
const END_OF_SOURCES = "// end of sources\n";

/**
 * Every input's path, size and modification time, one comment line each, in one order: any change to an input
 * changes them. Compared as text rather than through a digest, so that a start need not load node:crypto.
 */
function sourceLines() {
  const lines = [];
  const add = (file, abs) => {
    try {
      const stat = fs.statSync(abs);
      lines.push(`// source ${JSON.stringify(file)} ${stat.size} ${stat.mtimeMs}\n`);
    } catch {
      lines.push(`// source ${JSON.stringify(file)} absent\n`);
    }
  };
  for (const file of BUILD_INPUTS) add(file, path.join(root, file));
  for (const dir of SOURCES) {
    // Paths by slicing rather than path.relative, which resolves both paths for each of some 300 files.
    for (const entry of fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const abs = `${entry.parentPath}${path.sep}${entry.name}`;
      const file = abs.slice(root.length + 1).replaceAll(path.sep, "/");
      add(file, abs);
    }
  }
  return asciiOnly(lines.sort().join(""));
}

/** The digest of the text of the bundle `text`, when it was built from `sources`; else undefined. */
function builtFrom(text, sources) {
  const first = TEXT_LINE.exec(text);
  if (!first) return undefined;
  const at = first[0].length;
  return text.startsWith(sources, at) && text.startsWith(END_OF_SOURCES, at + sources.length) ? first[1] : undefined;
}

function sha256(text) {
  return require("node:crypto").createHash("sha256").update(text).digest("hex");
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

/**
 * Builds the bundle from the sources as they are now, headed by the digest of its text and what it was built from,
 * and keeps it for the next start where it can.
 */
function build(sources) {
  let output;
  try {
    [output] = require("esbuild").buildSync({
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
  } catch {
    // esbuild has printed each error with its file and line (logLevel "warning"); a stack trace would add nothing.
    console.error("aic: the sources do not build (see above); nothing was run");
    process.exit(1);
  }
  const body = asciiOnly(output.text);
  const digest = sha256(body);
  const text = `// aic bundle, text ${digest}\n${sources}${END_OF_SOURCES}${body}`;
  try {
    fs.mkdirSync(path.dirname(bundle), { recursive: true });
    writeAtomically(bundle, text);
    removeCachesOtherThan(digest);
  } catch {
    // Where node_modules cannot be written (a read-only install), the bundle runs from memory, built at each start.
  }
  return { text, digest };
}

/**
 * esbuild escapes every other character outside ASCII (its default charset), but keeps those of the comments it
 * preserves; one such character, and V8 holds the whole 2 MB source as a two-byte string. A comment reads the
 * same with the character escaped.
 */
function asciiOnly(text) {
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** How every code cache of the bundle whose text has this digest ends: `aic.js.<command><suffix>`. */
function cacheSuffix(textDigest) {
  return `.${textDigest.slice(0, 16)}.v8-cache`;
}

/** Code caches of earlier bundles never match again; a run of an earlier bundle still under way may add one. */
function removeCachesOtherThan(textDigest) {
  for (const name of fs.readdirSync(path.dirname(bundle))) {
    if (name.endsWith(".v8-cache") && !name.endsWith(cacheSuffix(textDigest))) {
      fs.rmSync(path.join(path.dirname(bundle), name), { force: true });
    }
  }
}

/** The bundle's text, or "" when there is none. Read as latin1, which is ASCII's own decoding and half UTF-8's time. */
function readBundle() {
  try {
    return fs.readFileSync(bundle, "latin1");
  } catch {
    return "";
  }
}

const sources = sourceLines();
const text = readBundle();
const digest = builtFrom(text, sources);
if (digest === undefined) {
  const built = build(sources);
  runBundle(built.text, built.digest);
} else {
  runBundle(text, digest);
}

/** Runs the bundle as `require(bundle)` would, compiled with the code cache of this command's earlier runs. */
function runBundle(source, textDigest) {
  const command = /^[a-z][a-z-]*$/.test(process.argv[2] ?? "") ? process.argv[2] : "other";
  const cacheFile = `${bundle}.${command}${cacheSuffix(textDigest)}`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), {
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
