import { describe, expect, it } from 'vitest';
import { arrFactFor, factValue, findFacts, getFact } from './queries.js';

describe('fact queries', () => {
  it('finds a fact by id and its value', () => {
    expect(getFact('F7').label).toContain('ARR');
    expect(factValue('F9')).toBe(9);
  });

  it('throws for an unknown id or a fact without a number, which are programming errors', () => {
    expect(() => getFact('F99')).toThrow(/unknown fact id F99/);
    expect(() => factValue('F3')).toThrow(/F3 has no numeric value/);
  });

  it('filters by company, kind and year together', () => {
    expect(findFacts({ company: 'Anthropic' }).map((f) => f.id)).toEqual(['F13', 'F14', 'F16', 'F17']);
    expect(findFacts({ kind: 'revenue-mix' }).map((f) => f.id)).toEqual(['F10', 'F11', 'F12']);
    expect(findFacts({ company: 'OpenAI', kind: 'market-share', year: 2025 }).map((f) => f.id)).toEqual([
      'F15',
    ]);
  });

  it('maps a year to its ARR fact', () => {
    expect(arrFactFor(2024)?.id).toBe('F6');
    expect(arrFactFor(2026)).toBeUndefined();
  });
});
