import { analysisErrors } from '../errors/analysis-messages.js';
import { modelYears } from '../model/calendar.js';
import { LINE_IDS, type LineId } from '../model/line-ids.js';
import { evaluateScalar, type ScalarFrame } from '../model/scalar.js';
import { SUMMARY_FIGURES, type SummaryKey } from '../model/summary.js';

/** What a sensitivity measures: a summary figure, or a line in one year. */
export type Metric =
  | { readonly kind: 'summary'; readonly key: SummaryKey; readonly text: string }
  | { readonly kind: 'line'; readonly id: LineId; readonly year: number; readonly text: string };

/**
 * The metrics sensitivity and tornado read when none is named: figures that respond to every input. Cash at year
 * end sits on the minimum-cash floor (the funding gap plugs it), so funding inputs would show no swing there; it
 * stays available as `cash.end@<year>`. Add `roundMoic` here once the model defines it.
 */
export const DEFAULT_SENSITIVITY_METRICS: readonly SummaryKey[] = Object.freeze([
  'fundingGapTotal',
  'equityValueAtHorizonEnd',
  'roundMoic',
] as const);

const SUMMARY_KEYS: readonly string[] = SUMMARY_FIGURES.map((figure) => figure.key);
const isLineId = (id: string): id is LineId => (LINE_IDS as readonly string[]).includes(id);

/**
 * Reads a metric as a user writes it: a summary field (`runwayEndYear`) or `<line>@<year>` (`cash.end@2030`), the
 * year within the horizon's model years. Bad text throws an `AifinError` naming the value.
 * `years` are the model's years (a model rolled forward by an ARR actual has more); default the built-in calendar.
 * @example parseMetric('cash.end@2030', 5) // { kind: 'line', id: 'cash.end', year: 2030, text: 'cash.end@2030' }
 */
export const parseMetric = (
  text: string,
  horizon: number,
  years: readonly number[] = modelYears(horizon),
): Metric => {
  if (typeof text !== 'string') throw new TypeError(`parseMetric() needs text, got ${typeof text}`);
  if (SUMMARY_KEYS.includes(text)) return { kind: 'summary', key: text as SummaryKey, text };
  const match = /^([A-Za-z][\w.]*)@(\d{4})$/.exec(text);
  const id = match?.[1];
  if (match === null || id === undefined || !isLineId(id))
    throw analysisErrors.unknownMetric(text, SUMMARY_KEYS.join(', '));
  const year = Number(match[2]);
  const first = years[0] as number;
  const last = years.at(-1) as number;
  if (year < first || year > last) throw analysisErrors.metricYear(text, first, last);
  return { kind: 'line', id, year, text };
};

const FIGURE_BY_KEY = new Map(SUMMARY_FIGURES.map((figure) => [figure.key, figure]));

/**
 * A metric's value in an evaluated frame; null where it is not reached (no breakeven within the horizon) or the
 * line is not modelled in that year.
 * @example readMetric(frame, parseMetric('runwayEndYear', 5)) // 2028, or null
 */
export const readMetric = (frame: ScalarFrame, metric: Metric): number | null => {
  if (metric.kind === 'summary') {
    const figure = FIGURE_BY_KEY.get(metric.key);
    if (figure === undefined) throw new Error(`no summary figure ${metric.key}`);
    return evaluateScalar(frame, figure.expr);
  }
  const { model, values, years } = frame;
  const index = metric.year - (years[0] as number);
  if (index >= years.length || index < (model.firstIndex.get(metric.id) ?? 0)) return null;
  return values[(model.rowOf.get(metric.id) as number) * model.stride + index] as number;
};
