// The simulation (issue 7). Goals: `aifin simulate --paths 100000` at the default horizon in ≤ 2 s wall with peak
// RSS ≤ 300 MB on a 2-core machine; core's per-path cost within 2× of a hand-written Float64Array loop of the same
// base equations (bench/support/reference-model.mjs), checked to give the same numbers first.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { runNode } from './support/measure.mjs';
import { CLI, CORE, requireBuilt } from './support/paths.mjs';
import { referenceModel } from './support/reference-model.mjs';
import { report } from './support/report.mjs';
import { median, msSince } from './support/stats.mjs';

const core = await import(pathToFileURL(requireBuilt(CORE)).href);
const fromCli = createRequire(new URL('../packages/cli/package.json', import.meta.url));
const { xoroshiro128plusFromState } = await import(
  pathToFileURL(fromCli.resolve('pure-rand/generator/xoroshiro128plus')).href
);
const { uniformFloat64 } = await import(
  pathToFileURL(fromCli.resolve('pure-rand/distribution/uniformFloat64')).href
);

// The generator the CLI passes in (packages/cli/src/analysis/uniform.ts), so both sides draw the same numbers.
const pathUniform = core.pathUniformFrom(xoroshiro128plusFromState, uniformFloat64);

const PATHS = 100_000;
const SEED = 7;
const rows = [];

// 1. The command, as a user runs it.
const runs = [1, 2, 3].map(() =>
  runNode([requireBuilt(CLI), 'simulate', '--paths', String(PATHS), '--seed', String(SEED), '--json'], {
    rss: true,
  }),
);
const wall = median(runs.map((r) => r.ms));
const rss = Math.max(...runs.map((r) => r.maxRssMb));
rows.push({
  measure: `aifin simulate --paths ${PATHS} --json (median of 3, default workers)`,
  value: `${(wall / 1000).toFixed(2)} s wall, ${rss.toFixed(0)} MB peak RSS`,
  goal: '≤ 2 s, ≤ 300 MB',
  met: wall <= 2000 && rss <= 300 ? 'yes' : 'no',
});

// 2. Per-path cost: core's chunk (draws + generated kernel + recording) against the same draws + the hand loop.
const request = {
  scenario: core.BUILTIN_SCENARIOS.base,
  facts: core.FACTS,
  holdFacts: false,
  distribution: 'pert',
  model: core.BUILTIN_MODEL,
};
const prepared = core.prepareSimulation(request);
const years = prepared.frame.yearCount;
const reference = referenceModel(core);
const inputs = Float64Array.from(prepared.frame.baseInputs);
const facts = Float64Array.from(core.BUILTIN_MODEL.factDefaults);
const CHUNK = 5_000;
const draws = core.sampler();

const referenceChunk = (start, count) => {
  const samples = new Float64Array(7 * years * count);
  for (let p = 0; p < count; p++) {
    draws.reset(pathUniform(SEED, start + p));
    inputs.set(prepared.frame.baseInputs);
    facts.set(core.BUILTIN_MODEL.factDefaults);
    for (const v of prepared.inputs) {
      const x = core.draw(draws, 'pert', v.low, v.value, v.high);
      inputs[v.slot] = v.integer ? Math.min(v.high, Math.max(v.low, Math.round(x))) : x;
    }
    for (const v of prepared.facts) facts[v.slot] = core.draw(draws, 'pert', v.low, v.value, v.high);
    reference(inputs, facts, years, samples, p, count);
  }
  return samples;
};

// Same numbers first: a reference that computed something else would make the comparison meaningless.
const check = core.simulateChunk(prepared, { seed: SEED, start: 0, count: 2000 }, pathUniform);
const refCheck = referenceChunk(0, 2000);
let worst = 0;
for (let i = 0; i < refCheck.length; i++) {
  const a = check.samples[i];
  const b = refCheck[i];
  if (Number.isNaN(a) && Number.isNaN(b)) continue;
  worst = Math.max(worst, Math.abs(a - b) / Math.max(1, Math.abs(b)));
}
if (!(worst < 1e-9))
  throw new Error(`the reference loop and the model disagree (relative difference ${worst})`);

const timePerPath = (run) => {
  for (let s = 0; s < 20_000; s += CHUNK) run(s, CHUNK); // warm up
  const times = [];
  for (let r = 0; r < 3; r++) {
    const start = process.hrtime.bigint();
    for (let s = 0; s < PATHS; s += CHUNK) run(s, CHUNK);
    times.push((msSince(start) * 1000) / PATHS);
  }
  return median(times);
};
const coreUs = timePerPath((start, count) =>
  core.simulateChunk(prepared, { seed: SEED, start, count }, pathUniform),
);
const refUs = timePerPath(referenceChunk);
rows.push({
  measure: 'per path: core simulateChunk (PERT draws + kernel + recording), 1 thread',
  value: `${coreUs.toFixed(2)} µs`,
  goal: '',
  met: '',
});
rows.push({
  measure: 'per path: the same draws + the hand-written Float64Array loop (reference)',
  value: `${refUs.toFixed(2)} µs`,
  goal: '',
  met: '',
});
rows.push({
  measure: 'core ÷ reference, per path',
  value: `${(coreUs / refUs).toFixed(2)}×`,
  goal: '≤ 2×',
  met: coreUs / refUs <= 2 ? 'yes' : 'no',
});

// 3. Without the draws: the generated kernel alone against the hand loop alone (the equations' own cost).
const frame = prepared.frame;
const scratch = new Float64Array(7 * years);
const timeLoop = (fn) => {
  for (let i = 0; i < 50_000; i++) fn();
  const times = [];
  for (let r = 0; r < 5; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < PATHS; i++) fn();
    times.push((msSince(start) * 1000) / PATHS);
  }
  return median(times);
};
const kernelUs = timeLoop(() => frame.run());
const handUs = timeLoop(() => reference(frame.inputs, frame.facts, years, scratch, 0, 1));
rows.push({
  measure: 'equations only: generated kernel (every line) vs hand loop (7 lines + flags)',
  value: `${kernelUs.toFixed(3)} µs vs ${handUs.toFixed(3)} µs (${(kernelUs / handUs).toFixed(2)}×)`,
  goal: '',
  met: '',
});
report('simulate', rows);
