// A CommonJS TypeScript consumer of @aifin/core on TypeScript 5.4 (module: node16), installed from the packed
// tarball. Before TypeScript 5.8 a CommonJS file cannot import an ES-module-only package's types (TS1479), so this
// type-checks only because the package ships a CommonJS build with its own .d.cts, under the "require" condition.
import assert = require('node:assert/strict');
import core = require('@aifin/core');
import errors = require('@aifin/core/errors');
import analysis = require('@aifin/core/analysis');
import workbook = require('@aifin/core/workbook');

const bear: core.Evaluation = core.evaluate(core.BUILTIN_SCENARIOS.bear);
assert.equal(bear.scenario, 'bear');

// The typed user error, from the main entry and from the /errors subpath, is one class to instanceof.
assert.throws(() => core.parseHorizon('0xF'), errors.AifinError);
try {
  core.parseHorizon('0');
} catch (error) {
  assert.ok(error instanceof core.AifinError && error.code === 'HORIZON_INVALID');
}

// The subpath entries type-check through their own .d.cts: a plan's sheet and a simulation's sampling.
const plan: workbook.WorkbookPlan = core.buildWorkbookPlan({
  scenarios: [core.BUILTIN_SCENARIOS.bear],
  selected: 'bear',
});
const sheet: workbook.SheetPlan | undefined = plan.sheets[0];
assert.ok(sheet !== undefined && workbook.columnLetter(27) === 'AA');
const sampling: analysis.Sampling = analysis.SAMPLINGS[0] ?? 'lhs';
assert.ok(analysis.SAMPLINGS.includes(sampling));

// This example proves the oldest TypeScript the README promises, so it must not drift to a newer one.
const typescript: string = require('typescript/package.json').version;
assert.equal(typescript, '5.4.5');

const end = bear.years.length - 1;
const arr: number | null | undefined = bear.lines['arr.total'][end];
console.log(
  `ts-cjs: bear ARR ${arr?.toFixed(1)} B USD in ${bear.years[end]}, type-checked by TypeScript ${typescript}`,
);
