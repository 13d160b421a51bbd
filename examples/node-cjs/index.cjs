// A CommonJS consumer of @aifin/core, installed from the packed tarball: require() resolves the package's "require"
// export condition, its CommonJS build (dist/*.cjs).
const assert = require('node:assert/strict');
const { AifinError, BUILTIN_SCENARIOS, evaluate, parseHorizon } = require('@aifin/core');
const { CHUNK_PATHS, SAMPLINGS } = require('@aifin/core/analysis');
const { columnLetter } = require('@aifin/core/workbook');

const bull = evaluate(BUILTIN_SCENARIOS.bull);
assert.equal(bull.scenario, 'bull');
assert.throws(() => parseHorizon('0xF'), AifinError);

// The CommonJS build is what require() loaded, not the ES module through require(esm), for each entry.
assert.match(require.resolve('@aifin/core'), /index\.cjs$/);
assert.match(require.resolve('@aifin/core/analysis'), /analysis\.cjs$/);
assert.match(require.resolve('@aifin/core/workbook'), /workbook\.cjs$/);
assert.equal(columnLetter(27), 'AA');
assert.ok(CHUNK_PATHS > 0 && SAMPLINGS.includes('lhs'));

const end = bull.years.length - 1;
console.log(`node-cjs: bull ARR ${bull.lines['arr.total'][end].toFixed(1)} B USD in ${bull.years[end]}`);
