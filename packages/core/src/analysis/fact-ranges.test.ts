import { describe, expect, it } from 'vitest';
import { FACTS } from '../facts/facts.js';
import { BUILTIN_MODEL } from '../model/evaluate.js';
import { factRanges, QUALIFIER_SPREADS } from './fact-ranges.js';

describe('fact ranges', () => {
  const ranges = factRanges(BUILTIN_MODEL, FACTS);
  const byId = new Map(ranges.map((r) => [r.id, r]));

  it('turn each qualifier into its stated spread', () => {
    expect(byId.get('F1')).toMatchObject({ low: 100, value: 100, high: 125 }); // at least
    expect(byId.get('F4')).toMatchObject({ low: 6, value: 10, high: 10 }); // target
    expect(byId.get('F9')?.low).toBeCloseTo(7.2, 12); // estimate ±20 %
    expect(byId.get('F8')?.high).toBeCloseTo(8.58, 12); // about ±10 %
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
