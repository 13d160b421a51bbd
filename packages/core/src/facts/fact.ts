import type { Unit } from '../units.js';
import type { SourceChain } from './sources.js';

/**
 * How firmly the source states a figure: `at-most` is a ceiling ("up to"), `projection` a figure from a company's
 * own plan or forecast.
 */
export type Qualifier =
  | 'exact'
  | 'approx'
  | 'at-least'
  | 'at-most'
  | 'estimate'
  | 'target'
  | 'projection'
  | 'expectation';

/** How well a figure is corroborated: high = pages of two or more publishers agree; medium = one page or one leak; low = an aggregator naming no original. */
export type Confidence = 'high' | 'medium' | 'low';

/** The company a fact is about. */
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
  | 'price-performance'
  // Reported accounts (PUBLIC-FACTS.md A, B): the income statement by function, and cash.
  | 'revenue'
  | 'cost-of-revenue'
  | 'rnd'
  | 'sales-marketing'
  | 'general-admin'
  | 'total-costs'
  | 'adjusted-loss'
  | 'fair-value-loss'
  | 'sbc'
  | 'cash-burn'
  | 'cash'
  | 'gross-margin'
  | 'users'
  | 'customers'
  /** A run rate observed at a date inside a year: never `arr`, which the model reads as a year-end actual. */
  | 'run-rate'
  /** A competitor's figure for another company's run rate (OpenAI's net-of-fees reading of Anthropic's). */
  | 'run-rate-net'
  // Plans and forecasts told to investors (C).
  | 'plan-revenue'
  | 'plan-fcf'
  | 'plan-burn'
  | 'plan-operating-loss'
  | 'breakeven-year'
  | 'equity-pool'
  // Compute: spend, capacity, contracts (B5, C16–C22, E).
  | 'compute-spend'
  | 'compute-capacity'
  | 'contract'
  | 'contracted-capacity'
  | 'warrant'
  | 'cost-per-gw'
  | 'investment-plan'
  // Microsoft and partners (D).
  | 'revenue-share'
  | 'revenue-share-savings'
  | 'partner-payments'
  // Ownership and funding (D4, F2, G, H).
  | 'stake'
  | 'stake-value'
  | 'equity-commitment'
  | 'round-size'
  | 'secondary-sale'
  | 'pre-money'
  | 'post-money';

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
  /** How well the figure is corroborated, where the collection says (PUBLIC-FACTS.md's "conf."). */
  readonly confidence?: Confidence;
  /**
   * The ISO date the figure is a point at (a run rate's month end, a round's close), where it has one: the x of a
   * series by date. Absent: the figure covers a period (`year`, `period`).
   */
  readonly date?: string;
}

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

/** A dated event or qualitative point: for the timeline, never for arithmetic. */
export interface TimelineEvent {
  /** ISO date or month ("2024-09"), or null for an undated point. */
  readonly date: string | null;
  readonly company: Company;
  readonly text: string;
  readonly source: SourceChain;
}
