import { deepFreeze } from '../deep-freeze.js';
import type { MetricKind } from './fact.js';

/**
 * What a figure of each kind is called, for a fact a facts file brings without a label of its own and for rows
 * that compare companies.
 * @example METRIC_LABELS.arr // 'Annualized revenue (ARR)'
 */
export const METRIC_LABELS: Readonly<Record<MetricKind, string>> = /* @__PURE__ */ deepFreeze({
  funding: 'Funding round',
  valuation: 'Valuation',
  'ipo-timing': 'IPO timing',
  'compute-target': 'Compute target',
  arr: 'Annualized revenue (ARR)',
  'operating-loss': 'Operating loss',
  'net-loss': 'Net loss',
  'revenue-mix': 'Revenue mix',
  'market-share': 'Share of enterprise LLM spend',
  benchmark: 'Benchmark score',
  'price-performance': 'Price / performance',
});
