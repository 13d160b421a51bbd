// evaluate() with a facts file (a restated F9 and a new fact) against evaluate() on the built-in facts, on core's
// built dist. The fact set's model is looked up on every call, as a front end does. Goal: at most 10 % slower.
import { pathToFileURL } from 'node:url';
import { CORE, requireBuilt } from './support/paths.mjs';
import { report } from './support/report.mjs';
import { median, msSince } from './support/stats.mjs';

const { BUILTIN_OBSERVATIONS, BUILTIN_SCENARIOS, evaluate, modelForFacts, parseFactsText, resolveFactSet } =
  await import(pathToFileURL(requireBuilt(CORE)).href);

const FACTS_FILE = `facts:
  - { id: F9, value: 13.5, qualifier: estimate, asOf: 2026-05-01, source: { publisher: The Wall Street Journal } }
  - { id: X1, company: Anthropic, metric: funding, value: 13, asOf: 2026-09-01, source: { publisher: Reuters } }
`;
const WARM_UP_CALLS = 20_000;
const BATCHES = 40;
const CALLS_PER_BATCH = 2_000;
const GOAL_RATIO = 1.1;

const scenario = BUILTIN_SCENARIOS.base;
const factSet = resolveFactSet([...BUILTIN_OBSERVATIONS, ...parseFactsText(FACTS_FILE, 'bench.yaml')]);

let sink = 0;
const runs = {
  builtin: () => evaluate(scenario),
  'facts file': () => evaluate(scenario, modelForFacts(factSet)),
};
for (const run of Object.values(runs)) for (let i = 0; i < WARM_UP_CALLS; i++) sink += run().years.length;

// Batches alternate between the two, so that drift of a shared machine falls on both alike.
const perCallUs = { builtin: [], 'facts file': [] };
for (let b = 0; b < BATCHES; b++) {
  for (const [name, run] of Object.entries(runs)) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < CALLS_PER_BATCH; i++) sink += run().years.length;
    perCallUs[name].push((msSince(start) * 1000) / CALLS_PER_BATCH);
  }
}
if (sink === 0) throw new Error('evaluate returned no years');

const builtin = median(perCallUs.builtin);
const withFile = median(perCallUs['facts file']);
const ratio = withFile / builtin;
report('facts', [
  {
    measure: 'evaluate(base), built-in facts',
    'median µs/call': builtin,
    'ratio to built-in': 1,
    'goal ratio': '',
    met: '',
  },
  {
    measure: 'evaluate(base), facts file',
    'median µs/call': withFile,
    'ratio to built-in': ratio,
    'goal ratio': GOAL_RATIO,
    met: ratio <= GOAL_RATIO ? 'yes' : 'no',
  },
]);
