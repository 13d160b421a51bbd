import { describe, expect, it } from 'vitest';
import { resolveFactSet } from '../facts/fact-set.js';
import { BUILTIN_AS_OF, BUILTIN_OBSERVATIONS } from '../facts/vintages.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { modelYears } from './calendar.js';
import { CHECK_IDS, CHECK_RULES, runChecks } from './checks.js';
import { modelScratch } from './compile-model.js';
import { BUILTIN_MODEL, evaluate } from './evaluate.js';
import type { InputValues } from './inputs.js';
import type { LineId } from './line-ids.js';
import { modelForFacts } from './model-for-facts.js';
import type { ScalarFrame } from './scalar.js';

const statusOf = (checks: ReturnType<typeof runChecks>, id: string) =>
  checks.find((c) => c.id === id)?.status;

/** A frame of the base evaluation whose values a test may change (a copy: the model's scratch is left alone). */
const frameOf = (inputs: InputValues, horizon = 5): ScalarFrame & { readonly values: Float64Array } => {
  BUILTIN_MODEL.evaluateLines(inputs, horizon);
  return {
    model: BUILTIN_MODEL,
    years: modelYears(horizon),
    values: Float64Array.from(modelScratch(BUILTIN_MODEL).values),
    inputs: Float64Array.from(modelScratch(BUILTIN_MODEL).inputs),
    facts: Float64Array.from(modelScratch(BUILTIN_MODEL).facts),
  };
};
const shift = (frame: ScalarFrame & { values: Float64Array }, id: LineId, by: (v: number) => number) => {
  const offset = (BUILTIN_MODEL.rowOf.get(id) as number) * BUILTIN_MODEL.stride;
  for (let i = BUILTIN_MODEL.firstIndex.get(id) ?? 0; i < frame.years.length; i++)
    frame.values[offset + i] = by(frame.values[offset + i] as number);
};

/** The model as known on the article's day: 2025 calibrated to the article's loss. */
const ARTICLE_MODEL = modelForFacts(resolveFactSet(BUILTIN_OBSERVATIONS, BUILTIN_AS_OF));

describe('runChecks', () => {
  const checks = evaluate(BUILTIN_SCENARIOS.base).checks;

  it('runs every check once, each with a rule for the Checks sheet', () => {
    expect(checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    for (const id of CHECK_IDS) expect(CHECK_RULES[id].length).toBeGreaterThan(10);
  });

  it('flags that the H1 (F8) and full-year (F9) 2025 losses do not reconcile, measuring the 1.2 B H2 loss', () => {
    const check = checks.find((c) => c.id === 'loss.h1-vs-fy');
    expect(check?.status).toBe('flag');
    expect(check?.measured).toBeCloseTo(1.2, 12);
    expect(check?.bound).toBeCloseTo(3.9, 12);
    expect(check?.message).toContain('1.2 B');
  });

  it('passes the identities the model keeps, on the audited accounts and on either loss basis of the article', () => {
    const identities = [
      'mix.facts-sum',
      'mix.sum',
      'arr.segments-sum',
      'revenue.within-arr',
      'calibration.2025',
      'cash.roll-forward',
      'ppe.non-negative',
    ];
    for (const id of identities) expect(statusOf(checks, id), id).toBe('ok');
    for (const loss2025Basis of [0, 1]) {
      const result = evaluate(
        { ...BUILTIN_SCENARIOS.base, inputs: { ...BUILTIN_SCENARIOS.base.inputs, loss2025Basis } },
        ARTICLE_MODEL,
      );
      for (const id of identities)
        expect(statusOf(result.checks, id), `${id} basis ${loss2025Basis}`).toBe('ok');
    }
  });

  it('checks 2025 against the audited total, or against the article’s loss on the live basis', () => {
    expect(checks.find((c) => c.id === 'calibration.2025')?.message).toMatch(/audited total/);
    const h1 = evaluate(
      { ...BUILTIN_SCENARIOS.base, inputs: { ...BUILTIN_SCENARIOS.base.inputs, loss2025Basis: 1 } },
      ARTICLE_MODEL,
    );
    expect(h1.checks.find((c) => c.id === 'calibration.2025')?.message).toContain('2xF8');
  });

  it('flags a cash roll-forward that does not hold, and compute the revenue needs beyond the contracts', () => {
    const frame = frameOf(BUILTIN_SCENARIOS.base.inputs);
    const at2027 = (BUILTIN_MODEL.rowOf.get('cash.end') as number) * BUILTIN_MODEL.stride + 4;
    frame.values[at2027] = (frame.values[at2027] as number) + 1;
    expect(statusOf(runChecks(frame), 'cash.roll-forward')).toBe('flag');
    const hungry = evaluate({
      ...BUILTIN_SCENARIOS.base,
      inputs: { ...BUILTIN_SCENARIOS.base.inputs, enterpriseGrowth2026: 8, terminalInferenceRatio: 0.9 },
    });
    const short = hungry.checks.find((c) => c.id === 'compute.within-contracts');
    expect(short?.status).toBe('flag');
    expect(short?.message).toMatch(/more compute than is contracted in 20\d\d/);
  });

  it('flags EV ÷ operating income outside its band, and a loss at the horizon', () => {
    expect(statusOf(evaluate(BUILTIN_SCENARIOS.bear).checks, 'valuation.ev-to-ebit')).toBe('flag');
    const frame = frameOf(BUILTIN_SCENARIOS.base.inputs);
    const last = frame.years.length - 1;
    const set = (id: LineId, v: number) => {
      frame.values[(BUILTIN_MODEL.rowOf.get(id) as number) * BUILTIN_MODEL.stride + last] = v;
    };
    set('operatingIncome', 100);
    set('valuation.ev', 2000);
    expect(statusOf(runChecks(frame), 'valuation.ev-to-ebit')).toBe('ok');
    set('valuation.ev', 9000);
    expect(statusOf(runChecks(frame), 'valuation.ev-to-ebit')).toBe('flag');
  });

  it('flags a broken mix, segment sum or revenue bound', () => {
    const frame = frameOf(BUILTIN_SCENARIOS.base.inputs);
    shift(frame, 'mix.api', (v) => v + 0.01);
    shift(frame, 'arr.api', (v) => v + 1);
    shift(frame, 'revenue.total', (v) => v * 3);
    const result = runChecks(frame);
    expect(statusOf(result, 'mix.sum')).toBe('flag');
    expect(statusOf(result, 'arr.segments-sum')).toBe('flag');
    expect(statusOf(result, 'revenue.within-arr')).toBe('flag');
    expect(result.find((c) => c.id === 'revenue.within-arr')?.message).toMatch(/2024/);
  });

  it('flags a funding gap within the horizon and passes a plan the funding covers', () => {
    const gap = evaluate(BUILTIN_SCENARIOS.bear).checks.find((c) => c.id === 'runway.within-horizon');
    expect(gap?.status).toBe('flag');
    expect(gap?.message).toMatch(/opens in 20\d\d/);
    const funded = runChecks(frameOf({ ...BUILTIN_SCENARIOS.base.inputs, openingCash: 500 }));
    expect(statusOf(funded, 'runway.within-horizon')).toBe('ok');
  });
});
