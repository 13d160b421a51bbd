import type { Unit } from '@aifin/core';

/** Shown for a year in which a line is not modelled. */
export const NOT_MODELLED = '—';

/**
 * A value as a reader expects it in a terminal table: dollars with two decimals, ratios as percentages, multiples
 * with an "x".
 * @example formatValue(0.452, 'ratio') // "45.2%"
 */
export const formatValue = (value: number | null, unit: Unit): string => {
  if (value === null) return NOT_MODELLED;
  switch (unit) {
    case 'usdB':
      return value.toFixed(2);
    case 'ratio':
      return `${(value * 100).toFixed(1)}%`;
    case 'multiple':
      return `${value.toFixed(1)}x`;
    case 'gw':
      return value.toFixed(2);
    case 'usdBPerGw':
    case 'score':
      return value.toFixed(1);
    case 'users':
    case 'shares':
      return `${value}M`;
    case 'count':
      return value.toLocaleString('en-US');
    case 'year':
    case 'years':
    case 'flag':
    case 'choice':
      return String(value);
  }
};
