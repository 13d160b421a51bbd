import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { modelYears } from './calendar.js';
import { CHECK_IDS, CHECK_RULES, runChecks } from './checks.js';
import { modelScratch } from './compile-model.js';
import { BUILTIN_MODEL, evaluate } from './evaluate.js';
import type { InputValues } from './inputs.js';
import type { LineId } from './line-ids.js';
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

  it('passes the identities the model keeps, on either loss basis', () => {
    for (const loss2025Basis of [0, 1]) {
      const result = evaluate({
        ...BUILTIN_SCENARIOS.base,
        inputs: { ...BUILTIN_SCENARIOS.base.inputs, loss2025Basis },
      });
      for (const id of [
        'mix.facts-sum',
        'mix.sum',
        'arr.segments-sum',
        'revenue.within-arr',
        'calibration.loss-2025',
      ])
        expect(statusOf(result.checks, id), `${id} basis ${loss2025Basis}`).toBe('ok');
    }
  });

  it('names the live basis in the calibration message', () => {
    const h1 = evaluate({
      ...BUILTIN_SCENARIOS.base,
      inputs: { ...BUILTIN_SCENARIOS.base.inputs, loss2025Basis: 1 },
    });
    expect(h1.checks.find((c) => c.id === 'calibration.loss-2025')?.message).toContain('2xF8');
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
