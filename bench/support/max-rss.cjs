// Preloaded with --require into a measured process: on exit it writes the process's own peak resident set size
// (kB, from getrusage) to $BENCH_MAX_RSS_FILE. `exit` fires on process.exit() too, so the CLI's single exit is seen.
const { writeFileSync } = require('node:fs');

// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by the benchmark for its own child, never by a turbo task.
const target = process.env.BENCH_MAX_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
