#!/usr/bin/env node
"use strict";
/**
 * The `aic` launcher. It runs the CLI from a bundle of this repository's TypeScript (src/, constructs/, stacks/,
 * .gen/), rebuilt with esbuild whenever a source file is newer than the bundle; dependencies stay in
 * node_modules and load with plain `require`. Running through tsx instead costs about half a second of
 * start-up per command (every module passes through its loader hooks).
 */
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const bundle = path.join(root, "node_modules", ".cache", "aic", "aic.js");
const SOURCES = ["src", "constructs", "stacks", ".gen"];

function newestSourceTime() {
  let newest = 0;
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

if (!isFresh()) {
  // Built next to the target and renamed, so concurrent runs never load a half-written bundle.
  const staging = `${bundle}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(bundle), { recursive: true });
  require("esbuild").buildSync({
    entryPoints: [path.join(root, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    outfile: staging,
    logLevel: "warning",
  });
  fs.renameSync(staging, bundle);
}

require(bundle);
