import { describe, expect, it } from 'vitest';
import {
  add,
  div,
  fact,
  input,
  line,
  mul,
  num,
  prev,
  recognized,
  sameYearDependencies,
  sub,
  when,
} from './expr.js';

describe('expressions', () => {
  it('are plain serialisable data', () => {
    const e = mul(line('usdB', 'arr.total'), fact('ratio', 'F10'));
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      k: 'mul',
      a: { k: 'line', id: 'arr.total', lag: 0 },
      b: { k: 'fact', id: 'F10', field: 'value' },
    });
  });

  it('list the lines they read in the same year, not the previous one', () => {
    const e = when(
      line('usdB', 'operatingIncome'),
      '>=',
      num('usdB', 0),
      recognized(prev('usdB', 'arr.total'), line('usdB', 'arr.total')),
      sub(line('usdB', 'capex'), input('usdB', 'openingCash')),
    );
    expect([...sameYearDependencies(e)].sort()).toEqual(['arr.total', 'capex', 'operatingIncome']);
  });

  it('keep units apart at compile time', () => {
    const dollars = fact('usdB', 'F7');
    const share = fact('ratio', 'F10');
    // @ts-expect-error a ratio cannot be added to a dollar amount
    add(dollars, share);
    // @ts-expect-error a GW amount cannot be subtracted from dollars
    sub(dollars, fact('gw', 'F4'));
    expect(div(dollars, dollars).k).toBe('div');
    expect(mul(dollars, share).k).toBe('mul');
  });
});
