// evaluate() for one scenario over the default horizon, on core's built dist (what the CLI and the add-in ship).
// Goal: a median of at most 15 µs per call on a quiet machine (issue 14: the functional P&L on contracted compute,
// its cash bridge, valuation, twenty-one summary figures and thirteen checks; it was 10 µs for the smaller model).
import { pathToFileURL } from 'node:url';
import { CORE, requireBuilt } from './support/paths.mjs';
import { report } from './support/report.mjs';
import { median, msSince } from './support/stats.mjs';

const { BUILTIN_SCENARIOS, DEFAULT_HORIZON, evaluate } = await import(pathToFileURL(requireBuilt(CORE)).href);

const WARM_UP_CALLS = 20_000;
const BATCHES = 50;
const CALLS_PER_BATCH = 2_000;
const GOAL_US = 15;

const scenario = BUILTIN_SCENARIOS.base;
if (scenario.horizon !== DEFAULT_HORIZON)
  throw new Error('the base scenario no longer uses the default horizon');

// Keeps every result reachable so the engine cannot drop the calls as dead code.
let sink = 0;
for (let i = 0; i < WARM_UP_CALLS; i++) sink += evaluate(scenario).years.length;

const perCallUs = [];
for (let b = 0; b < BATCHES; b++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < CALLS_PER_BATCH; i++) sink += evaluate(scenario).years.length;
  perCallUs.push((msSince(start) * 1000) / CALLS_PER_BATCH);
}
if (sink === 0) throw new Error('evaluate returned no years');

const med = median(perCallUs);
report('evaluate', [
  {
    measure: `evaluate(base), horizon ${DEFAULT_HORIZON}`,
    'median µs/call': med,
    'min µs/call': Math.min(...perCallUs),
    'max µs/call': Math.max(...perCallUs),
    batches: `${BATCHES}×${CALLS_PER_BATCH}`,
    'goal µs': GOAL_US,
    met: med <= GOAL_US ? 'yes' : 'no',
  },
]);
