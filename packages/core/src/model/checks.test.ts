import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { modelYears } from './calendar.js';
import { CHECK_IDS, CHECK_RULES, runChecks } from './checks.js';
import { evaluateLines } from './evaluate-lines.js';

const years = modelYears(5);
const statusOf = (checks: ReturnType<typeof runChecks>, id: string) =>
  checks.find((c) => c.id === id)?.status;

describe('runChecks', () => {
  const lines = evaluateLines(BUILTIN_SCENARIOS.base.inputs, 5);
  const checks = runChecks(years, lines);

  it('runs every check once, each with a rule for the Checks sheet', () => {
    expect(checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    for (const id of CHECK_IDS) expect(CHECK_RULES[id].length).toBeGreaterThan(10);
  });

  it('flags that the H1 (F8) and full-year (F9) 2025 losses do not reconcile', () => {
    const check = checks.find((c) => c.id === 'loss.h1-vs-fy');
    expect(check?.status).toBe('flag');
    expect(check?.message).toContain('1.2 B');
  });

  it('passes the identities the model keeps', () => {
    for (const id of [
      'mix.facts-sum',
      'mix.sum',
      'arr.segments-sum',
      'revenue.within-arr',
      'calibration.loss-2025',
    ]) {
      expect(statusOf(checks, id), id).toBe('ok');
    }
  });

  it('flags a broken mix, segment sum or revenue bound', () => {
    const broken = {
      ...lines,
      'mix.api': lines['mix.api'].map((v) => (v === null ? null : v + 0.01)),
      'arr.api': lines['arr.api'].map((v) => (v === null ? null : v + 1)),
      'revenue.total': lines['revenue.total'].map((v) => (v === null ? null : v * 3)),
    };
    const result = runChecks(years, broken);
    expect(statusOf(result, 'mix.sum')).toBe('flag');
    expect(statusOf(result, 'arr.segments-sum')).toBe('flag');
    expect(statusOf(result, 'revenue.within-arr')).toBe('flag');
  });

  it('flags a runway that ends within the horizon and passes one that does not', () => {
    expect(statusOf(checks, 'runway.within-horizon')).toBe('flag');
    const funded = evaluateLines({ ...BUILTIN_SCENARIOS.base.inputs, openingCash: 500 }, 5);
    expect(statusOf(runChecks(years, funded), 'runway.within-horizon')).toBe('ok');
  });
});
