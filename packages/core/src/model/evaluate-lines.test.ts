import { describe, expect, it } from 'vitest';
import { factValue } from '../facts/queries.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { modelYears } from './calendar.js';
import { assertReadsAreModelled, evaluateLines } from './evaluate-lines.js';
import { prev } from './expr.js';
import { LINE_IDS, LINES } from './lines.js';

const base = BUILTIN_SCENARIOS.base;
const at = (series: readonly (number | null)[], year: number) => series[year - 2023];

describe('evaluateLines', () => {
  const lines = evaluateLines(base.inputs, 5);

  it('calibrates 2023–2025 ARR to F5–F7', () => {
    expect(lines['arr.total'].slice(0, 3)).toEqual([factValue('F5'), factValue('F6'), factValue('F7')]);
  });

  it('splits 2025 ARR by F10–F12 into 12 / 5 / 3', () => {
    expect(at(lines['arr.enterprise'], 2025)).toBeCloseTo(12, 12);
    expect(at(lines['arr.api'], 2025)).toBeCloseTo(5, 12);
    expect(at(lines['arr.consumer'], 2025)).toBeCloseTo(3, 12);
  });

  it('calibrates 2025 operating income to −F9', () => {
    expect(at(lines.operatingIncome, 2025)).toBeCloseTo(-factValue('F9'), 12);
  });

  it('derives a year’s revenue from the ARR at its start and end', () => {
    expect(at(lines['revenue.total'], 2025)).toBeCloseTo((20 - 6) / Math.log(20 / 6), 12);
    expect(at(lines['revenue.total'], 2023)).toBeCloseTo((2 - 0.7) / Math.log(2 / 0.7), 12);
  });

  it('uses the previous ARR when it equals the current one (no 0/0)', () => {
    const flat = evaluateLines(
      { ...base.inputs, enterpriseGrowth2026: 0, apiGrowth2026: 0, consumerGrowth2026: 0 },
      3,
    );
    expect(at(flat['revenue.total'], 2027)).toBeCloseTo(20, 12);
    expect(Number.isFinite(at(flat['revenue.total'], 2026) ?? Number.NaN)).toBe(true);
  });

  it('leaves years before a line starts as null and fills every later year', () => {
    for (const def of LINES) {
      const series = lines[def.id];
      modelYears(5).forEach((y, i) => {
        if (y < def.from) expect(series[i], `${def.id} ${y}`).toBeNull();
        else expect(Number.isFinite(series[i]), `${def.id} ${y}`).toBe(true);
      });
    }
  });

  it('receives new money only in 2026, as F1 × the funding input', () => {
    expect(lines.funding.slice(3)).toEqual([factValue('F1') * base.inputs.fundingVsF1, 0, 0, 0, 0]);
  });

  it('builds the Stargate share of F4 evenly to 2029 and nothing after', () => {
    const gw = lines['stargate.gwAdded'].slice(3);
    const perYear = (factValue('F4') * base.inputs.stargateCompletion) / 4;
    expect(gw).toEqual([perYear, perYear, perYear, perYear, 0]);
  });

  it('rolls cash forward by funding, operating income and capex', () => {
    for (let i = 3; i < 8; i++) {
      const expected =
        (lines['cash.end'][i - 1] ?? 0) +
        (lines.funding[i] ?? 0) +
        (lines.operatingIncome[i] ?? 0) -
        (lines.capex[i] ?? 0);
      expect(lines['cash.end'][i]).toBeCloseTo(expected, 9);
    }
  });

  it('evaluates every horizon from 1 to 15 with one value per year per line', () => {
    for (let horizon = 1; horizon <= 15; horizon++) {
      const result = evaluateLines(base.inputs, horizon);
      for (const id of LINE_IDS) expect(result[id]).toHaveLength(3 + horizon);
    }
  });

  it('refuses, at load time, a model whose line reads a year another line does not cover', () => {
    expect(() => assertReadsAreModelled(LINES)).not.toThrow();
    const defective = LINES.map((def) =>
      def.id === 'costs.other' ? { ...def, at: {}, formula: prev('usdB', 'costs.other') } : def,
    );
    expect(() => assertReadsAreModelled(defective)).toThrow(
      'costs.other in 2025 reads costs.other in 2024, before that line starts',
    );
  });
});
