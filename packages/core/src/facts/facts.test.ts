import { describe, expect, it } from 'vitest';
import { FACTS, TIMELINE } from './facts.js';

describe('FACTS', () => {
  it('holds every row of FACTS.md, F1 to F17, once each and in order', () => {
    expect(FACTS.map((f) => f.id)).toEqual(Array.from({ length: 17 }, (_, i) => `F${i + 1}`));
  });

  it('keeps the figures and qualifiers the article gives', () => {
    const byId = Object.fromEntries(FACTS.map((f) => [f.id, f]));
    const expected: Record<string, [number | null, string, string | null]> = {
      F1: [100, 'at-least', 'usdB'],
      F2: [850, 'at-least', 'usdB'],
      F3: [null, 'expectation', null],
      F4: [10, 'target', 'gw'],
      F5: [2, 'exact', 'usdB'],
      F6: [6, 'exact', 'usdB'],
      F7: [20, 'at-least', 'usdB'],
      F8: [7.8, 'approx', 'usdB'],
      F9: [9, 'estimate', 'usdB'],
      F10: [0.6, 'approx', 'ratio'],
      F11: [0.25, 'approx', 'ratio'],
      F12: [0.15, 'approx', 'ratio'],
      F13: [30, 'exact', 'usdB'],
      F14: [0.32, 'exact', 'ratio'],
      F15: [0.25, 'exact', 'ratio'],
      F16: [53.1, 'exact', 'score'],
      F17: [0.2, 'approx', 'ratio'],
    };
    for (const [id, [value, qualifier, unit]] of Object.entries(expected)) {
      expect({ id, value: byId[id]?.value, qualifier: byId[id]?.qualifier, unit: byId[id]?.unit }).toEqual({
        id,
        value,
        qualifier,
        unit,
      });
    }
    expect(byId.F17?.secondary).toMatchObject({ value: 0.99, qualifier: 'approx' });
  });

  it('traces every fact to its original publisher through the Huxiu article', () => {
    for (const fact of FACTS) {
      expect(fact.source.original.length).toBeGreaterThan(0);
      expect(fact.source.via?.publisher).toContain('Huxiu');
    }
    const original = (id: string) => FACTS.find((f) => f.id === id)?.source.original ?? '';
    expect(original('F1')).toContain('Bloomberg');
    expect(original('F8')).toContain('The Information');
    expect(original('F9')).toContain('Wall Street Journal');
    expect(original('F14')).toContain('Menlo Ventures');
    expect(original('F7')).toContain('Sarah Friar');
  });

  it('dates the ARR facts 2023, 2024 and 2025', () => {
    expect(FACTS.filter((f) => f.kind === 'arr').map((f) => f.year)).toEqual([2023, 2024, 2025]);
  });
});

describe('TIMELINE', () => {
  it('lists dated events oldest first, then the undated points', () => {
    const dated = TIMELINE.filter((e) => e.date !== null).map((e) => e.date ?? '');
    expect(dated).toEqual([...dated].sort());
    const firstUndated = TIMELINE.findIndex((e) => e.date === null);
    expect(TIMELINE.slice(firstUndated).every((e) => e.date === null)).toBe(true);
    expect(TIMELINE.map((e) => e.text).join(' ')).toContain('Mission Alignment');
  });
});
