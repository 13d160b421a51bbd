import { describe, expect, it } from 'vitest';
import { quantity, UNIT_LABELS, type Unit } from './units.js';

// Listing every unit here makes the compiler fail when one is added without a label.
const ALL_UNITS: Readonly<Record<Unit, true>> = {
  usdB: true,
  ratio: true,
  gw: true,
  usdBPerGw: true,
  year: true,
  years: true,
  choice: true,
  multiple: true,
  score: true,
  users: true,
  shares: true,
  count: true,
  flag: true,
};

describe('units', () => {
  it('quantity tags a number without changing it at run time', () => {
    const arr = quantity('usdB', 20);
    expect(arr).toBe(20);
    expect(typeof arr).toBe('number');
    expect(quantity('ratio', 0.4) + quantity('ratio', 0.1)).toBeCloseTo(0.5);
  });

  it('labels every unit, each differently', () => {
    expect(Object.keys(UNIT_LABELS).sort()).toEqual(Object.keys(ALL_UNITS).sort());
    const labels = Object.values(UNIT_LABELS);
    for (const label of labels) expect(label.trim()).not.toBe('');
    expect(new Set(labels).size).toBe(labels.length);
    expect(UNIT_LABELS.usdB).toBe('USD B');
    expect(UNIT_LABELS.flag).toBe('1 = yes');
  });
});
