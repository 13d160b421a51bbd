import { describe, expect, it } from 'vitest';
import { INPUT_IDS, INPUTS, isInputId } from './inputs.js';

describe('INPUTS', () => {
  it('defines every id in INPUT_IDS, in order, each under its own key', () => {
    expect(new Set(INPUT_IDS).size).toBe(INPUT_IDS.length);
    expect(Object.keys(INPUTS)).toEqual([...INPUT_IDS]);
    for (const id of INPUT_IDS) expect(INPUTS[id].id).toBe(id);
  });

  it('gives every input a label and a range with min < max', () => {
    for (const id of INPUT_IDS) {
      const def = INPUTS[id];
      expect(def.label.trim(), id).not.toBe('');
      expect(Number.isFinite(def.min) && Number.isFinite(def.max), id).toBe(true);
      expect(def.min, id).toBeLessThan(def.max);
    }
  });

  it('keeps ratios, dollar amounts and the format they are shown in consistent', () => {
    expect(INPUTS.growthFade).toMatchObject({ unit: 'ratio', min: 0, max: 1, basis: null });
    expect(INPUTS.openingCash.unit).toBe('usdB');
    expect(INPUTS.computeCostPerGwYear.unit).toBe('usdBPerGw');
    expect(INPUTS.capacityTargetGw.unit).toBe('gw');
    expect(INPUTS.evToEbit.unit).toBe('multiple');
  });
});

describe('isInputId', () => {
  it('is true for every input id', () => {
    for (const id of INPUT_IDS) expect(isInputId(id), id).toBe(true);
  });

  it('is false for near misses and for what every object inherits', () => {
    for (const key of [
      'growthfade',
      'growthFade ',
      '',
      'toString',
      'constructor',
      '__proto__',
      'hasOwnProperty',
    ])
      expect(isInputId(key), key).toBe(false);
  });
});
