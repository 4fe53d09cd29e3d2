/**
 * `npm run bench`: times `aic validate` as a whole process on generated catalogs of growing size and prints a
 * table. Budget (issue #2): 2,000 AI Configs (8,000 prompt files) in under 2 s, growing no faster than linearly.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateCatalog } from "./generate-catalog";

const REPO_ROOT = path.resolve(__dirname, "..");
const SIZES = (process.env.AIC_BENCH_SIZES ?? "50,500,2000").split(",").map(Number);
const RUNS = Number(process.env.AIC_BENCH_RUNS ?? 5);
const VALIDATE_BUDGET_MS = 2000;

interface Measure {
  ms: number;
  rssMb: number;
}

/** One discarded warm-up run (it pays for writing back the freshly generated files), then the median of RUNS. */
function measure(args: string[]): Measure {
  const samples: Measure[] = [];
  for (let run = -1; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ["--require", path.join(__dirname, "report-rss.js"), "--require", "tsx/cjs", ...args], {
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
    rows.push(["node + tsx start-up", "-", "-", baseline.ms.toFixed(0), baseline.rssMb.toFixed(0), "-", "-"]);
    const results: Array<{ size: number; validate: Measure }> = [];
    for (const size of SIZES) {
      const root = path.join(work, `catalog-${size}`);
      generateCatalog(root, size);
      const validate = measure([path.join(REPO_ROOT, "src/cli/main.ts"), "validate", "--root", root]);
      results.push({ size, validate });
      const perConfig = ((validate.ms - baseline.ms) / size).toFixed(3);
      const verdict = size === 2000 ? (validate.ms < VALIDATE_BUDGET_MS ? "within 2 s" : "OVER 2 s") : "";
      rows.push(["validate", String(size), String(size * 4), validate.ms.toFixed(0), validate.rssMb.toFixed(0), perConfig, verdict]);
    }
    printTable(["command", "AI configs", "prompt files", "wall ms (median)", "peak RSS MB", "ms per config", "budget"], rows);
    const first = results[0];
    const last = results[results.length - 1];
    if (first && last && last.size > first.size) {
      const growth = (last.validate.ms - baseline.ms) / (first.validate.ms - baseline.ms);
      console.log(`\nwork beyond start-up grows ${growth.toFixed(1)}x for ${last.size / first.size}x the configs (linear or better: <= ${last.size / first.size})`);
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
