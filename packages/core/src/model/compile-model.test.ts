import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_FACT_SET, resolveFactSet } from '../facts/fact-set.js';
import { factValue } from '../facts/queries.js';
import { BUILTIN_AS_OF, BUILTIN_OBSERVATIONS } from '../facts/vintages.js';
import { compileKernel } from '../internal/model/codegen.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { modelYears } from './calendar.js';
import { assertReadsAreModelled, compileModel } from './compile-model.js';
import { BUILTIN_MODEL } from './evaluate.js';
import { prev } from './expr.js';
import { INPUT_IDS } from './inputs.js';
import { LINE_IDS } from './line-ids.js';
import { LINES } from './lines.js';
import { modelForFacts } from './model-for-facts.js';

const base = BUILTIN_SCENARIOS.base;
const at = (series: readonly (number | null)[], year: number) => series[year - 2023];
const evaluateLines = BUILTIN_MODEL.evaluateLines;
const FACTS = BUILTIN_FACT_SET.facts;
const value = (id: string): number => FACTS.find((f) => f.id === id)?.value as number;
/** The model as known on the article's day: no audited 2025 accounts, the round as first reported. */
const ARTICLE_MODEL = modelForFacts(resolveFactSet(BUILTIN_OBSERVATIONS, BUILTIN_AS_OF));

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

  it('reproduces the audited 2025 P&L by function, and free cash flow equal to minus the reported burn', () => {
    expect(at(lines['revenue.total'], 2025)).toBe(value('PB8'));
    expect(at(lines['costs.costOfRevenue'], 2025)).toBeCloseTo(value('PB9'), 12);
    expect(at(lines['costs.rnd'], 2025)).toBeCloseTo(value('PB10'), 12);
    expect(at(lines['costs.salesMarketing'], 2025)).toBe(value('PB11'));
    expect(at(lines['costs.generalAdmin'], 2025)).toBe(value('PB12'));
    expect(at(lines['costs.total'], 2025)).toBeCloseTo(value('PB13'), 1);
    expect(at(lines.operatingIncome, 2025)).toBeCloseTo(-value('PB14'), 1);
    expect(at(lines.freeCashFlow, 2025)).toBeCloseTo(-value('PB6_BURN'), 12);
    expect(at(lines['revenue.total'], 2024)).toBe(value('PB17R'));
  });

  it('as known on the article’s day, calibrates 2025 operating income to −F9, or to −2 × F8 on the 2xF8 basis', () => {
    const article = ARTICLE_MODEL.evaluateLines(base.inputs, 5);
    expect(at(article.operatingIncome, 2025)).toBeCloseTo(-factValue('F9'), 12);
    const h1 = ARTICLE_MODEL.evaluateLines({ ...base.inputs, loss2025Basis: 1 }, 5);
    expect(at(h1.operatingIncome, 2025)).toBeCloseTo(-2 * factValue('F8'), 12);
    // Costs by function in the shares of the H1 2025 figures.
    const h1Costs = value('PA1') + value('PA7');
    const costs = (at(article['costs.total'], 2025) ?? 0) as number;
    expect(at(article['costs.salesMarketing'], 2025)).toBeCloseTo((costs * value('PA5')) / h1Costs, 12);
  });

  it('derives a year’s revenue from the ARR at its start and end where no audited revenue is known', () => {
    const article = ARTICLE_MODEL.evaluateLines(base.inputs, 5);
    expect(at(article['revenue.total'], 2025)).toBeCloseTo((20 - 6) / Math.log(20 / 6), 12);
    expect(at(lines['revenue.total'], 2023)).toBeCloseTo((2 - 0.7) / Math.log(2 / 0.7), 12);
    expect(at(lines['revenue.total'], 2026)).toBeCloseTo(
      ((at(lines['arr.total'], 2026) as number) - 20) /
        Math.log((at(lines['arr.total'], 2026) as number) / 20),
      12,
    );
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

  it('receives the round’s firm commitments in 2026 and 2027, its contingent part and the IPO in the IPO year', () => {
    const firm = value('PG7_COMMITTED') - value('PG7_AMAZON_CONTINGENT');
    const round = lines['funding.round'].slice(3) as number[];
    expect(round[0]).toBeCloseTo(firm * base.inputs.roundShare2026, 12);
    expect(round[1]).toBeCloseTo(firm * (1 - base.inputs.roundShare2026), 12);
    expect(round.slice(2)).toEqual([0, 0, 0]);
    const ipoIndex = base.inputs.ipoYear - 2023;
    lines['funding.ipo'].forEach((v, i) => {
      if (i >= 3) expect(v, String(i)).toBe(i === ipoIndex ? base.inputs.ipoProceeds : 0);
    });
    lines['funding.contingent'].forEach((v, i) => {
      if (i >= 3)
        expect(v, String(i)).toBe(
          i === ipoIndex ? value('PG7_AMAZON_CONTINGENT') * base.inputs.contingentPaid : 0,
        );
    });
  });

  it('pays OpenAI’s Stargate equity evenly to the build-out year (F4) and nothing after', () => {
    const perYear = (value('PF2_EQUITY') * base.inputs.stargateEquityPaid) / 4;
    expect(lines['stargate.equity'].slice(3)).toEqual([perYear, perYear, perYear, perYear, 0]);
  });

  it('holds compute spend to the contracted capacity (take-or-pay): revenue changes move training, not spend', () => {
    const slow = evaluateLines({ ...base.inputs, enterpriseGrowth2026: 0.1, consumerGrowth2026: 0.1 }, 5);
    expect(slow['compute.spend']).toEqual(lines['compute.spend']);
    const i = 2027 - 2023;
    expect(slow['costs.training'][i] as number).toBeGreaterThan(lines['costs.training'][i] as number);
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
    const v = (id: keyof typeof lines, i: number): number => lines[id][i] ?? 0;
    for (let i = 3; i < 8; i++) {
      const fcf =
        v('operatingIncome', i) +
        v('costs.sbc', i) +
        v('depreciation', i) -
        v('capex', i) -
        v('stargate.equity', i) -
        v('incomeTax', i) +
        v('interest.income', i) -
        v('interest.expense', i) +
        v('otherCashItems', i);
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
      def.id === 'costs.generalAdmin' ? { ...def, at: {}, formula: prev('usdB', 'costs.generalAdmin') } : def,
    );
    expect(() => compileModel({ lines: defective, facts: FACTS })).toThrow(
      'costs.generalAdmin in 2025 reads costs.generalAdmin in 2024, before that line starts',
    );
  });

  it('reads facts from slots: another fact set is another instance, and the first is unchanged', () => {
    const restated = compileModel({
      lines: LINES,
      facts: FACTS.map((f) => (f.id === 'PB12' ? { ...f, value: 2.57 } : f)),
    });
    const before = at(evaluateLines(base.inputs, 5).operatingIncome, 2025) as number;
    expect(at(restated.evaluateLines(base.inputs, 5).operatingIncome, 2025)).toBeCloseTo(before - 1, 12);
    expect(at(evaluateLines(base.inputs, 5).operatingIncome, 2025)).toBe(before);
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
