import { describe, expect, it } from 'vitest';
import { userErrorOf } from '../errors/user-error-of.test-support.js';
import { resolveFactSet } from '../facts/fact-set.js';
import { parseFactsText } from '../facts/parse-facts-text.js';
import { BUILTIN_OBSERVATIONS } from '../facts/vintages.js';
import { evaluate } from '../model/evaluate.js';
import { modelForFacts } from '../model/model-for-facts.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { inputRanges } from '../scenarios/input-ranges.js';
import { parseMetric } from './metric.js';
import { sensitivityGrid, tornado } from './sensitivity.js';

const base = BUILTIN_SCENARIOS.base;

describe('parseMetric', () => {
  it('reads a summary field or a line at a year within the horizon', () => {
    expect(parseMetric('runwayEndYear', 5)).toEqual({
      kind: 'summary',
      key: 'runwayEndYear',
      text: 'runwayEndYear',
    });
    expect(parseMetric('cash.end@2030', 5)).toMatchObject({ kind: 'line', id: 'cash.end', year: 2030 });
  });

  it('names the value of an unknown metric or a year outside the horizon', () => {
    expect(userErrorOf(() => parseMetric('cash@2030', 5)).message).toMatch(
      /^metric = "cash@2030": use a summary/,
    );
    expect(userErrorOf(() => parseMetric('cash.end@2031', 5)).message).toBe(
      'metric = "cash.end@2031": the year must be within the model\'s years, 2023–2030',
    );
  });
});

describe('sensitivityGrid', () => {
  it('gives in every cell what evaluate() gives for the same inputs, null where not reached', () => {
    const x = { input: 'growthFade', values: [0.1, 0.3, 0.6] } as const;
    const y = { input: 'terminalSalesRatio', values: [0.02, 0.3] } as const;
    for (const text of ['cash.end@2030', 'runwayEndYear', 'breakevenYear', 'costs.total@2023']) {
      const metric = parseMetric(text, base.horizon);
      const { grid } = sensitivityGrid(base, metric, x, y);
      for (const [yi, yValue] of y.values.entries())
        for (const [xi, xValue] of x.values.entries()) {
          const evaluation = evaluate({
            ...base,
            inputs: { ...base.inputs, [x.input]: xValue, [y.input]: yValue },
          });
          const expected =
            metric.kind === 'summary'
              ? evaluation.summary[metric.key]
              : (evaluation.lines[metric.id][evaluation.years.indexOf(metric.year)] ?? null);
          expect(grid[yi]?.[xi], `${text} at ${xValue}, ${yValue}`).toBe(expected);
        }
    }
    // A cell where no breakeven is reached within the horizon is null.
    const never = sensitivityGrid(base, parseMetric('breakevenYear', 5), x, {
      input: 'terminalSalesRatio',
      values: [1],
    });
    expect(never.grid[0]).toContain(null);
  });
});

describe('sensitivity on a model rolled forward by an ARR actual', () => {
  it('reads the model’s own years: a grid cell equals evaluate() with that model', () => {
    const set = resolveFactSet(
      [
        ...BUILTIN_OBSERVATIONS,
        ...parseFactsText(
          'facts:\n  - { id: X1, company: OpenAI, metric: arr, period: 2026, value: 30, unit: usdB, qualifier: approx, asOf: 2026-11-20, source: { publisher: Reuters } }\n',
          'actuals.yaml',
        ),
      ],
      null,
    );
    const model = modelForFacts(set);
    expect(model.lastActualYear).toBe(2026);
    const years = model.yearsFor(base.horizon);
    // 2031 exists only in the rolled-forward model's years.
    const metric = parseMetric('cash.end@2031', base.horizon, years);
    const x = { input: 'growthFade', values: [0.2, 0.4] } as const;
    const y = { input: 'terminalSalesRatio', values: [0.1, 0.3] } as const;
    const { grid } = sensitivityGrid(base, metric, x, y, model);
    const evaluation = evaluate(
      { ...base, inputs: { ...base.inputs, growthFade: 0.4, terminalSalesRatio: 0.1 } },
      model,
    );
    expect(grid[0]?.[1]).toBe(evaluation.lines['cash.end'][evaluation.years.indexOf(2031)]);
  });
});

describe('tornado', () => {
  it('ranks inputs by swing, each end equal to evaluate() with that input at its range end', () => {
    const metric = parseMetric('cash.end@2030', base.horizon);
    const ranges = inputRanges(base);
    const result = tornado(base, metric, ranges);
    expect(result.base).toBe(evaluate(base).lines['cash.end'][7]);
    expect(result.bars.map((b) => b.input)).not.toContain('loss2025Basis');
    for (let i = 1; i < result.bars.length; i++)
      expect(result.bars[i - 1]?.swing).toBeGreaterThanOrEqual(result.bars[i]?.swing as number);
    for (const bar of result.bars.slice(0, 5)) {
      const low = evaluate({ ...base, inputs: { ...base.inputs, [bar.input]: bar.low } });
      expect(bar.atLow).toBe(low.lines['cash.end'][7]);
      expect(bar.swing).toBeCloseTo(Math.abs((bar.atHigh as number) - (bar.atLow as number)), 9);
    }
    expect(result.bars[0]?.swing).toBeGreaterThan(0);
  });
});
