import { deepFreeze } from '../deep-freeze.js';
import type { FactId } from '../facts/fact.js';
import type { Unit } from '../units.js';
import { FIRST_HISTORY_YEAR, FIRST_PROJECTION_YEAR, LAST_HISTORY_YEAR } from './calendar.js';
import {
  add,
  asMultiple,
  choose,
  constant,
  div,
  type Expr,
  fact,
  factYear,
  input,
  line,
  max,
  min,
  mul,
  type Node,
  num,
  prev,
  recognized,
  sub,
  trailingSum,
  when,
  year,
  yearsBetween,
} from './expr.js';
import type { InputId } from './inputs.js';
import type { LineId } from './line-ids.js';

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

export type { LineId } from './line-ids.js';

/**
 * The years the model takes as history: each year's ARR fact (2023–25: F5–F7; later years: an ARR actual a facts
 * file brings), and the last of them. Projections start the year after.
 */
export interface LineActuals {
  readonly lastActualYear: number;
  readonly arrFacts: Readonly<Record<number, FactId>>;
}

/** The history of the built-in facts: F5–F7 for 2023–2025. */
export const BUILTIN_ACTUALS: LineActuals = {
  lastActualYear: LAST_HISTORY_YEAR,
  arrFacts: { 2023: 'F5', 2024: 'F6', 2025: 'F7' },
};

/**
 * The 2025 loss the model calibrates to, by the scenario's basis: F9 (the full-year estimate, of unstated measure)
 * or 2 × F8 (the H1 operating loss, annualised on the assumption that H2 lost as much as H1).
 */
export const LOSS_2025: Expr<'usdB'> = choose('loss2025Basis', [
  fact('usdB', 'F9'),
  mul(fact('usdB', 'F8'), constant('years', 'halfYearsPerYear')),
]);

/** 2025 costs are calibrated so that 2025 operating income is minus the chosen loss: costs = revenue + loss. */
const costs2025: Expr<'usdB'> = add(line('usdB', 'revenue.total'), LOSS_2025);

const one = num('ratio', 1);
const zero = <U extends Unit>(unit: U): Expr<U> => num(unit, 0);
const notConverged = sub(one, input('ratio', 'costConvergence'));

/** A ratio that closes `costConvergence` of its gap to `terminal` each year: terminal + (previous − terminal) × (1 − c). */
const converging = (id: LineId, terminal: Expr<'ratio'>): Expr<'ratio'> =>
  add(terminal, mul(sub(prev('ratio', id), terminal), notConverged));

/** Cash costs at maturity, per revenue dollar: 1 − the terminal margin, split into compute and the rest. */
const terminalCashCosts = sub(one, input('ratio', 'terminalMargin'));
const terminalComputeIntensity = mul(terminalCashCosts, input('ratio', 'terminalComputeShare'));
const terminalOtherRatio = mul(terminalCashCosts, sub(one, input('ratio', 'terminalComputeShare')));

const revenue = line('usdB', 'revenue.total');
const usefulLife = input('years', 'usefulLife');

const COSTS = 'Costs and operating income';
const RATIOS = 'Cost structure (per revenue dollar)';
const BUILD_OUT = 'Stargate build-out, capex and depreciation';
const CASH = 'Cash bridge and funding';
const VALUATION = 'Valuation and ownership';
const MILESTONES = 'Milestones';

/** The same expression for every history year, built from that year's ARR fact. */
const perHistoryYear = (
  actuals: LineActuals,
  build: (arr: Expr<'usdB'>) => Node,
): Readonly<Record<number, Node>> =>
  Object.fromEntries(Object.entries(actuals.arrFacts).map(([y, id]) => [Number(y), build(fact('usdB', id))]));

const segment = (
  actuals: LineActuals,
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
    source:
      actuals.lastActualYear === LAST_HISTORY_YEAR
        ? `F5–F7 × ${mixFact} (2023–24 at the 2025 mix: assumption); then assumption`
        : `ARR facts to ${actuals.lastActualYear} × ${mixFact}, the latest mix fact (other years at that mix: assumption); then assumption`,
    from: FIRST_HISTORY_YEAR,
    at: perHistoryYear(actuals, (arr) => mul(arr, fact('ratio', mixFact))),
    formula: mul(prev('usdB', `arr.${name}`), add(num('ratio', 1), line('ratio', `growth.${name}`))),
  },
  growth: {
    id: `growth.${name}`,
    label: `${label} ARR growth`,
    unit: 'ratio',
    sheet: 'Revenue Mix',
    section: 'Growth path (assumption)',
    source: `${actuals.lastActualYear + 1}: assumption; then fades toward terminal growth`,
    from: actuals.lastActualYear + 1,
    at: { [actuals.lastActualYear + 1]: input('ratio', growthInput) },
    // Growth fades toward a terminal rate, not to zero: terminal + (previous − terminal) × (1 − fade).
    formula: add(
      input('ratio', 'terminalGrowth'),
      mul(
        sub(prev('ratio', `growth.${name}`), input('ratio', 'terminalGrowth')),
        sub(num('ratio', 1), input('ratio', 'growthFade')),
      ),
    ),
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

/** The three segments' ARR, growth and mix lines for a history. */
const segmentsFor = (actuals: LineActuals) => [
  segment(actuals, 'enterprise', 'F10', 'enterpriseGrowth2026', 'Enterprise'),
  segment(actuals, 'api', 'F11', 'apiGrowth2026', 'API'),
  segment(actuals, 'consumer', 'F12', 'consumerGrowth2026', 'Consumer'),
];

/**
 * The model's line items for a history, in layout order. Calibrated so that each history year's ARR equals its ARR
 * fact (2023–2025: F5–F7; a later actual year: the ARR a facts file reports), the segment split of those years equals
 * the mix facts in use (F10–F12) and the 2025 operating income equals minus the loss of the chosen basis (F9 or
 * 2 × F8). Only the run-rate side rolls forward with an ARR actual: costs stay calibrated to the 2025 loss, and the
 * round, the price step and the build-out stay in the years their facts give.
 * @example buildLines({ lastActualYear: 2026, arrFacts: { ...BUILTIN_ACTUALS.arrFacts, 2026: 'X1' } })
 */
export const buildLines = (actuals: LineActuals = BUILTIN_ACTUALS): readonly LineDef[] => [
  {
    id: 'arr.total',
    label: 'Total ARR (year end)',
    unit: 'usdB',
    sheet: 'Revenue Mix',
    section: 'Run-rate revenue (ARR, end of year)',
    source:
      actuals.lastActualYear === LAST_HISTORY_YEAR
        ? 'F5, F6, F7 (2023–25); then sum of segments'
        : `${Object.values(actuals.arrFacts).join(', ')} (${FIRST_HISTORY_YEAR}–${actuals.lastActualYear}); then sum of segments`,
    from: FIRST_HISTORY_YEAR,
    at: perHistoryYear(actuals, (arr) => arr),
    formula: add(add(line('usdB', 'arr.enterprise'), line('usdB', 'arr.api')), line('usdB', 'arr.consumer')),
  },
  ...segmentsFor(actuals).map((s) => s.arr),
  ...segmentsFor(actuals).map((s) => s.growth),
  ...segmentsFor(actuals).map((s) => s.mix),
  {
    id: 'revenue.total',
    label: 'Recognized revenue (year)',
    unit: 'usdB',
    sheet: 'Revenue Mix',
    section: 'Recognized revenue',
    source:
      'derived from the ARR at the start and end of the year: (A1 − A0) / LN(A1 / A0), the average of a run rate growing steadily between them',
    from: FIRST_HISTORY_YEAR,
    at: { [FIRST_HISTORY_YEAR]: recognized(input('usdB', 'arrEnd2022'), line('usdB', 'arr.total')) },
    formula: recognized(prev('usdB', 'arr.total'), line('usdB', 'arr.total')),
  },
  {
    id: 'costs.computeIntensity',
    label: 'Compute cost per revenue dollar (before owned capacity)',
    unit: 'ratio',
    sheet: 'Loss Model',
    section: RATIOS,
    source:
      '2025: calibrated cost × compute share ÷ revenue; then converges to the terminal structure, with the 2026 vendor price step',
    from: LAST_HISTORY_YEAR,
    at: {
      [LAST_HISTORY_YEAR]: div(mul(costs2025, input('ratio', 'computeCostShare2025')), revenue),
      [FIRST_PROJECTION_YEAR]: mul(
        converging('costs.computeIntensity', terminalComputeIntensity),
        add(one, input('ratio', 'computePriceRise2026')),
      ),
    },
    formula: converging('costs.computeIntensity', terminalComputeIntensity),
  },
  {
    id: 'costs.otherRatio',
    label: 'Other costs per revenue dollar',
    unit: 'ratio',
    sheet: 'Loss Model',
    section: RATIOS,
    source: '2025: calibrated cost × (1 − compute share) ÷ revenue; then converges to the terminal structure',
    from: LAST_HISTORY_YEAR,
    at: {
      [LAST_HISTORY_YEAR]: div(mul(costs2025, sub(one, input('ratio', 'computeCostShare2025'))), revenue),
    },
    formula: converging('costs.otherRatio', terminalOtherRatio),
  },
  {
    id: 'costs.computeNeed',
    label: 'Compute the revenue needs, at rented prices',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: COSTS,
    source: 'revenue × compute cost per revenue dollar',
    from: LAST_HISTORY_YEAR,
    formula: mul(revenue, line('ratio', 'costs.computeIntensity')),
  },
  {
    id: 'costs.rentAvoided',
    label: 'less: rent avoided by owned Stargate capacity',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: COSTS,
    source:
      'owned GW at the start of the year × rent per GW-year, at most the need: owned chips are paid through capex and depreciation, not rented again',
    from: FIRST_PROJECTION_YEAR,
    at: { [FIRST_PROJECTION_YEAR]: zero('usdB') },
    formula: min(
      mul(prev('gw', 'stargate.gwOwned'), input('usdBPerGw', 'rentPerGwYear')),
      line('usdB', 'costs.computeNeed'),
    ),
  },
  {
    id: 'costs.compute',
    label: 'Rented compute costs',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: COSTS,
    source: 'compute need − rent avoided',
    from: LAST_HISTORY_YEAR,
    at: { [LAST_HISTORY_YEAR]: line('usdB', 'costs.computeNeed') },
    formula: sub(line('usdB', 'costs.computeNeed'), line('usdB', 'costs.rentAvoided')),
  },
  {
    id: 'costs.other',
    label: 'Other costs (people, sales, G&A)',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: COSTS,
    source: 'revenue × other costs per revenue dollar',
    from: LAST_HISTORY_YEAR,
    formula: mul(revenue, line('ratio', 'costs.otherRatio')),
  },
  {
    id: 'depreciation',
    label: 'Depreciation of owned capacity',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: COSTS,
    source: 'capex of the last useful-life years ÷ useful life (straight-line, from the year of spending)',
    from: FIRST_PROJECTION_YEAR,
    formula: div(trailingSum('capex', 'usdB', usefulLife), usefulLife),
  },
  {
    id: 'costs.total',
    label: 'Total costs',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: COSTS,
    source: 'rented compute + other + depreciation',
    from: LAST_HISTORY_YEAR,
    at: { [LAST_HISTORY_YEAR]: add(line('usdB', 'costs.compute'), line('usdB', 'costs.other')) },
    formula: add(
      add(line('usdB', 'costs.compute'), line('usdB', 'costs.other')),
      line('usdB', 'depreciation'),
    ),
  },
  {
    id: 'operatingIncome',
    label: 'Operating income (negative = loss)',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: COSTS,
    source: '2025: minus the loss of the chosen basis (F9 or 2 × F8), by calibration; then revenue − costs',
    from: LAST_HISTORY_YEAR,
    formula: sub(revenue, line('usdB', 'costs.total')),
  },
  {
    id: 'operatingMargin',
    label: 'Operating margin',
    unit: 'ratio',
    sheet: 'Loss Model',
    section: COSTS,
    source: 'operating income ÷ revenue',
    from: LAST_HISTORY_YEAR,
    formula: div(line('usdB', 'operatingIncome'), revenue),
  },
  {
    id: 'stargate.gwAdded',
    label: 'Stargate capacity added',
    unit: 'gw',
    sheet: 'Loss Model',
    section: BUILD_OUT,
    source: 'F4 (10 GW by 2029) × completion, built evenly over the years after the last ARR fact (F7)',
    from: FIRST_PROJECTION_YEAR,
    formula: when(
      year,
      '<=',
      factYear('F4'),
      mul(
        div(fact('gw', 'F4'), yearsBetween(factYear('F4'), factYear('F7'))),
        input('ratio', 'stargateCompletion'),
      ),
      zero('gw'),
    ),
  },
  {
    id: 'stargate.gwOwned',
    label: 'Stargate capacity owned by OpenAI (year end)',
    unit: 'gw',
    sheet: 'Loss Model',
    section: BUILD_OUT,
    source: 'cumulative capacity added × OpenAI’s share',
    from: FIRST_PROJECTION_YEAR,
    at: {
      [FIRST_PROJECTION_YEAR]: mul(line('gw', 'stargate.gwAdded'), input('ratio', 'stargateOpenAiShare')),
    },
    formula: add(
      prev('gw', 'stargate.gwOwned'),
      mul(line('gw', 'stargate.gwAdded'), input('ratio', 'stargateOpenAiShare')),
    ),
  },
  {
    id: 'capex.buildOut',
    label: 'Build-out capex (OpenAI’s share)',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: BUILD_OUT,
    source: 'capacity added × cost per GW × OpenAI’s share',
    from: FIRST_PROJECTION_YEAR,
    formula: mul(
      mul(line('gw', 'stargate.gwAdded'), input('usdBPerGw', 'stargateCostPerGw')),
      input('ratio', 'stargateOpenAiShare'),
    ),
  },
  {
    id: 'capex.maintenance',
    label: 'Maintenance capex (replacing chips and plant)',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: BUILD_OUT,
    source: 'installed base at the start of the year × maintenance share',
    from: FIRST_PROJECTION_YEAR,
    at: { [FIRST_PROJECTION_YEAR]: zero('usdB') },
    formula: mul(prev('usdB', 'capex.installedBase'), input('ratio', 'maintenanceCapexShare')),
  },
  {
    id: 'capex',
    label: 'Total capex',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: BUILD_OUT,
    source: 'build-out + maintenance',
    from: FIRST_PROJECTION_YEAR,
    formula: add(line('usdB', 'capex.buildOut'), line('usdB', 'capex.maintenance')),
  },
  {
    id: 'capex.installedBase',
    label: 'Installed build-out cost (year end)',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: BUILD_OUT,
    source: 'cumulative build-out capex',
    from: FIRST_PROJECTION_YEAR,
    at: { [FIRST_PROJECTION_YEAR]: line('usdB', 'capex.buildOut') },
    formula: add(prev('usdB', 'capex.installedBase'), line('usdB', 'capex.buildOut')),
  },
  {
    id: 'freeCashFlow',
    label: 'Free cash flow before financing',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: CASH,
    source: 'operating income + depreciation (not cash) − capex; no tax or working capital modelled',
    from: FIRST_PROJECTION_YEAR,
    formula: sub(add(line('usdB', 'operatingIncome'), line('usdB', 'depreciation')), line('usdB', 'capex')),
  },
  {
    id: 'funding.round',
    label: 'The 2026 round: money received',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: CASH,
    source: 'F1 × assumption in 2026 (first phase); later phases × F1 in the year after',
    from: FIRST_PROJECTION_YEAR,
    at: { [FIRST_PROJECTION_YEAR]: mul(fact('usdB', 'F1'), input('ratio', 'fundingVsF1')) },
    formula: when(
      year,
      '=',
      add(factYear('F1'), num('year', 1)),
      mul(fact('usdB', 'F1'), input('ratio', 'laterTranchesVsF1')),
      zero('usdB'),
    ),
  },
  {
    id: 'funding.ipo',
    label: 'IPO primary proceeds',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: CASH,
    source: 'assumption, in the IPO year (F3: Q4 2026 or no later than 2027)',
    from: FIRST_PROJECTION_YEAR,
    formula: when(year, '=', input('year', 'ipoYear'), input('usdB', 'ipoProceeds'), zero('usdB')),
  },
  {
    id: 'funding',
    label: 'Planned funding received',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: CASH,
    source: 'round + IPO',
    from: FIRST_PROJECTION_YEAR,
    formula: add(line('usdB', 'funding.round'), line('usdB', 'funding.ipo')),
  },
  {
    id: 'funding.gap',
    label: 'Funding gap: new money needed to keep the minimum cash',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: CASH,
    source: 'MAX(0, minimum cash − (opening cash + planned funding + free cash flow))',
    from: FIRST_PROJECTION_YEAR,
    formula: max(
      zero('usdB'),
      sub(
        input('usdB', 'minimumCash'),
        add(add(prev('usdB', 'cash.end'), line('usdB', 'funding')), line('usdB', 'freeCashFlow')),
      ),
    ),
  },
  {
    id: 'cash.end',
    label: 'Cash at year end',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: CASH,
    source: 'assumption (end 2025); then + planned funding + free cash flow + funding gap',
    from: LAST_HISTORY_YEAR,
    at: { [LAST_HISTORY_YEAR]: input('usdB', 'openingCash') },
    formula: add(
      add(add(prev('usdB', 'cash.end'), line('usdB', 'funding')), line('usdB', 'freeCashFlow')),
      line('usdB', 'funding.gap'),
    ),
  },
  {
    id: 'valuation.multiple',
    label: 'Valuation ÷ ARR',
    unit: 'multiple',
    sheet: 'Loss Model',
    section: VALUATION,
    source: '2025: F2 ÷ F7, the 2026 round’s post-money on 2025 ARR; then converges to an assumption',
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
    label: 'Implied valuation of the business',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: VALUATION,
    source: 'ARR × multiple (2025 column = F2, the round’s post-money, priced on 2025 ARR)',
    from: LAST_HISTORY_YEAR,
    formula: mul(line('usdB', 'arr.total'), line('multiple', 'valuation.multiple')),
  },
  {
    id: 'equityValue',
    label: 'Equity value (valuation + cash)',
    unit: 'usdB',
    sheet: 'Loss Model',
    section: VALUATION,
    source: 'valuation + year-end cash (from 2026, when the round’s cash is in)',
    from: FIRST_PROJECTION_YEAR,
    formula: add(line('usdB', 'valuation'), line('usdB', 'cash.end')),
  },
  {
    id: 'dilution',
    label: 'Share of the company sold for new money in the year',
    unit: 'ratio',
    sheet: 'Loss Model',
    section: VALUATION,
    source: '(IPO + funding gap) ÷ (valuation + IPO + funding gap): new shares at the year’s valuation',
    from: FIRST_PROJECTION_YEAR,
    formula: div(
      add(line('usdB', 'funding.ipo'), line('usdB', 'funding.gap')),
      add(add(line('usdB', 'valuation'), line('usdB', 'funding.ipo')), line('usdB', 'funding.gap')),
    ),
  },
  {
    id: 'ownership.roundHolders',
    label: 'Share still held by the holders after the 2026 round',
    unit: 'ratio',
    sheet: 'Loss Model',
    section: VALUATION,
    source: 'previous × (1 − dilution)',
    from: FIRST_PROJECTION_YEAR,
    at: { [FIRST_PROJECTION_YEAR]: sub(one, line('ratio', 'dilution')) },
    formula: mul(prev('ratio', 'ownership.roundHolders'), sub(one, line('ratio', 'dilution'))),
  },
  {
    id: 'flag.profitable',
    label: 'Operating income ≥ 0 (1 = yes)',
    unit: 'flag',
    sheet: 'Loss Model',
    section: MILESTONES,
    source: 'derived',
    from: FIRST_PROJECTION_YEAR,
    formula: when(line('usdB', 'operatingIncome'), '>=', zero('usdB'), num('flag', 1), zero('flag')),
  },
  {
    id: 'flag.fundingGap',
    label: 'Funding gap opens (1 = yes)',
    unit: 'flag',
    sheet: 'Loss Model',
    section: MILESTONES,
    source: 'derived',
    from: FIRST_PROJECTION_YEAR,
    formula: when(line('usdB', 'funding.gap'), '>', zero('usdB'), num('flag', 1), zero('flag')),
  },
  {
    id: 'flag.profitableSoFar',
    label: 'Has broken even by this year (1 = yes)',
    unit: 'flag',
    sheet: 'Loss Model',
    section: MILESTONES,
    source: 'derived',
    from: FIRST_PROJECTION_YEAR,
    at: { [FIRST_PROJECTION_YEAR]: line('flag', 'flag.profitable') },
    formula: max(prev('flag', 'flag.profitableSoFar'), line('flag', 'flag.profitable')),
  },
  {
    id: 'flag.lossAfterBreakeven',
    label: 'Loss after an earlier breakeven (1 = yes)',
    unit: 'flag',
    sheet: 'Loss Model',
    section: MILESTONES,
    source: 'derived',
    from: FIRST_PROJECTION_YEAR,
    at: { [FIRST_PROJECTION_YEAR]: zero('flag') },
    formula: mul(prev('flag', 'flag.profitableSoFar'), sub(one, line('ratio', 'flag.profitable'))),
  },
];

/** The model's line items on the built-in facts (history 2023–2025). */
export const LINES: readonly LineDef[] = /* @__PURE__ */ deepFreeze(buildLines(BUILTIN_ACTUALS));

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
