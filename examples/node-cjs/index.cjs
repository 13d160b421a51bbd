// A CommonJS consumer of @aifin/core, installed from the packed tarball. Node ≥ 20.19 loads the ES module through
// require(esm); the package's "default" export condition is what lets require() find it.
const assert = require('node:assert/strict');
const { AifinError, BUILTIN_SCENARIOS, evaluate, parseHorizon } = require('@aifin/core');

const bull = evaluate(BUILTIN_SCENARIOS.bull);
assert.equal(bull.scenario, 'bull');
assert.throws(() => parseHorizon('0xF'), AifinError);

const end = bull.years.length - 1;
console.log(`node-cjs: bull ARR ${bull.lines['arr.total'][end].toFixed(1)} B USD in ${bull.years[end]}`);
