import { describe, expect, it } from 'vitest';
import { BUILTIN_FACT_SET } from '../../facts/fact-set.js';
import { BUILTIN_MODEL } from '../../model/evaluate.js';
import { factRanges, QUALIFIER_SPREADS } from './fact-ranges.js';

describe('fact ranges', () => {
  const ranges = factRanges(BUILTIN_MODEL, BUILTIN_FACT_SET.facts);
  const byId = new Map(ranges.map((r) => [r.id, r]));

  it('turn each qualifier into its stated spread', () => {
    expect(byId.get('F7')).toMatchObject({ low: 20, value: 20, high: 25 }); // at least
    expect(byId.get('PB3')).toMatchObject({ low: expect.closeTo(3.6, 12), value: 6, high: 6 }); // target: 2025 stock pay
    expect(byId.get('PB5_2025')?.low).toBeCloseTo(1.71, 12); // about ±10 %: 2025 compute capacity
    // F9 and F8 are read only by a check once the audited accounts are known: not drawn.
    expect(byId.has('F9')).toBe(false);
  });

  it('hold exact figures, years and the revenue mix', () => {
    expect(byId.has('F5')).toBe(false);
    expect(byId.has('F10')).toBe(false);
    for (const r of ranges) {
      expect(BUILTIN_MODEL.factSlots[r.slot]).toEqual({ id: r.id, field: 'value' });
      expect(r.low).toBeLessThanOrEqual(r.value);
      expect(r.high).toBeGreaterThanOrEqual(r.value);
      expect(r.high).toBeGreaterThan(r.low);
    }
    expect(QUALIFIER_SPREADS.exact).toMatchObject({ below: 0, above: 0 });
  });
});
