import { describe, expect, it } from 'vitest';
import { COLLECTION_CLOSED } from '../internal/facts/public-fact.js';
import { PUBLIC_FACTS } from '../internal/facts/public-facts.js';
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
  it('makes the article the first vintage of F1–F17, then holds every public figure as of its own date', () => {
    const set = resolveFactSet();
    const article = set.facts.slice(0, 17);
    expect(article.map((f) => f.id)).toEqual(Array.from({ length: 17 }, (_, i) => `F${i + 1}`));
    expect(article.every((f) => f.asOf === BUILTIN_AS_OF && f.origin === 'built-in')).toBe(true);
    expect(set.facts.slice(17).map((f) => f.id)).toEqual(PUBLIC_FACTS.map((f) => f.id));
    expect(set.facts).toHaveLength(17 + PUBLIC_FACTS.length);
    expect(set.latest).toBe(COLLECTION_CLOSED);
  });

  it('as of the article’s day, holds F1–F17 and only the public figures known by then', () => {
    const set = resolveFactSet(BUILTIN_OBSERVATIONS, BUILTIN_AS_OF);
    const known = PUBLIC_FACTS.filter((f) => f.asOf <= BUILTIN_AS_OF).map((f) => f.id);
    expect(set.facts.map((f) => f.id)).toEqual([
      ...Array.from({ length: 17 }, (_, i) => `F${i + 1}`),
      ...known,
    ]);
    // Known before the article: the round as Bloomberg reported it the day before; not yet: the audited accounts.
    expect(factInUse(set, 'PG6_POST')?.value).toBe(850);
    for (const id of ['PB8', 'PB14', 'PB6_BURN', 'PG7_POST', 'PH5', 'PC3_26Q1_2028'])
      expect(factInUse(set, id), id).toBeUndefined();
    expect(known.length).toBeGreaterThan(40);
    expect(known.length).toBeLessThan(PUBLIC_FACTS.length);
    expect(set.facts.every((f) => f.asOf <= BUILTIN_AS_OF)).toBe(true);
    expect(set.latest).toBe(BUILTIN_AS_OF);
  });

  it('by default, holds every vintage: the audited accounts and the article side by side', () => {
    const set = resolveFactSet(BUILTIN_OBSERVATIONS);
    expect(set.asOf).toBeNull();
    expect(factInUse(set, 'F9')?.value).toBe(9);
    expect(factInUse(set, 'PB14')?.value).toBe(20.92);
    expect(factInUse(set, 'PB6_BURN')?.value).toBe(8);
  });

  it('uses, for each fact, the latest observation known on the date asked about', () => {
    expect(factInUse(resolveFactSet(observations), 'F9')?.value).toBe(13.5);
    expect(factInUse(resolveFactSet(observations, '2026-05-01'), 'F9')?.value).toBe(13.5);
    expect(factInUse(resolveFactSet(observations, '2026-04-30'), 'F9')?.value).toBe(11);
    expect(factInUse(resolveFactSet(observations, '2026-03-14'), 'F9')?.value).toBe(9);
    // The article and the file alone: the public figures have dates of their own.
    const articleAndFile = [...BUILTIN_OBSERVATIONS.filter((o) => /^F\d+$/.test(o.id)), ...restated];
    expect(resolveFactSet(articleAndFile, '2026-04-30').latest).toBe('2026-03-15');
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
