// Large simulations (issue 15: 10,000,000 paths in under a minute on this 2-core machine). Measures `aifin simulate`
// at the largest run that keeps every value (1,000,000 paths, in memory) and a run above core's in-memory budget
// (streaming: a pilot brackets every percentile, one pass over all the paths keeps the values inside the brackets),
// each with wall time, CPU time and peak RSS. AIFIN_BENCH_LARGE sets the streaming run's paths (unset, empty or 1:
// 10,000,000), e.g. `AIFIN_BENCH_LARGE=2000000 pnpm bench`; AIFIN_BENCH_LARGE=0 skips this bench.
import { loadavg } from 'node:os';
import { runNode } from './support/measure.mjs';
import { CLI, requireBuilt } from './support/paths.mjs';
import { report } from './support/report.mjs';

const setting = process.env.AIFIN_BENCH_LARGE;
if (setting === '0') {
  console.log('\nsimulate-large: skipped (AIFIN_BENCH_LARGE=0)');
  process.exit(0);
}
const LARGE = setting === undefined || setting === '' || setting === '1' ? 10_000_000 : Number(setting);
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
  const load = loadavg()[0];
  const run = simulate(paths);
  const tenMillion = paths === 10_000_000;
  rows.push({
    measure: `aifin simulate --paths ${paths} --json (${method}, default workers, load ${load.toFixed(1)} before)`,
    value: `${(run.ms / 1000).toFixed(1)} s wall, ${run.maxRssMb.toFixed(0)} MB peak RSS, ${((run.ms * 1000) / paths).toFixed(1)} µs a path`,
    goal: tenMillion ? '< 60 s' : '',
    met: tenMillion ? (run.ms < 60_000 ? 'yes' : 'no') : '',
  });
}
report('simulate-large', rows);
