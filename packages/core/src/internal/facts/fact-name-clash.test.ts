import { describe, expect, it } from 'vitest';
import { factName } from '../../workbook/names.js';
import { factNameClash } from './fact-name-clash.js';

const known = (...ids: string[]) => new Map(ids.map((id) => [id.toLowerCase(), id]));

/** Every defined name the workbook gives a fact, as Excel compares names: without case. */
const namesOf = (id: string) => [factName(id, 'value'), factName(id, 'year')].map((n) => n.toLowerCase());

describe('factNameClash', () => {
  it.each([
    ['f9 beside F9', 'f9', ['F9'], 'F9'],
    ['F9 beside a new f9', 'F9', ['f9'], 'f9'],
    ['F7_year beside F7 (its year cell)', 'F7_year', ['F7'], 'F7'],
    ['f7_YEAR beside F7', 'f7_YEAR', ['F7'], 'F7'],
    ['X1 beside a new X1_year', 'X1', ['X1_year'], 'X1_year'],
  ])('refuses %s, naming both', (_, id, ids, other) => {
    const clash = factNameClash(id, known(...ids));
    expect(clash?.other).toBe(other);
    expect(clash?.problem).toContain(other);
    // The rule is the workbook's: the two ids really share a defined name.
    expect(namesOf(id).some((name) => namesOf(other).includes(name))).toBe(true);
  });

  it.each([
    ['a revision (the same id)', 'F9', ['F9', 'F7']],
    ['an id that only starts like another', 'F77', ['F7']],
    ['a year suffix on an unknown id', 'X9_year', ['F7']],
    ['another suffix', 'F7_years', ['F7']],
  ])('accepts %s', (_, id, ids) => {
    expect(factNameClash(id, known(...ids))).toBeNull();
    for (const other of ids.filter((o) => o !== id))
      expect(namesOf(id).some((name) => namesOf(other).includes(name))).toBe(false);
  });
});
