import * as v from 'valibot';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Unit } from '../units.js';
import { hasXmlInvalidChar } from '../xml-text.js';
import type { Company, MetricKind, Qualifier } from './fact.js';

/** The largest facts file accepted: a file of a few hundred observations is far below it. */
export const MAX_FACTS_FILE_BYTES = 256 * 1024;
/** The longest free text (label, publisher, title, url) accepted in a facts file. */
export const MAX_FACTS_TEXT = 500;
/** Fact ids become workbook names (`fact_X1`), so they are kept to a safe alphabet. */
export const FACT_ID_PATTERN = /* @__PURE__ */ deepFreeze(/^[A-Za-z][A-Za-z0-9_]{0,31}$/);

/** The unit each kind of figure is stated in: a facts file's `unit` must be this one. */
export const METRIC_UNITS: Readonly<Record<Exclude<MetricKind, 'ipo-timing'>, Unit>> =
  /* @__PURE__ */ deepFreeze({
    funding: 'usdB',
    valuation: 'usdB',
    'compute-target': 'gw',
    arr: 'usdB',
    'operating-loss': 'usdB',
    'net-loss': 'usdB',
    'revenue-mix': 'ratio',
    'market-share': 'ratio',
    benchmark: 'score',
    'price-performance': 'ratio',
    revenue: 'usdB',
    'cost-of-revenue': 'usdB',
    rnd: 'usdB',
    'sales-marketing': 'usdB',
    'general-admin': 'usdB',
    'total-costs': 'usdB',
    'adjusted-loss': 'usdB',
    'fair-value-loss': 'usdB',
    sbc: 'usdB',
    'cash-burn': 'usdB',
    cash: 'usdB',
    'gross-margin': 'ratio',
    users: 'users',
    customers: 'count',
    'run-rate': 'usdB',
    'run-rate-net': 'usdB',
    'plan-revenue': 'usdB',
    'plan-fcf': 'usdB',
    'plan-burn': 'usdB',
    'plan-operating-loss': 'usdB',
    'breakeven-year': 'year',
    'equity-pool': 'usdB',
    'compute-spend': 'usdB',
    'compute-capacity': 'gw',
    contract: 'usdB',
    'contracted-capacity': 'gw',
    warrant: 'shares',
    'cost-per-gw': 'usdBPerGw',
    'investment-plan': 'usdB',
    'revenue-share': 'ratio',
    'revenue-share-savings': 'usdB',
    'partner-payments': 'usdB',
    stake: 'ratio',
    'stake-value': 'usdB',
    'equity-commitment': 'usdB',
    'round-size': 'usdB',
    'secondary-sale': 'usdB',
    'pre-money': 'usdB',
    'post-money': 'usdB',
  });
/** The kinds of figure a facts file may bring (an IPO window is not a number, so it is not among them). */
export const FILE_METRICS = /* @__PURE__ */ deepFreeze(
  Object.keys(METRIC_UNITS) as (keyof typeof METRIC_UNITS)[],
);
const COMPANIES: readonly Company[] = ['OpenAI', 'Anthropic'];
const QUALIFIERS: readonly Qualifier[] = [
  'exact',
  'approx',
  'at-least',
  'at-most',
  'estimate',
  'target',
  'projection',
  'expectation',
];
const UNITS: readonly Unit[] = [
  'usdB',
  'ratio',
  'gw',
  'score',
  'usdBPerGw',
  'year',
  'users',
  'shares',
  'count',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real calendar date written YYYY-MM-DD ("2026-02-30" is not one). No clock is read.
 * @example isIsoDate('2026-05-01') // true
 */
export const isIsoDate = (text: string): boolean => {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const text = v.pipe(
  v.string('must be text'),
  v.minLength(1, 'must not be empty'),
  v.maxLength(MAX_FACTS_TEXT, `must be at most ${MAX_FACTS_TEXT} characters`),
  // It goes into the workbook's XML (Sources, Competitors), where these characters make the file unreadable.
  v.check(
    (value) => !hasXmlInvalidChar(value),
    'must not contain control characters, U+FFFE, U+FFFF or unpaired surrogates',
  ),
);
const isoDate = v.pipe(
  v.string('must be a date written YYYY-MM-DD'),
  v.check(isIsoDate, 'must be a date written YYYY-MM-DD'),
);

/** One observation in a facts file: a new vintage of a known fact, or a new fact (then `metric` is required). */
export const FactsFileEntrySchema = v.strictObject({
  id: v.pipe(
    v.string('must be text'),
    v.regex(FACT_ID_PATTERN, 'must be a letter then up to 31 letters, digits or "_"'),
  ),
  company: v.optional(v.picklist(COMPANIES, `must be one of ${COMPANIES.join(', ')}`)),
  metric: v.optional(v.picklist(FILE_METRICS, `must be one of ${FILE_METRICS.join(', ')}`)),
  label: v.optional(text),
  period: v.optional(
    v.union(
      [v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)), text],
      'must be a year (2000–2100) or text such as "H1 2026"',
    ),
  ),
  value: v.pipe(v.number('must be a number'), v.finite('must be a finite number')),
  unit: v.optional(v.picklist(UNITS, `must be one of ${UNITS.join(', ')}`)),
  qualifier: v.optional(v.picklist(QUALIFIERS, `must be one of ${QUALIFIERS.join(', ')}`)),
  stated: v.optional(text),
  asOf: isoDate,
  source: v.strictObject({
    publisher: text,
    date: v.optional(isoDate),
    title: v.optional(text),
    url: v.optional(text),
  }),
});

/** A facts file: a list of observations under `facts`. */
export const FactsFileSchema = /* @__PURE__ */ deepFreeze(
  v.strictObject({
    facts: v.pipe(
      v.array(FactsFileEntrySchema, 'must be a list of observations'),
      v.minLength(1, 'must not be empty'),
    ),
  }),
);
export type FactsFileEntry = v.InferOutput<typeof FactsFileEntrySchema>;
