// A Node ESM consumer of @aifin/core, installed from the packed tarball.
import assert from 'node:assert/strict';
import {
  AifinError,
  BUILTIN_MODEL,
  BUILTIN_SCENARIOS,
  buildWorkbookPlan,
  evaluate,
  FACTS,
  parseScenarioText,
} from '@aifin/core';
import { localThreads, prepareSimulation, runSimulation, simulationPlan } from '@aifin/core/analysis';
import { columnLetter } from '@aifin/core/workbook';

const base = evaluate(BUILTIN_SCENARIOS.base);
assert.equal(base.years[0], 2023);
assert.equal(base.years.length, 3 + BUILTIN_SCENARIOS.base.horizon);

const mine = parseScenarioText('name: fast\nextends: bull\ninputs: { growthFade: 0.1 }\n', 'fast.yaml');
const plan = buildWorkbookPlan({ scenarios: [...Object.values(BUILTIN_SCENARIOS), mine], selected: 'fast' });
assert.ok(plan.sheets.some((sheet) => sheet.name === 'Assumptions'));

// A user's mistake is a typed error naming the field and the value; the built-ins cannot be changed.
assert.throws(() => parseScenarioText('name: x\ninputs: { growthFade: 7 }\n', 'x.yaml'), AifinError);
assert.throws(() => evaluate({ ...BUILTIN_SCENARIOS.base, horizon: '5' }), AifinError);
assert.ok(Object.isFrozen(BUILTIN_SCENARIOS.base.inputs));

// The subpath entries: a renderer's helpers, and a small simulation on this thread.
assert.equal(columnLetter(27), 'AA');
const plan1000 = simulationPlan({
  scenarios: [{ scenario: BUILTIN_SCENARIOS.base, weight: 1 }],
  facts: FACTS,
  holdFacts: true,
  distribution: 'pert',
  sampling: 'lhs',
  seed: 7,
  paths: 1000,
  model: BUILTIN_MODEL,
});
const prepared = prepareSimulation(BUILTIN_MODEL, plan1000);
const simulation = await runSimulation(prepared, localThreads(prepared));
assert.equal(simulation.paths, 1000);

const end = base.years.length - 1;
console.log(
  `node-esm: base ARR ${base.lines['arr.total'][end].toFixed(1)} B USD in ${base.years[end]}; ` +
    `plan for "fast" has ${plan.sheets.length} sheets`,
);
