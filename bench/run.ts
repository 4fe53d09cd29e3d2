/**
 * `npm run bench`: times `aic validate` and `aic synth` as whole processes on generated catalogs of growing size,
 * next to node's start-up, a bare cdktf app's synth and this app's synth with no AI Config, and prints a table.
 * Then `aic eval` of 200 cases x 3 repeats against a stand-in answering after 50 ms, at concurrency 8 (issue #14).
 * The budgets are in budgets.ts; the bench exits 1 when one is missed. Growth beyond linear is printed, not judged:
 * on a shared machine it is too noisy to fail on.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { evalVerdict, summary, synthVerdict, validateVerdict, type Verdict } from "./budgets";
import { benchEval, EVAL_CASES, EVAL_CONCURRENCY, EVAL_REPEATS } from "./eval-bench";
import { generateCatalog } from "./generate-catalog";

const REPO_ROOT = path.resolve(__dirname, "..");
const AIC = path.join(REPO_ROOT, "bin/aic.js");
const SIZES = (process.env.AIC_BENCH_SIZES ?? "50,500,2000").split(",").map(Number);
const RUNS = Number(process.env.AIC_BENCH_RUNS ?? 5);

interface Measure {
  ms: number;
  rssMb: number;
}

interface Job {
  args: string[];
  samples: Measure[];
}

function job(args: string[]): Job {
  return { args, samples: [] };
}

/**
 * Runs every job once per round, after one discarded warm-up round (it pays for writing back the freshly
 * generated files). Interleaving puts the host's drift, up to 60 % within an hour on this shared machine, on
 * every command alike, so that ratios between commands hold even when single timings do not.
 */
function measureInRounds(jobs: Job[]): void {
  for (let round = -1; round < RUNS; round++) {
    for (const { args, samples } of jobs) {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, ["--require", path.join(__dirname, "report-rss.js"), ...args], {
        cwd: REPO_ROOT,
        encoding: "utf8",
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0)
        throw new Error(`${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
      const kb = Number(/AIC_BENCH_MAX_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0);
      if (round >= 0) samples.push({ ms, rssMb: kb / 1024 });
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function ms(j: Job): number {
  return median(j.samples.map((s) => s.ms));
}

function rss(j: Job): string {
  return Math.max(...j.samples.map((s) => s.rssMb)).toFixed(0);
}

/** The median, over rounds, of one job's time divided by another's in the same round. */
function ratio(j: Job, base: Job): number {
  return median(j.samples.map((s, round) => s.ms / base.samples[round]!.ms));
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "aic-bench-"));
  try {
    // The budget's "empty app" (decision 0007): every stack, provider and backend, the models, roles and metrics.
    const emptyCatalog = path.join(work, "catalog-0");
    generateCatalog(emptyCatalog, 0);
    const roots = SIZES.map((size) => path.join(work, `catalog-${size}`));
    SIZES.forEach((size, i) => generateCatalog(roots[i]!, size));

    const nodeStart = job(["-e", ""]);
    const bare = job([path.join(__dirname, "bare-cdktf-app.js"), path.join(work, "bare.out")]);
    const empty = job([AIC, "synth", "--root", emptyCatalog, "--out", path.join(work, "out-0")]);
    // Every validate before any synth in a round, so that no validate competes with the write-back of synth's output.
    const validates = roots.map((root) => job([AIC, "validate", "--root", root]));
    const synths = roots.map((root, i) =>
      job([AIC, "synth", "--root", root, "--out", path.join(work, `out-${SIZES[i]}`)]),
    );
    measureInRounds([nodeStart, bare, empty, ...validates, ...synths]);

    const rows: string[][] = [
      ["node start-up", "-", "-", ms(nodeStart).toFixed(0), rss(nodeStart), "-", "-"],
      ["bare cdktf app synth", "-", "-", ms(bare).toFixed(0), rss(bare), "-", "-"],
      ["synth (empty app)", "0", "0", ms(empty).toFixed(0), rss(empty), "-", "-"],
    ];
    const verdicts: Verdict[] = [];
    for (const [i, size] of SIZES.entries()) {
      const validate = validates[i]!;
      const synth = synths[i]!;
      const relative = `${ratio(synth, empty).toFixed(1)}x empty app (${ratio(synth, bare).toFixed(1)}x bare cdktf)`;
      const validated = validateVerdict(size, ratio(validate, nodeStart));
      const synthesized = synthVerdict(size, ratio(synth, empty), relative);
      verdicts.push(validated, synthesized);
      rows.push([
        "validate",
        String(size),
        String(size * 4),
        ms(validate).toFixed(0),
        rss(validate),
        ((ms(validate) - ms(nodeStart)) / size).toFixed(3),
        validated.text,
      ]);
      rows.push([
        "synth",
        String(size),
        String(size * 4),
        ms(synth).toFixed(0),
        rss(synth),
        ((ms(synth) - ms(empty)) / size).toFixed(3),
        synthesized.text,
      ]);
    }
    printTable(
      ["command", "AI configs", "prompt files", "wall ms (median)", "peak RSS MB", "ms per config", "budget"],
      rows,
    );
    if (SIZES.length > 1) {
      const [first, last] = [0, SIZES.length - 1];
      const factor = SIZES[last]! / SIZES[first]!;
      const growth = (jobs: Job[], base: Job) =>
        ((ms(jobs[last]!) - ms(base)) / (ms(jobs[first]!) - ms(base))).toFixed(1);
      console.log(
        `\nwork beyond the fixed cost grows ${growth(validates, nodeStart)}x (validate) and ${growth(synths, empty)}x (synth) for ${factor}x the configs (linear or better: <= ${factor})`,
      );
    }
    console.log(
      `${RUNS} interleaved rounds after a warm-up, median; ratios are medians of per-round ratios; ${os.cpus().length} CPUs, Node ${process.version}`,
    );

    const evals = await benchEval(work);
    const evaluated = evalVerdict(evals.wallMs, evals.idealMs);
    verdicts.push(evaluated);
    console.log("");
    printTable(
      ["command", "cases", "repeats", "concurrency", "calls", "most in flight", "wall ms", "ideal ms", "budget"],
      [
        [
          "eval",
          String(EVAL_CASES),
          String(EVAL_REPEATS),
          String(EVAL_CONCURRENCY),
          String(evals.calls),
          String(evals.maxInFlight),
          evals.wallMs.toFixed(0),
          evals.idealMs.toFixed(0),
          evaluated.text,
        ],
      ],
    );
    const { line, exitCode } = summary(verdicts);
    console.log(line);
    process.exitCode = exitCode;
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

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
