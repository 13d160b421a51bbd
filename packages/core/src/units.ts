import { deepFreeze } from './internal/deep-freeze.js';

/**
 * Units carried in the types, so that adding a ratio to a dollar amount does not compile.
 * The brand is erased at run time: values stay plain numbers.
 */
declare const unitBrand: unique symbol;

/** A number tagged with its unit. */
export type Quantity<U extends Unit> = number & { readonly [unitBrand]: U };

/**
 * Every unit the model knows. `usdB` is US dollars in billions (1e9); `year` is a calendar year and `years` a
 * duration; `users` and `shares` are counts in millions, `count` a plain count; `choice` is one of an input's named options (its index in the kernel, its name in the workbook).
 */
export type Unit =
  | 'usdB'
  | 'ratio'
  | 'gw'
  | 'usdBPerGw'
  | 'year'
  | 'years'
  | 'multiple'
  | 'score'
  | 'users'
  | 'shares'
  | 'count'
  | 'flag'
  | 'choice';

/**
 * US dollars in billions.
 * @example const round: UsdB = quantity('usdB', 40);
 */
export type UsdB = Quantity<'usdB'>;
/**
 * A share or a rate, 1 = 100 %.
 * @example const margin: Ratio = quantity('ratio', -0.45);
 */
export type Ratio = Quantity<'ratio'>;
/**
 * Gigawatts of data-centre capacity.
 * @example const stargate: Gw = quantity('gw', 10);
 */
export type Gw = Quantity<'gw'>;
/**
 * A calendar year.
 * @example const lastActual: Year = quantity('year', 2025);
 */
export type Year = Quantity<'year'>;

/**
 * Tags a plain number with a unit.
 * @example const arr = quantity('usdB', 20); // UsdB
 */
export const quantity = <U extends Unit>(_unit: U, value: number): Quantity<U> => value as Quantity<U>;

/** How each unit is named for a reader, in sheets and tables. */
export const UNIT_LABELS: Readonly<Record<Unit, string>> = /* @__PURE__ */ deepFreeze({
  usdB: 'USD B',
  ratio: 'ratio',
  gw: 'GW',
  usdBPerGw: 'USD B per GW',
  year: 'year',
  years: 'years',
  multiple: '×',
  score: 'score (%)',
  users: 'million users',
  shares: 'million shares',
  count: 'count',
  flag: '1 = yes',
  choice: 'choice',
});
