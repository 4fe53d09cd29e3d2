/**
 * `npm run bench`: times `aic validate` and `aic synth` as whole processes on generated catalogs of growing size,
 * next to an empty cdktf app's synth, and prints a table. Budgets: validate of 2,000 AI Configs (8,000 prompt
 * files) under 2 s (issue #2); synth of 500 AI Configs under 4x the empty app (issue #3); both linear.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateCatalog } from "./generate-catalog";

const REPO_ROOT = path.resolve(__dirname, "..");
const AIC = path.join(REPO_ROOT, "bin/aic.js");
const SIZES = (process.env.AIC_BENCH_SIZES ?? "50,500,2000").split(",").map(Number);
const RUNS = Number(process.env.AIC_BENCH_RUNS ?? 5);
const VALIDATE_BUDGET_MS = 2000;
const SYNTH_BUDGET_FACTOR = 4;

interface Measure {
  ms: number;
  rssMb: number;
}

/** One discarded warm-up run (it pays for writing back the freshly generated files), then the median of RUNS. */
function measure(args: string[]): Measure {
  const samples: Measure[] = [];
  for (let run = -1; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ["--require", path.join(__dirname, "report-rss.js"), ...args], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
    const kb = Number(/AIC_BENCH_MAX_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0);
    if (run >= 0) samples.push({ ms, rssMb: kb / 1024 });
  }
  samples.sort((a, b) => a.ms - b.ms);
  return samples[Math.floor(samples.length / 2)]!;
}

function main(): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "aic-bench-"));
  try {
    const rows: string[][] = [];
    const baseline = measure(["-e", ""]);
    rows.push(["node start-up", "-", "-", baseline.ms.toFixed(0), baseline.rssMb.toFixed(0), "-", "-"]);
    const empty = measure([path.join(__dirname, "empty-app.js"), path.join(work, "empty.out")]);
    rows.push(["empty cdktf app synth", "-", "-", empty.ms.toFixed(0), empty.rssMb.toFixed(0), "-", "-"]);
    // The same app with no AI Config: every stack, provider and backend, the models, roles and metrics.
    const bare = path.join(work, "catalog-0");
    generateCatalog(bare, 0);
    const noConfigs = measure([AIC, "synth", "--root", bare, "--out", path.join(work, "out-0")]);
    rows.push(["synth", "0", "0", noConfigs.ms.toFixed(0), noConfigs.rssMb.toFixed(0), "-", "-"]);
    const results: Array<{ size: number; validate: Measure; synth: Measure }> = [];
    const roots = SIZES.map((size) => path.join(work, `catalog-${size}`));
    SIZES.forEach((size, i) => generateCatalog(roots[i]!, size));
    // Every validate before any synth, so that no run competes with the write-back of another's output.
    const validates = roots.map((root) => measure([AIC, "validate", "--root", root]));
    for (const [i, size] of SIZES.entries()) {
      const root = roots[i]!;
      const out = path.join(work, `out-${size}`);
      const validate = validates[i]!;
      const synth = measure([AIC, "synth", "--root", root, "--out", out]);
      fs.rmSync(out, { recursive: true, force: true });
      results.push({ size, validate, synth });
      const validateVerdict = size === 2000 ? (validate.ms < VALIDATE_BUDGET_MS ? "within 2 s" : "OVER 2 s") : "";
      const ratio = synth.ms / empty.ms;
      const relative = `${ratio.toFixed(1)}x empty app, ${(synth.ms / noConfigs.ms).toFixed(1)}x 0 configs`;
      const synthVerdict = size === 500 ? `${relative}: ${ratio < SYNTH_BUDGET_FACTOR ? "within" : "OVER"} 4x empty` : relative;
      rows.push(["validate", String(size), String(size * 4), validate.ms.toFixed(0), validate.rssMb.toFixed(0), ((validate.ms - baseline.ms) / size).toFixed(3), validateVerdict]);
      rows.push(["synth", String(size), String(size * 4), synth.ms.toFixed(0), synth.rssMb.toFixed(0), ((synth.ms - empty.ms) / size).toFixed(3), synthVerdict]);
    }
    printTable(["command", "AI configs", "prompt files", "wall ms (median)", "peak RSS MB", "ms per config", "budget"], rows);
    const first = results[0];
    const last = results[results.length - 1];
    if (first && last && last.size > first.size) {
      const factor = last.size / first.size;
      const growth = (m: "validate" | "synth", base: number) => ((last[m].ms - base) / (first[m].ms - base)).toFixed(1);
      console.log(`\nwork beyond start-up grows ${growth("validate", baseline.ms)}x (validate) and ${growth("synth", empty.ms)}x (synth) for ${factor}x the configs (linear or better: <= ${factor})`);
    }
    console.log(`${RUNS} runs each, median; ${os.cpus().length} CPUs, Node ${process.version}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

main();
