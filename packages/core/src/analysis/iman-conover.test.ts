import { describe, expect, it } from 'vitest';
import { BUILTIN_CORRELATIONS } from '../internal/scenarios/builtin-correlations.js';
import { BUILTIN_MODEL } from '../model/evaluate.js';
import { INPUT_IDS } from '../model/inputs.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import type { Correlation } from '../scenarios/correlation.js';
import { pathColumns, prepareSimulation, simulateChunk } from './simulate.js';
import { planFor } from './simulation.test-support.js';

/** Spearman's rank correlation of two columns (no ties in continuous draws). */
function rankCorrelation(a: Float64Array, b: Float64Array): number {
  const ranks = (x: Float64Array) => {
    const order = Array.from(x.keys()).sort((i, j) => (x[i] as number) - (x[j] as number));
    const r = new Float64Array(x.length);
    order.forEach((index, rank) => {
      r[index] = rank;
    });
    return r;
  };
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const mean = (n - 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    num += ((ra[i] as number) - mean) * ((rb[i] as number) - mean);
    da += ((ra[i] as number) - mean) ** 2;
    db += ((rb[i] as number) - mean) ** 2;
  }
  return num / Math.sqrt(da * db);
}

/** The drawn columns of `paths` paths of a scenario, by id. */
function drawnColumns(correlations: readonly Correlation[] | undefined, paths: number, seed: number) {
  const base = BUILTIN_SCENARIOS.base;
  const scenario = correlations === undefined ? base : { ...base, correlations };
  const prepared = prepareSimulation(BUILTIN_MODEL, planFor(scenario, { paths, seed }));
  const { rows } = simulateChunk(prepared, 0, paths, { samples: false, rows: true });
  if (rows === null) throw new Error('no rows');
  const columns = pathColumns(prepared);
  const width = columns.length;
  return (id: string) => {
    const c = columns.indexOf(id);
    return Float64Array.from({ length: paths }, (_, p) => rows.values[p * width + c] as number);
  };
}

describe('Iman–Conover rank correlations, block by block', () => {
  it('gives the built-ins’ correlations within ±0.1, and near zero between inputs none links', () => {
    const column = drawnColumns(undefined, 5_000, 3);
    for (const [a, b, rho] of BUILTIN_CORRELATIONS)
      expect(Math.abs(rankCorrelation(column(a), column(b)) - rho), `${a} ~ ${b}`).toBeLessThan(0.1);
    for (const [a, b] of [
      ['terminalMargin', 'enterpriseGrowth2026'],
      ['computeCostPerGwYear', 'evToEbit'],
      ['openingCash', 'apiGrowth2026'],
    ] as const)
      expect(Math.abs(rankCorrelation(column(a), column(b))), `${a} ~ ${b}`).toBeLessThan(0.1);
  });

  it('imposes a file’s own correlations, and none when it asks for none', () => {
    const asked: Correlation[] = [
      ['growthFade', 'terminalSalesRatio', -0.7],
      ['ipoProceeds', 'openingCash', 0.5],
    ];
    const column = drawnColumns(asked, 4_000, 8);
    for (const [a, b, rho] of asked)
      expect(Math.abs(rankCorrelation(column(a), column(b)) - rho), `${a} ~ ${b}`).toBeLessThan(0.1);
    const none = drawnColumns([], 4_000, 8);
    expect(Math.abs(rankCorrelation(none('enterpriseGrowth2026'), none('apiGrowth2026')))).toBeLessThan(0.1);
  });

  it('keeps each input’s values exactly: the same draws as uncorrelated, only paired differently', () => {
    const correlated = drawnColumns(undefined, 2_000, 5)('enterpriseGrowth2026').sort();
    const independent = drawnColumns([], 2_000, 5)('enterpriseGrowth2026').sort();
    expect(correlated).toEqual(independent);
    expect(INPUT_IDS).toContain('enterpriseGrowth2026');
  });
});
