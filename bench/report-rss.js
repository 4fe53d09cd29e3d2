// Preloaded into benchmarked processes: reports the process's peak resident memory when it exits.
process.on("exit", () => {
  process.stderr.write(`AIC_BENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
