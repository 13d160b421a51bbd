// A CommonJS consumer of @aifin/core, installed from the packed tarball: require() resolves the package's "require"
// export condition, its CommonJS build (dist/*.cjs).
const assert = require('node:assert/strict');
const { AifinError, BUILTIN_SCENARIOS, evaluate, parseHorizon } = require('@aifin/core');

const bull = evaluate(BUILTIN_SCENARIOS.bull);
assert.equal(bull.scenario, 'bull');
assert.throws(() => parseHorizon('0xF'), AifinError);

// The CommonJS build is what require() loaded, not the ES module through require(esm).
assert.match(require.resolve('@aifin/core'), /index\.cjs$/);

const end = bull.years.length - 1;
console.log(`node-cjs: bull ARR ${bull.lines['arr.total'][end].toFixed(1)} B USD in ${bull.years[end]}`);
