import { describe, expect, it, vi } from 'vitest';
import { FACTS } from '../facts/facts.js';
import { factValue } from '../facts/queries.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { modelYears } from './calendar.js';
import { compileKernel } from './codegen.js';
import { assertReadsAreModelled, compileModel } from './compile-model.js';
import { BUILTIN_MODEL } from './evaluate.js';
import { prev } from './expr.js';
import { INPUT_IDS } from './inputs.js';
import { LINE_IDS } from './line-ids.js';
import { LINES } from './lines.js';

const base = BUILTIN_SCENARIOS.base;
const at = (series: readonly (number | null)[], year: number) => series[year - 2023];
const evaluateLines = BUILTIN_MODEL.evaluateLines;

describe('a compiled model', () => {
  const lines = evaluateLines(base.inputs, 5);

  it('calibrates 2023–2025 ARR to F5–F7', () => {
    expect(lines['arr.total'].slice(0, 3)).toEqual([factValue('F5'), factValue('F6'), factValue('F7')]);
  });

  it('splits 2025 ARR by F10–F12 into 12 / 5 / 3', () => {
    expect(at(lines['arr.enterprise'], 2025)).toBeCloseTo(12, 12);
    expect(at(lines['arr.api'], 2025)).toBeCloseTo(5, 12);
    expect(at(lines['arr.consumer'], 2025)).toBeCloseTo(3, 12);
  });

  it('calibrates 2025 operating income to −F9, or to −2 × F8 on the 2xF8 basis', () => {
    expect(at(lines.operatingIncome, 2025)).toBeCloseTo(-factValue('F9'), 12);
    const h1 = evaluateLines({ ...base.inputs, loss2025Basis: 1 }, 5);
    expect(at(h1.operatingIncome, 2025)).toBeCloseTo(-2 * factValue('F8'), 12);
  });

  it('derives a year’s revenue from the ARR at its start and end', () => {
    expect(at(lines['revenue.total'], 2025)).toBeCloseTo((20 - 6) / Math.log(20 / 6), 12);
    expect(at(lines['revenue.total'], 2023)).toBeCloseTo((2 - 0.7) / Math.log(2 / 0.7), 12);
  });

  it('gives the run rate itself as revenue when ARR is flat, and stays exact near flat', () => {
    const flat = evaluateLines(
      {
        ...base.inputs,
        enterpriseGrowth2026: 0,
        apiGrowth2026: 0,
        consumerGrowth2026: 0,
        terminalGrowth: 0.01,
      },
      3,
    );
    expect(at(flat['revenue.total'], 2026)).toBeCloseTo(20, 12);
    const a0 = 20;
    const a1 = 20 * (1 + 1e-7);
    const nearFlat = evaluateLines(
      {
        ...base.inputs,
        enterpriseGrowth2026: 1e-7,
        apiGrowth2026: 1e-7,
        consumerGrowth2026: 1e-7,
      },
      1,
    );
    // The logarithmic mean of a0 and a1, by its series: a0·(1 + x/2 − x²/12).
    const x = (a1 - a0) / a0;
    expect(at(nearFlat['revenue.total'], 2026)).toBeCloseTo(a0 * (1 + x / 2 - (x * x) / 12), 12);
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

  it('receives the round in 2026 and 2027, and the IPO in its year', () => {
    const f1 = factValue('F1');
    expect(lines['funding.round'].slice(3)).toEqual([
      f1 * base.inputs.fundingVsF1,
      f1 * base.inputs.laterTranchesVsF1,
      0,
      0,
      0,
    ]);
    const ipoIndex = base.inputs.ipoYear - 2023;
    lines['funding.ipo'].forEach((v, i) => {
      if (i >= 3) expect(v, String(i)).toBe(i === ipoIndex ? base.inputs.ipoProceeds : 0);
    });
  });

  it('builds the Stargate share of F4 evenly to 2029 and nothing after', () => {
    const gw = lines['stargate.gwAdded'].slice(3);
    const perYear = (factValue('F4') * base.inputs.stargateCompletion) / 4;
    expect(gw).toEqual([perYear, perYear, perYear, perYear, 0]);
  });

  it('depreciates capex straight-line over its useful life', () => {
    const life = 3;
    const result = evaluateLines({ ...base.inputs, usefulLife: life }, 8);
    const capex = result.capex.map((v) => v ?? 0);
    result.depreciation.forEach((dep, i) => {
      if (i < 3) return;
      const window = capex.slice(Math.max(3, i - life + 1), i + 1).reduce((a, b) => a + b, 0);
      expect(dep, String(2023 + i)).toBeCloseTo(window / life, 9);
    });
  });

  it('rolls cash forward by funding, free cash flow and the funding gap, never below the minimum', () => {
    for (let i = 3; i < 8; i++) {
      const fcf = (lines.operatingIncome[i] ?? 0) + (lines.depreciation[i] ?? 0) - (lines.capex[i] ?? 0);
      expect(lines.freeCashFlow[i]).toBeCloseTo(fcf, 9);
      const expected =
        (lines['cash.end'][i - 1] ?? 0) + (lines.funding[i] ?? 0) + fcf + (lines['funding.gap'][i] ?? 0);
      expect(lines['cash.end'][i]).toBeCloseTo(expected, 9);
      expect(lines['cash.end'][i] ?? 0).toBeGreaterThanOrEqual(base.inputs.minimumCash - 1e-9);
    }
  });

  it('evaluates every horizon from 1 to 15 with one value per year per line', () => {
    for (let horizon = 1; horizon <= 15; horizon++) {
      const result = evaluateLines(base.inputs, horizon);
      for (const id of LINE_IDS) expect(result[id]).toHaveLength(3 + horizon);
    }
  });

  it('refuses, when compiled, a model whose line reads a year another line does not cover', () => {
    expect(() => assertReadsAreModelled(LINES)).not.toThrow();
    const defective = LINES.map((def) =>
      def.id === 'costs.other' ? { ...def, at: {}, formula: prev('usdB', 'costs.other') } : def,
    );
    expect(() => compileModel({ lines: defective, facts: FACTS })).toThrow(
      'costs.other in 2025 reads costs.other in 2024, before that line starts',
    );
  });

  it('reads facts from slots: another fact set is another instance, and the first is unchanged', () => {
    const restated = compileModel({
      lines: LINES,
      facts: FACTS.map((f) => (f.id === 'F9' ? { ...f, value: 13.5 } : f)),
    });
    expect(at(restated.evaluateLines(base.inputs, 5).operatingIncome, 2025)).toBeCloseTo(-13.5, 12);
    expect(at(evaluateLines(base.inputs, 5).operatingIncome, 2025)).toBeCloseTo(-9, 12);
  });

  it('falls back to the stack kernel where generated code is forbidden (a strict Content Security Policy)', () => {
    vi.stubGlobal('Function', () => {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    });
    try {
      expect(compileKernel('return 1;')).toBeNull();
      const strict = compileModel({ lines: LINES, facts: FACTS });
      expect(strict.evaluateLines(base.inputs, 5)).toEqual(evaluateLines(base.inputs, 5));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('evaluates into caller-owned arrays with facts passed per call (the simulation kernel)', () => {
    const model = BUILTIN_MODEL;
    const inputs = model.inputSlots(base.inputs);
    const facts = Float64Array.from(model.factDefaults);
    facts[model.factSlot('F7', 'value')] = 25;
    const out = new Float64Array(model.lines.length * model.stride);
    model.evaluateInto(inputs, facts, 8, out);
    const arrTotal = (model.rowOf.get('arr.total') as number) * model.stride;
    expect(out[arrTotal + 2]).toBe(25);
    // The default instance's own evaluation is untouched by the caller's arrays.
    expect(at(evaluateLines(base.inputs, 5)['arr.total'], 2025)).toBe(20);
    expect(inputs).toHaveLength(INPUT_IDS.length);
  });
});

describe('compileModel with a spec a program got wrong', () => {
  it.each([1e9, 2101, 2024, 2025.5, Number.NaN, Number.POSITIVE_INFINITY, -1])(
    'throws a RangeError for lastActualYear %s instead of building its years',
    (lastActualYear) => {
      expect(() => compileModel({ lines: LINES, facts: FACTS, lastActualYear })).toThrow(RangeError);
    },
  );

  it('throws a TypeError for a spec without lines or facts, or a year given as text', () => {
    for (const spec of [
      null,
      undefined,
      {},
      { lines: LINES },
      { facts: FACTS },
      { lines: 'all', facts: FACTS },
    ])
      expect(() => compileModel(spec as never)).toThrow(TypeError);
    expect(() => compileModel({ lines: LINES, facts: FACTS, lastActualYear: '2026' as never })).toThrow(
      TypeError,
    );
  });
});
