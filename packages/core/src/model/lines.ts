import type { FactId } from '../facts/fact.js';
import type { Unit } from '../units.js';
import { FIRST_HISTORY_YEAR, FIRST_PROJECTION_YEAR, LAST_HISTORY_YEAR } from './calendar.js';
import {
  add,
  asMultiple,
  div,
  type Expr,
  fact,
  factYear,
  input,
  line,
  mul,
  type Node,
  num,
  prev,
  recognized,
  sub,
  when,
  year,
} from './expr.js';
import type { InputId } from './inputs.js';

/** The sheet a line is laid out on. */
export type ModelSheet = 'Revenue Mix' | 'Loss Model';

/** One line item of the model: a yearly series defined as expressions over inputs, facts and other lines. */
export interface LineDef {
  readonly id: LineId;
  readonly label: string;
  readonly unit: Unit;
  readonly sheet: ModelSheet;
  /** The heading the line sits under on its sheet. */
  readonly section: string;
  /** Where the numbers come from: fact ids, "assumption", or both, as a reader would follow them. */
  readonly source: string;
  /** The first year the line has a value; earlier years are null (not modelled: no source covers them). */
  readonly from: number;
  /** Expressions for particular years (the calibration to the facts). */
  readonly at?: Readonly<Record<number, Node>>;
  /** The expression for every other year from `from` on. */
  readonly formula: Node;
}

/** Every line id, in layout order. */
export const LINE_IDS = [
  'arr.total',
  'arr.enterprise',
  'arr.api',
  'arr.consumer',
  'growth.enterprise',
  'growth.api',
  'growth.consumer',
  'mix.enterprise',
  'mix.api',
  'mix.consumer',
  'revenue.total',
  'costs.compute',
  'costs.other',
  'costs.total',
  'operatingIncome',
  'operatingMargin',
  'funding',
  'stargate.gwAdded',
  'capex',
  'cash.end',
  'valuation.multiple',
  'valuation',
  'flag.profitable',
  'flag.cashNegative',
] as const;

export type LineId = (typeof LINE_IDS)[number];

const ARR_FACTS: Readonly<Record<number, FactId>> = { 2023: 'F5', 2024: 'F6', 2025: 'F7' };
const historyYears = Object.keys(ARR_FACTS).map(Number);

/** The same expression for every historical year, built from that year's ARR fact. */
const perHistoryYear = (build: (arr: Expr<'usdB'>) => Node): Readonly<Record<number, Node>> =>
  Object.fromEntries(historyYears.map((y) => [y, build(fact('usdB', ARR_FACTS[y] as FactId))]));

const segment = (
  name: 'enterprise' | 'api' | 'consumer',
  mixFact: FactId,
  growthInput: InputId,
  label: string,
): { readonly arr: LineDef; readonly growth: LineDef; readonly mix: LineDef } => ({
  arr: {
    id: `arr.${name}`,
    label: `${label} ARR (year end)`,
    unit: 'usdB',
    sheet: 'Revenue Mix',
    section: 'Run-rate revenue (ARR, end of year)',
    source: `F5–F7 × ${mixFact} (2023–24 at the 2025 mix: assumption); then assumption`,
    from: FIRST_HISTORY_YEAR,
    at: perHistoryYear((arr) => mul(arr, fact('ratio', mixFact))),
    formula: mul(prev('usdB', `arr.${name}`), add(num('ratio', 1), line('ratio', `growth.${name}`))),
  },
  growth: {
    id: `growth.${name}`,
    label: `${label} ARR growth`,
    unit: 'ratio',
    sheet: 'Revenue Mix',
    section: 'Growth path (assumption)',
    source: 'assumption',
    from: FIRST_PROJECTION_YEAR,
    at: { [FIRST_PROJECTION_YEAR]: input('ratio', growthInput) },
    formula: mul(prev('ratio', `growth.${name}`), sub(num('ratio', 1), input('ratio', 'growthFade'))),
  },
  mix: {
    id: `mix.${name}`,
    label: `${label} share of ARR`,
    unit: 'ratio',
    sheet: 'Revenue Mix',
    section: 'Revenue mix (share of ARR)',
    source: `${mixFact} (2025); derived`,
    from: FIRST_HISTORY_YEAR,
    formula: div(line('usdB', `arr.${name}`), line('usdB', 'arr.total')),
  },
});

const segments = [
  segment('enterprise', 'F10', 'enterpriseGrowth2026', 'Enterprise'),
  segment('api', 'F11', 'apiGrowth2026', 'API'),
  segment('consumer', 'F12', 'consumerGrowth2026', 'Consumer'),
];

/** 2025 costs are calibrated so that 2025 operating income is −F9: costs = revenue + loss. */
const costs2025: Expr<'usdB'> = add(line('usdB', 'revenue.total'), fact('usdB', 'F9'));

/**
 * The model: every line item, in layout order. Calibrated so that 2023–2025 ARR equal F5–F7, the 2025 segment split
 * equals F10–F12 and the 2025 operating income equals −F9.
 */
export const LINES: readonly LineDef[] = [
  {
    id: 'arr.total',
    label: 'Total ARR (year end)',
    unit: 'usdB',
    sheet: 'Revenue Mix',
    section: 'Run-rate revenue (ARR, end of year)',
    source: 'F5, F6, F7 (2023–25); then sum of segments',
    from: FIRST_HISTORY_YEAR,
    at: perHistoryYear((arr) => arr),
    formula: add(add(line('usdB', 'arr.enterprise'), line('usdB', 'arr.api')), line('usdB', 'arr.consumer')),
  },
  ...segments.map((s) => s.arr),
  ...segments.map((s) => s.growth),
  ...segments.map((s) => s.mix),
  {
    id: 'revenue.total',
    label: 'Recognized revenue (year)',
    unit: 'usdB',
    sheet: 'Revenue Mix',
    section: 'Recognized revenue',
    source: 'derived from the ARR at the start and end of the year: (A1 − A0) / ln(A1 / A0)',
    from: FIRST_HISTORY_YEAR,
    at: { [FIRST_HISTORY_YEAR]: recognized(input('usdB', 'arrEnd2022'), line('usdB', 'arr.total')) },
    formula: recognized(prev('usdB', 'arr.total'), line('usdB', 'arr.total')),
  },
  {
    id: 'costs.compute',
    label: 'Compute costs',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: 'Costs and operating income',
    source: 'F9 × assumption (2025); then scales with revenue, efficiency and vendor prices (assumptions)',
    from: LAST_HISTORY_YEAR,
    at: { [LAST_HISTORY_YEAR]: mul(costs2025, input('ratio', 'computeCostShare2025')) },
    formula: mul(
      mul(
        mul(prev('usdB', 'costs.compute'), div(line('usdB', 'revenue.total'), prev('usdB', 'revenue.total'))),
        sub(num('ratio', 1), input('ratio', 'computeEfficiencyGain')),
      ),
      add(num('ratio', 1), input('ratio', 'computePriceChange')),
    ),
  },
  {
    id: 'costs.other',
    label: 'Other costs (people, sales, G&A)',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: 'Costs and operating income',
    source: 'F9 × assumption (2025); then grows by an assumption',
    from: LAST_HISTORY_YEAR,
    at: { [LAST_HISTORY_YEAR]: mul(costs2025, sub(num('ratio', 1), input('ratio', 'computeCostShare2025'))) },
    formula: mul(prev('usdB', 'costs.other'), add(num('ratio', 1), input('ratio', 'otherCostGrowth'))),
  },
  {
    id: 'costs.total',
    label: 'Total costs',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: 'Costs and operating income',
    source: 'sum of cost lines',
    from: LAST_HISTORY_YEAR,
    formula: add(line('usdB', 'costs.compute'), line('usdB', 'costs.other')),
  },
  {
    id: 'operatingIncome',
    label: 'Operating income (negative = loss)',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: 'Costs and operating income',
    source: '−F9 (2025, by calibration); then revenue − costs',
    from: LAST_HISTORY_YEAR,
    formula: sub(line('usdB', 'revenue.total'), line('usdB', 'costs.total')),
  },
  {
    id: 'operatingMargin',
    label: 'Operating margin',
    unit: 'ratio',
    sheet: 'Loss Model',
    section: 'Costs and operating income',
    source: 'derived',
    from: LAST_HISTORY_YEAR,
    formula: div(line('usdB', 'operatingIncome'), line('usdB', 'revenue.total')),
  },
  {
    id: 'funding',
    label: 'New funding received',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: 'Cash',
    source: 'F1 × assumption (2026 only)',
    from: FIRST_PROJECTION_YEAR,
    at: { [FIRST_PROJECTION_YEAR]: mul(fact('usdB', 'F1'), input('ratio', 'fundingVsF1')) },
    formula: num('usdB', 0),
  },
  {
    id: 'stargate.gwAdded',
    label: 'Stargate capacity added',
    unit: 'gw',
    sheet: 'Loss Model',
    section: 'Cash',
    source: 'F4 (10 GW by 2029) × assumption, built evenly from 2026',
    from: FIRST_PROJECTION_YEAR,
    formula: when(
      year,
      '<=',
      factYear('F4'),
      mul(
        div(fact('gw', 'F4'), sub(factYear('F4'), num('year', LAST_HISTORY_YEAR))),
        input('ratio', 'stargateCompletion'),
      ),
      num('gw', 0),
    ),
  },
  {
    id: 'capex',
    label: 'Capex: OpenAI’s share of the Stargate build-out',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: 'Cash',
    source: 'F4 × assumptions (cost per GW, OpenAI’s share)',
    from: FIRST_PROJECTION_YEAR,
    formula: mul(
      mul(line('gw', 'stargate.gwAdded'), input('usdBPerGw', 'stargateCostPerGw')),
      input('ratio', 'stargateOpenAiShare'),
    ),
  },
  {
    id: 'cash.end',
    label: 'Cash at year end',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: 'Cash',
    source: 'assumption (end 2025); then + funding + operating income − capex',
    from: LAST_HISTORY_YEAR,
    at: { [LAST_HISTORY_YEAR]: input('usdB', 'openingCash') },
    formula: sub(
      add(add(prev('usdB', 'cash.end'), line('usdB', 'funding')), line('usdB', 'operatingIncome')),
      line('usdB', 'capex'),
    ),
  },
  {
    id: 'valuation.multiple',
    label: 'Valuation ÷ ARR',
    unit: 'multiple',
    sheet: 'Loss Model',
    section: 'Valuation',
    source: 'F2 ÷ F7 (the round on 2025 ARR); then converges to an assumption',
    from: LAST_HISTORY_YEAR,
    at: { [LAST_HISTORY_YEAR]: asMultiple(div(fact('usdB', 'F2'), fact('usdB', 'F7'))) },
    formula: sub(
      prev('multiple', 'valuation.multiple'),
      mul(
        sub(prev('multiple', 'valuation.multiple'), input('multiple', 'terminalMultiple')),
        input('ratio', 'multipleConvergence'),
      ),
    ),
  },
  {
    id: 'valuation',
    label: 'Implied valuation',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: 'Valuation',
    source: 'ARR × multiple (2025 = F2)',
    from: LAST_HISTORY_YEAR,
    formula: mul(line('usdB', 'arr.total'), line('multiple', 'valuation.multiple')),
  },
  {
    id: 'flag.profitable',
    label: 'Operating income ≥ 0 (1 = yes)',
    unit: 'flag',
    sheet: 'Loss Model',
    section: 'Milestones',
    source: 'derived',
    from: FIRST_PROJECTION_YEAR,
    formula: when(line('usdB', 'operatingIncome'), '>=', num('usdB', 0), num('flag', 1), num('flag', 0)),
  },
  {
    id: 'flag.cashNegative',
    label: 'Cash below zero (1 = yes)',
    unit: 'flag',
    sheet: 'Loss Model',
    section: 'Milestones',
    source: 'derived',
    from: FIRST_PROJECTION_YEAR,
    formula: when(line('usdB', 'cash.end'), '<', num('usdB', 0), num('flag', 1), num('flag', 0)),
  },
];

const lineById: ReadonlyMap<string, LineDef> = new Map(LINES.map((def) => [def.id, def]));

/** The definition of a line. @example getLine('arr.total').unit // 'usdB' */
export const getLine = (id: LineId): LineDef => {
  const def = lineById.get(id);
  if (!def) throw new Error(`unknown line ${id}`);
  return def;
};

/** The expression that gives a line's value in a year, or null before the line starts. */
export const expressionFor = (def: LineDef, y: number): Node | null =>
  y < def.from ? null : (def.at?.[y] ?? def.formula);
