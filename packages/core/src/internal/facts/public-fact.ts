import type { Company, Confidence, MetricKind, Observation, Qualifier } from '../../facts/fact.js';
import { METRIC_UNITS } from '../../facts/facts-file-schema.js';
import type { SourceChain } from '../../facts/sources.js';
import type { Unit } from '../../units.js';

/**
 * The day the public collection (PUBLIC-FACTS.md) closed: the latest date on which every figure in it was known.
 * A page dated only "2026", or a forecast whose page shows no date, is as of this day: later than it may truly be
 * known, never earlier.
 */
export const COLLECTION_CLOSED = '2026-06-30';

/** A built-in observation of the public collection, before it is tagged with its origin. */
export type PublicObservation = Omit<Observation, 'origin'>;

/** What a row of the public collection states; company, unit and qualifier text have defaults. */
export interface PublicFigure {
  readonly id: string;
  readonly company?: Company;
  readonly kind: MetricKind;
  readonly label: string;
  readonly value: number;
  /** Absent: the unit every figure of this kind is stated in (`METRIC_UNITS`). */
  readonly unit?: Unit;
  readonly qualifier: Qualifier;
  /** The row's own words for the qualifier ("approx (around)"). */
  readonly qualifierText: string;
  readonly period: string;
  readonly year: number | null;
  readonly stated: string;
  /**
   * The page's date; where the page shows none, the most precise date the row gives for the page or its original
   * (a month → its last day), else the event date the metric names; see `COLLECTION_CLOSED` for undated forecasts.
   */
  readonly asOf: string;
  readonly date?: string;
  readonly confidence: Confidence;
  readonly source: SourceChain;
}

/**
 * One figure of the public collection as a built-in observation (company OpenAI unless said, unit from its kind).
 * @example publicFact({ id: 'PB8', kind: 'revenue', label: 'Revenue (audited)', value: 13.07, … }).unit // 'usdB'
 */
export function publicFact(figure: PublicFigure): PublicObservation {
  const kind = figure.kind;
  const unit = figure.unit ?? (kind === 'ipo-timing' ? null : METRIC_UNITS[kind]);
  return {
    id: figure.id,
    company: figure.company ?? 'OpenAI',
    kind,
    label: figure.label,
    value: figure.value,
    unit,
    qualifier: figure.qualifier,
    qualifierText: figure.qualifierText,
    period: figure.period,
    year: figure.year,
    stated: figure.stated,
    source: figure.source,
    confidence: figure.confidence,
    ...(figure.date === undefined ? {} : { date: figure.date }),
    asOf: figure.asOf,
  };
}
