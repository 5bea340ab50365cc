// Preloaded with `node --require` into each tsc process that the type-check
// case measures. On exit it writes the process's peak resident set size in
// bytes and its CPU time in milliseconds, as JSON, to the file named by
// BENCH_USAGE_FILE. CPU time varies less than wall time on a busy machine.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.BENCH_USAGE_FILE;
  if (file) {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(file, JSON.stringify({ peakRssBytes: usage.maxRSS * 1024, cpuMs }));
  }
});
