// Sensitivity in core, on the built dist: for base, a tornado of runway and of 2030 cash, then a 21 × 21 grid of
// each over the two inputs that move it most. Goal (issue 7): at most 20 ms for the whole set.
import { pathToFileURL } from 'node:url';
import { CORE, requireBuilt } from './support/paths.mjs';
import { report } from './support/report.mjs';
import { median, msSince } from './support/stats.mjs';

const { BUILTIN_SCENARIOS, inputRanges, parseMetric, sensitivityGrid, tornado } = await import(
  pathToFileURL(requireBuilt(CORE)).href
);

const GOAL_MS = 20;
const RUNS = 30;
const base = BUILTIN_SCENARIOS.base;
const ranges = inputRanges(base);
const steps = (range) =>
  Array.from({ length: 21 }, (_, i) => range.low + ((range.high - range.low) * i) / 20);

const once = () => {
  let cells = 0;
  for (const text of ['runwayEndYear', 'cash.end@2030']) {
    const metric = parseMetric(text, base.horizon);
    const { bars } = tornado(base, metric, ranges);
    const [first, second] = bars;
    const grid = sensitivityGrid(
      base,
      metric,
      { input: first.input, values: steps(first) },
      { input: second.input, values: steps(second) },
    );
    cells += grid.grid.length * grid.grid[0].length + bars.length * 2;
  }
  return cells;
};

for (let i = 0; i < 5; i++) once();
const times = [];
let evaluations = 0;
for (let i = 0; i < RUNS; i++) {
  const start = process.hrtime.bigint();
  evaluations = once();
  times.push(msSince(start));
}
const med = median(times);
report('analysis', [
  {
    measure: 'base: tornado + 21×21 grid, for runwayEndYear and cash.end@2030',
    evaluations,
    'median ms': med,
    'min ms': Math.min(...times),
    'max ms': Math.max(...times),
    'goal ms': GOAL_MS,
    met: med <= GOAL_MS ? 'yes' : 'no',
  },
]);
