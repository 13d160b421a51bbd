import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LINE_IDS } from '@aifin/core';
import { buildFunctions } from '../build-tools/functions-build.js';
import { loadFunctionsScript } from '../test/functions/custom-functions-runtime.js';

/** The custom functions script as shipped, and how fast its functions answer in a stand-in runtime. */
export interface FunctionsMeasure {
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Loading the script (parse + run, associating the functions), ms. */
  readonly loadMs: number;
  /** The first =AIFIN.LINE call of a scenario (evaluates it over the longest horizon), ms. */
  readonly firstLineMs: number;
  /** Later calls, µs per call: one per line × year of the base case, median of the rounds. */
  readonly lineCallMicros: number;
  readonly factCallMicros: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Builds functions.js as the add-in's build does (into a temporary folder), sizes it (zlib level 9) and times its
 * functions through the same stand-in runtime the tests use.
 * @example (await measureFunctions(packageDir, 20)).gzipBytes
 */
export const measureFunctions = async (packageDir: string, rounds: number): Promise<FunctionsMeasure> => {
  const dist = await mkdtemp(join(tmpdir(), 'aifin-bench-functions-'));
  try {
    await buildFunctions(packageDir, dist);
    const script = await readFile(join(dist, 'functions.js'));
    const loadStart = performance.now();
    const cf = await loadFunctionsScript(dist);
    const loadMs = performance.now() - loadStart;
    const firstStart = performance.now();
    cf.call('LINE', 'revenue.total', 2027, 'bear');
    const firstLineMs = performance.now() - firstStart;
    const years = Array.from({ length: 8 }, (_, i) => 2023 + i);
    const lineRounds: number[] = [];
    const factRounds: number[] = [];
    for (let r = 0; r < rounds; r++) {
      let start = performance.now();
      for (const id of LINE_IDS) for (const year of years) cf.call('LINE', id, year, 'base');
      lineRounds.push(((performance.now() - start) * 1000) / (LINE_IDS.length * years.length));
      start = performance.now();
      for (let i = 1; i <= 17; i++) cf.call('FACT', `F${i}`, 'source');
      factRounds.push(((performance.now() - start) * 1000) / 17);
    }
    return {
      rawBytes: script.length,
      gzipBytes: gzipSync(script, { level: 9 }).length,
      loadMs,
      firstLineMs,
      lineCallMicros: median(lineRounds),
      factCallMicros: median(factRounds),
    };
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
};
