// A Node ESM consumer of @aifin/core, installed from the packed tarball.
import assert from 'node:assert/strict';
import { AifinError, BUILTIN_SCENARIOS, buildWorkbookPlan, evaluate, parseScenarioText } from '@aifin/core';

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

const end = base.years.length - 1;
console.log(
  `node-esm: base ARR ${base.lines['arr.total'][end].toFixed(1)} B USD in ${base.years[end]}; ` +
    `plan for "fast" has ${plan.sheets.length} sheets`,
);
