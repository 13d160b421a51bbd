import type { Unit } from '../units.js';
import type { SourceChain } from './sources.js';

/** How firmly the source states a figure. */
export type Qualifier = 'exact' | 'approx' | 'at-least' | 'estimate' | 'target' | 'expectation';

export type Company = 'OpenAI' | 'Anthropic';

/** What a fact measures; the model looks facts up by id, people browse them by kind. */
export type MetricKind =
  | 'funding'
  | 'valuation'
  | 'ipo-timing'
  | 'compute-target'
  | 'arr'
  | 'operating-loss'
  | 'net-loss'
  | 'revenue-mix'
  | 'market-share'
  | 'benchmark'
  | 'price-performance';

/**
 * A fact's id: `F1`–`F17` for the article's figures, any id a facts file gives for a figure of its own (`X1`).
 * Kept to letters, digits and "_" so that it makes a workbook name (`fact_X1`).
 */
export type FactId = string;

/** A sourced figure, as the article reports it. */
export interface Fact {
  readonly id: FactId;
  readonly company: Company;
  readonly kind: MetricKind;
  /** What the figure is, in a reader's words. */
  readonly label: string;
  /** The number (in `unit`), or null when the fact is not a number (an IPO window). */
  readonly value: number | null;
  readonly unit: Unit | null;
  /** A second figure in the same statement (F17's performance ratio), with its own qualifier. */
  readonly secondary?: {
    readonly label: string;
    readonly value: number;
    readonly unit: Unit;
    readonly qualifier: Qualifier;
  };
  readonly qualifier: Qualifier;
  /** The article's own word for the qualifier, e.g. "超过" (more than). */
  readonly qualifierText: string;
  /** The period or date the figure refers to, as stated ("2025", "H1 2025", "by 2029"). */
  readonly period: string;
  /** The calendar year the figure refers to, where there is one; the model keys on it. */
  readonly year: number | null;
  /** The figure as the article writes it, for the Sources sheet ("> 100 B USD"). */
  readonly stated: string;
  readonly source: SourceChain;
}

/** A dated event or qualitative point: for the timeline, never for arithmetic. */
/**
 * One vintage of a fact: the figure as known from `asOf` on. A fact is the list of its observations; the model uses,
 * for each fact, the latest one known on the date it is asked about.
 */
export interface Observation extends Fact {
  /** The ISO date (YYYY-MM-DD) from which this figure is known. */
  readonly asOf: string;
  /** Where the observation came from: `built-in` or the facts file that brought it. */
  readonly origin: string;
}

/** Where an observation of the built-in dataset comes from. */
export const BUILTIN_ORIGIN = 'built-in';

export interface TimelineEvent {
  /** ISO date or month ("2024-09"), or null for an undated point. */
  readonly date: string | null;
  readonly company: Company;
  readonly text: string;
  readonly source: SourceChain;
}
