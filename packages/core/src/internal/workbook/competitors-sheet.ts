import { BUILTIN_ORIGIN, type Company, type MetricKind, type Observation } from '../../facts/fact.js';
import { BUILTIN_FACT_SET, type FactSet } from '../../facts/fact-set.js';
import { UNIT_LABELS } from '../../units.js';
import { a1, absolute, qualified } from '../../workbook/address.js';
import { factName } from '../../workbook/names.js';
import type { Cell, ChartPlan, SheetPlan } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import { METRIC_LABELS } from '../facts/metric-labels.js';
import { formulaCell, gridWidth, text } from './cells.js';

/** The companies side by side, in column order. */
const COMPANIES: readonly Company[] = ['OpenAI', 'Anthropic'];

/** The series by date, in order: each company's points on its own dates, rows merged where dates meet. */
const SERIES: readonly { readonly heading: string; readonly kinds: readonly MetricKind[] }[] = [
  {
    heading: 'Run-rate revenue by date (ARR at a year end, or a run rate at the date)',
    kinds: ['arr', 'run-rate'],
  },
  {
    heading: 'Valuations by date (post-money, a secondary sale’s price, or a listing’s stated value)',
    kinds: ['post-money', 'valuation'],
  },
  { heading: 'Funding rounds by date (size)', kinds: ['funding', 'round-size', 'secondary-sale'] },
];

/** The comparisons set side by side, one row per figure, with the heading each sits under. */
const SECTIONS: readonly { readonly heading: string; readonly kinds: readonly MetricKind[] }[] = [
  { heading: 'Share of enterprise LLM spend', kinds: ['market-share'] },
  { heading: 'Models: benchmark and price / performance', kinds: ['benchmark', 'price-performance'] },
];

/** The note on what F14 and F15 measure, so that nobody reads them as revenue shares. */
export const SHARE_NOTE =
  'The shares are shares of enterprise spend on LLMs (Menlo Ventures): what enterprises pay for models, not either company’s revenue, and not consumer use; a larger share is not a larger business.';

/**
 * The note under OpenAI's reading of Anthropic's run rate (PH6): a competitor's estimate, not a reported figure.
 * @example disputeNote(getFact('PH6')) // 'OpenAI disputes the comparison: …'
 */
export function disputeNote(dispute: Observation): string {
  return `OpenAI disputes the comparison: net of the cloud platforms’ fees it puts Anthropic’s run rate at about ${dispute.value} B USD (${dispute.id}: ${dispute.qualifierText}; ${dispute.source.original}).`;
}

const SERIES_HEADER = ['Date', 'OpenAI', 'Anthropic', 'Facts (id: what)', 'Unit'];
const SECTION_HEADER = ['Metric', 'OpenAI', 'Anthropic', 'Facts (id: what)', 'Unit'];
/** The columns of each company's value (1-based): B for OpenAI, C for Anthropic; the facts' note is in D. */
const VALUE_COLUMNS: Readonly<Record<Company, number>> = { OpenAI: 2, Anthropic: 3 };
/** Rows the run-rate chart spans, below its table. */
export const COMPETITORS_CHART_ROWS = 16;

/**
 * The date a figure is a point at, for a series: its own `date`, a year-end ARR's 31 December, else the day it
 * became known.
 * @example pointDate(getFact('F7')) // '2025-12-31'
 */
export function pointDate(fact: Observation): string {
  if (fact.date !== undefined) return fact.date;
  if (fact.kind === 'arr' && fact.year !== null) return `${fact.year}-12-31`;
  return fact.asOf;
}

/** A value cell linked to the fact's named cell on Sources, so the sheet follows the vintage in use. */
function linked(fact: Observation | undefined): Cell | null {
  if (!fact || fact.value === null) return null;
  return formulaCell(factName(fact.id, 'value'), fact.value, fact.unit ? UNIT_FORMATS[fact.unit] : undefined);
}

/** What a fact is, in the row's note: "PH5: Run-rate revenue (passing OpenAI’s)". */
function describe(fact: Observation, withPeriod: boolean): string {
  const period = withPeriod && fact.period ? ` (${fact.period})` : '';
  // F17's second figure (performance relative to the flagship) has no cell of its own: it is stated here as the
  // source gives it.
  const secondary = fact.secondary ? `; ${fact.secondary.label} ≈ ${fact.secondary.value}` : '';
  return `${fact.id}: ${fact.label}${period}${secondary}`;
}

/** A row of one figure per company: values under OpenAI and Anthropic, one note naming both facts. */
function pairCells(
  label: Cell,
  openAi: Observation | undefined,
  anthropic: Observation | undefined,
  withPeriod: boolean,
): readonly (Cell | null)[] {
  const note = [openAi, anthropic].flatMap((fact) => (fact ? [describe(fact, withPeriod)] : [])).join(' · ');
  return [label, linked(openAi), linked(anthropic), text(note, 'noteWrapped'), unitCell(openAi ?? anthropic)];
}

function unitCell(fact: Observation | undefined): Cell {
  return text(fact?.unit ? UNIT_LABELS[fact.unit] : '—', 'note');
}

/** One row of a series: a date and each company's point on it, if any. */
interface SeriesRow {
  readonly date: string;
  readonly points: Partial<Record<Company, Observation>>;
}

/**
 * The points of some kinds as rows by date, oldest first: a company's point shares a row with the other company's
 * point of the same date; two points of one company on one date take a row each.
 */
function seriesRows(facts: readonly Observation[], kinds: readonly MetricKind[]): readonly SeriesRow[] {
  const points = facts
    .filter((f) => kinds.includes(f.kind) && f.value !== null && COMPANIES.includes(f.company))
    .map((fact, order) => ({ fact, date: pointDate(fact), order }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  const rows: { date: string; points: Partial<Record<Company, Observation>> }[] = [];
  for (const { fact, date } of points) {
    const free = rows.find((row) => row.date === date && row.points[fact.company] === undefined);
    if (free) free.points[fact.company] = fact;
    else rows.push({ date, points: { [fact.company]: fact } });
  }
  return rows;
}

/** A series row: a company without a point on the date gets an empty cell (a chart reads text as zero). */
function seriesCells(row: SeriesRow): readonly (Cell | null)[] {
  return pairCells(text(row.date, 'label'), row.points.OpenAI, row.points.Anthropic, false);
}

/** The latest point of a company in the rows on or before a date. */
function latestOn(rows: readonly SeriesRow[], company: Company, date: string): Observation | undefined {
  return rows.filter((row) => row.date <= date && row.points[company]).at(-1)?.points[company];
}

/**
 * The first Anthropic run rate above OpenAI's latest known on its date, with that OpenAI figure: the day
 * Anthropic passed OpenAI (PH5 against PB30 in the public collection), or undefined if it has not.
 */
function passing(rows: readonly SeriesRow[]): { anthropic: Observation; openAi: Observation } | undefined {
  for (const row of rows) {
    const anthropic = row.points.Anthropic;
    const openAi = latestOn(rows, 'OpenAI', row.date);
    if (anthropic?.value != null && openAi?.value != null && anthropic.value > openAi.value)
      return { anthropic, openAi };
  }
  return undefined;
}

/** Rows of one kind: the i-th fact of each company side by side. */
function kindRows(facts: readonly Observation[], kind: MetricKind): (readonly (Cell | null)[])[] {
  const of = COMPANIES.map((company) => facts.filter((f) => f.kind === kind && f.company === company));
  const count = Math.max(...of.map((list) => list.length));
  return Array.from({ length: count }, (_, i) => {
    const [openAi, anthropic] = of.map((list) => list[i]);
    return pairCells(text(METRIC_LABELS[kind], 'label'), openAi, anthropic, true);
  });
}

/** The kinds the series and the fixed sections cover. */
const COVERED = new Set([...SERIES, ...SECTIONS].flatMap((s) => s.kinds));

/** The Competitors sheet and its chart of the two run-rate series. */
export interface CompetitorsLayout {
  readonly sheet: SheetPlan;
  readonly charts: readonly ChartPlan[];
}

/**
 * The Competitors sheet: each company's run rate, valuation and rounds as series by date from every vintage in use
 * (the article's F1–F17, the public collection, facts files), every figure a link to its fact on Sources; the day
 * Anthropic's run rate passed OpenAI's, and OpenAI's dispute of the comparison (PH6), as labelled rows; a line chart
 * of the two run-rate series below their table; then the shares of enterprise LLM spend (F15 vs F14), model
 * benchmark and price / performance (F16–F17), and whatever else facts files add for either company.
 * @example layoutCompetitors(BUILTIN_FACT_SET).charts[0].title // 'Run-rate revenue by date (USD B)'
 */
export function layoutCompetitors(facts: FactSet = BUILTIN_FACT_SET): CompetitorsLayout {
  const numeric = facts.facts.filter((f) => f.value !== null);
  // A fact a facts file brings of its own (its first vintage is not built in) is news about a company.
  const isNew = (f: Observation) => facts.vintages.get(f.id)?.[0]?.origin !== BUILTIN_ORIGIN;
  const added = numeric.filter((f) => isNew(f) && !COVERED.has(f.kind));
  const addedKinds = [...new Set(added.map((f) => f.kind))];
  const rows: (readonly (Cell | null)[])[] = [
    [text('Competitors', 'title')],
    [
      text(
        `OpenAI and Anthropic side by side, from the facts as of ${facts.asOf ?? facts.latest}: each series by the date of its figures, from every vintage. Every figure is a link to its fact on Sources (its qualifier, as-of date and source are there).`,
        'note',
      ),
    ],
  ];
  const charts: ChartPlan[] = [];
  SERIES.forEach(({ heading, kinds }, index) => {
    const series = seriesRows(numeric, kinds);
    rows.push(
      [],
      [text(heading, 'section')],
      SERIES_HEADER.map((h) => text(h, 'header')),
    );
    const first = rows.length + 1;
    rows.push(...series.map(seriesCells));
    const last = rows.length;
    if (index !== 0 || series.length === 0) return;
    const passed = passing(series);
    if (passed?.anthropic.value != null && passed.openAi.value != null)
      rows.push([
        text('Anthropic ahead of OpenAI', 'label'),
        null,
        formulaCell(
          `${factName(passed.anthropic.id, 'value')}-${factName(passed.openAi.id, 'value')}`,
          passed.anthropic.value - passed.openAi.value,
          UNIT_FORMATS.usdB,
        ),
        text(
          `${passed.anthropic.id} − ${passed.openAi.id}: Anthropic’s run rate passed OpenAI’s on ${pointDate(passed.anthropic)}, against OpenAI’s latest then.`,
          'noteWrapped',
        ),
        text(UNIT_LABELS.usdB, 'note'),
      ]);
    const dispute = numeric.find((f) => f.kind === 'run-rate-net');
    if (dispute)
      rows.push(pairCells(text('OpenAI’s reading (disputed)', 'label'), undefined, dispute, true), [
        text(disputeNote(dispute), 'note'),
      ]);
    const top = rows.length + 2;
    const column = (company: Company) =>
      qualified(
        'Competitors',
        `${absolute(first, VALUE_COLUMNS[company])}:${absolute(last, VALUE_COLUMNS[company])}`,
      );
    charts.push({
      sheet: 'Competitors',
      title: 'Run-rate revenue by date (USD B)',
      type: 'line',
      categories: qualified('Competitors', `${absolute(first, 1)}:${absolute(last, 1)}`),
      series: COMPANIES.map((company) => ({ name: company, values: column(company) })),
      from: a1(top, 1),
      to: a1(top + COMPETITORS_CHART_ROWS - 1, SERIES_HEADER.length),
      // Each company reports on its own dates: a line joins its points across the other's rows.
      blanks: 'span',
    });
    // The chart's rows stay part of the sheet, so the tables after it (and the print area) run past it.
    rows.push(...Array.from({ length: COMPETITORS_CHART_ROWS + 1 }, () => []));
  });
  rows.push(
    [],
    [text(SHARE_NOTE, 'note')],
    ...SECTIONS.flatMap(({ heading, kinds }) => [
      [text(heading, 'section')],
      SECTION_HEADER.map((h) => text(h, 'header')),
      ...kinds.flatMap((kind) => kindRows(numeric, kind)),
    ]),
    ...(addedKinds.length === 0
      ? []
      : [
          [text('Added by facts files', 'section')],
          SECTION_HEADER.map((h) => text(h, 'header')),
          ...addedKinds.flatMap((kind) => kindRows(added, kind)),
        ]),
  );
  return {
    sheet: {
      name: 'Competitors',
      rows,
      width: gridWidth(rows),
      columnWidths: [30, 12, 12, 80, 10],
      freeze: { rows: 2, columns: 1 },
      validations: [],
    },
    charts,
  };
}

/**
 * The Competitors sheet alone (see `layoutCompetitors`).
 * @example buildCompetitorsSheet(BUILTIN_FACT_SET).name // 'Competitors'
 */
export function buildCompetitorsSheet(facts: FactSet = BUILTIN_FACT_SET): SheetPlan {
  return layoutCompetitors(facts).sheet;
}
