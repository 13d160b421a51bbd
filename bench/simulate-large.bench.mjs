// Large simulations (opt-in: minutes on a 2-core machine). Runs only with AIFIN_BENCH_LARGE set: its value is the
// paths of the streaming run (1 or empty: 10,000,000), e.g. `AIFIN_BENCH_LARGE=2000000 pnpm bench`, or after a build
// `AIFIN_BENCH_LARGE=1 node bench/simulate-large.bench.mjs`. Measures `aifin simulate` at the largest run that keeps
// every value (1,000,000 paths, in memory) and a run above core's in-memory budget (streaming: exact percentiles in
// passes over the paths, memory bounded by lines × years), each with wall time and peak RSS.
import { runNode } from './support/measure.mjs';
import { CLI, requireBuilt } from './support/paths.mjs';
import { report } from './support/report.mjs';

const setting = process.env.AIFIN_BENCH_LARGE;
if (setting === undefined || setting === '0') {
  console.log('\nsimulate-large: skipped (set AIFIN_BENCH_LARGE=1, or to a number of paths, to run it)');
  process.exit(0);
}
const LARGE = setting === '' || setting === '1' ? 10_000_000 : Number(setting);
if (!Number.isInteger(LARGE) || LARGE < 1_200_000)
  throw new Error(
    `AIFIN_BENCH_LARGE=${setting}: give 1 or a whole number of paths ≥ 1200000 (above the budget)`,
  );
const SEED = 7;

const simulate = (paths) =>
  runNode([requireBuilt(CLI), 'simulate', '--paths', String(paths), '--seed', String(SEED), '--json'], {
    rss: true,
  });

const rows = [];
for (const [paths, method] of [
  [1_000_000, 'in memory'],
  [LARGE, 'streaming'],
]) {
  const run = simulate(paths);
  rows.push({
    measure: `aifin simulate --paths ${paths} --json (${method}, default workers)`,
    value: `${(run.ms / 1000).toFixed(1)} s wall, ${run.maxRssMb.toFixed(0)} MB peak RSS, ${((run.ms * 1000) / paths).toFixed(1)} µs a path`,
    goal: method === 'streaming' ? 'peak RSS independent of paths' : '',
  });
}
report('simulate-large', rows);
