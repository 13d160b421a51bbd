import { describe, expect, it } from 'vitest';
import { factInUse, resolveFactSet } from './fact-set.js';
import { parseFactsText } from './parse-facts-text.js';
import { BUILTIN_AS_OF, BUILTIN_OBSERVATIONS } from './vintages.js';

const restated = parseFactsText(
  [
    'facts:',
    '  - { id: F9, value: 13.5, qualifier: estimate, asOf: 2026-05-01, source: { publisher: WSJ } }',
    '  - { id: F9, value: 11, asOf: 2026-03-15, source: { publisher: FT } }',
  ].join('\n'),
  'restated.yaml',
);
const observations = [...BUILTIN_OBSERVATIONS, ...restated];

describe('resolveFactSet', () => {
  it('makes the article the first vintage of F1–F17', () => {
    const set = resolveFactSet();
    expect(set.facts.map((f) => f.id)).toEqual(Array.from({ length: 17 }, (_, i) => `F${i + 1}`));
    expect(set.facts.every((f) => f.asOf === BUILTIN_AS_OF && f.origin === 'built-in')).toBe(true);
    expect(set.latest).toBe(BUILTIN_AS_OF);
  });

  it('uses, for each fact, the latest observation known on the date asked about', () => {
    expect(factInUse(resolveFactSet(observations), 'F9')?.value).toBe(13.5);
    expect(factInUse(resolveFactSet(observations, '2026-05-01'), 'F9')?.value).toBe(13.5);
    expect(factInUse(resolveFactSet(observations, '2026-04-30'), 'F9')?.value).toBe(11);
    expect(factInUse(resolveFactSet(observations, '2026-03-14'), 'F9')?.value).toBe(9);
    expect(resolveFactSet(observations, '2026-04-30').latest).toBe('2026-03-15');
  });

  it('keeps every vintage, oldest first, whichever is in use', () => {
    const vintages = resolveFactSet(observations, '2026-03-01').vintages.get('F9') ?? [];
    expect(vintages.map((o) => [o.asOf, o.value, o.origin])).toEqual([
      ['2026-02-20', 9, 'built-in'],
      ['2026-03-15', 11, 'restated.yaml'],
      ['2026-05-01', 13.5, 'restated.yaml'],
    ]);
  });

  it('leaves out a fact not yet known on the date', () => {
    const added = parseFactsText(
      'facts: [{ id: X1, metric: arr, period: 2026, value: 30, unit: usdB, asOf: 2026-11-20, source: { publisher: Reuters } }]',
      'x.yaml',
    );
    const all = [...BUILTIN_OBSERVATIONS, ...added];
    expect(factInUse(resolveFactSet(all), 'X1')?.value).toBe(30);
    expect(factInUse(resolveFactSet(all, '2026-11-19'), 'X1')).toBeUndefined();
    expect(resolveFactSet(all).facts.at(-1)?.id).toBe('X1');
  });
});
