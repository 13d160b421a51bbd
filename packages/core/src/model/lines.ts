import type { FactId } from '../facts/fact.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Unit } from '../units.js';
import { FIRST_HISTORY_YEAR, FIRST_PROJECTION_YEAR, LAST_HISTORY_YEAR } from './calendar.js';
import {
  abs,
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

/** The sheets the model's lines are laid out on, in workbook order. */
export const MODEL_SHEETS = /* @__PURE__ */ deepFreeze([
  'Revenue Mix',
  'Income Statement',
  'Cash Flow',
  'Valuation',
] as const);
/** The sheet a line is laid out on. */
export type ModelSheet = (typeof MODEL_SHEETS)[number];

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
  /** A subtotal or total: the sheet draws a rule above it and sets it in bold. */
  readonly total?: boolean;
}

export type { LineId } from './line-ids.js';

/**
 * What a fact set gives the model to stand on: the years of ARR history, and which reported figures the 2025
 * calibration and the round rest on. Plain data (it crosses to the pane's worker).
 */
export interface LineActuals {
  /** The last year of history (2025, or later when a facts file brings a year-end ARR). */
  readonly lastActualYear: number;
  /** Each history year's ARR fact. */
  readonly arrFacts: Readonly<Record<number, FactId>>;
  /**
   * `audited`: OpenAI's audited 2025 accounts (revenue, costs by function) and its reported 2025 cash burn.
   * `article`: what was known on 2026-02-20: 2025 revenue derived from ARR, the loss of the chosen basis (F9 or
   * 2 × F8) split by function in the shares of the H1 2025 figures, the burn from the company's own 2025 forecast.
   */
  readonly pnl2025: 'audited' | 'article';
  /** `closed`: the round as closed (committed capital, post-money, contingent part); `article`: F1 and F2. */
  readonly round: 'closed' | 'article';
  /** The company's plan the set holds: for revenue and free cash flow, the newest vintage's fact for each year. */
  readonly plan: Readonly<Record<'revenue' | 'freeCashFlow', Readonly<Record<number, FactId>>>>;
}

/** The history of the built-in facts as known on the article's day: F5–F7 for 2023–2025, the article's 2025. */
export const ARTICLE_ACTUALS: LineActuals = /* @__PURE__ */ deepFreeze({
  lastActualYear: LAST_HISTORY_YEAR,
  arrFacts: { 2023: 'F5', 2024: 'F6', 2025: 'F7' },
  pnl2025: 'article',
  round: 'article',
  plan: {
    revenue: {},
    freeCashFlow: {
      2025: 'PC3_26Q1_2025',
      2026: 'PC3_26Q1_2026',
      2027: 'PC3_26Q1_2027',
      2028: 'PC3_26Q1_2028',
      2029: 'PC3_26Q1_2029',
      2030: 'PC3_26Q1_2030',
    },
  },
});

/**
 * The history of every built-in vintage: the audited 2025 accounts, the round as closed, and the plan of early 2026
 * (revenue PC11, PC12; 2028 from the Q3 2025 vintage, PC9, where the newest gives none).
 */
export const BUILTIN_ACTUALS: LineActuals = /* @__PURE__ */ deepFreeze({
  ...ARTICLE_ACTUALS,
  pnl2025: 'audited',
  round: 'closed',
  plan: {
    revenue: { 2026: 'PC11_2026', 2027: 'PC11_2027', 2028: 'PC9_2028', 2030: 'PC12' },
    freeCashFlow: ARTICLE_ACTUALS.plan.freeCashFlow,
  },
});

/** The facts each basis reads; a set holding all of them stands on that basis. */
export const AUDITED_2025_FACTS: readonly FactId[] = /* @__PURE__ */ deepFreeze([
  'PB8',
  'PB9',
  'PB10',
  'PB11',
  'PB12',
  'PB13',
  'PB14',
  'PB6_BURN',
  'PB17R',
]);
export const CLOSED_ROUND_FACTS: readonly FactId[] = /* @__PURE__ */ deepFreeze([
  'PG7_COMMITTED',
  'PG7_POST',
  'PG7_AMAZON_CONTINGENT',
]);

/**
 * The 2025 loss the article's calibration uses, by the scenario's basis: F9 (the full-year estimate, of unstated
 * measure) or 2 × F8 (the H1 operating loss, annualised on the assumption that H2 lost as much as H1).
 */
export const LOSS_2025: Expr<'usdB'> = /* @__PURE__ */ deepFreeze(
  choose('loss2025Basis', [
    fact('usdB', 'F9'),
    mul(fact('usdB', 'F8'), constant('years', 'halfYearsPerYear')),
  ]),
);

const one = num('ratio', 1);
function zero<U extends Unit>(unit: U): Expr<U> {
  return num(unit, 0);
}
const revenue = line('usdB', 'revenue.total');
const usefulLife = input('years', 'usefulLife');
const notConverged = sub(one, input('ratio', 'costConvergence'));

/** A ratio that closes `costConvergence` of its gap to `terminal` each year: terminal + (previous − terminal) × (1 − c). */
function converging(id: LineId, terminal: Expr<'ratio'>): Expr<'ratio'> {
  return add(terminal, mul(sub(prev('ratio', id), terminal), notConverged));
}

/** The average of last year's closing and this year's closing capacity. */
function averageCapacity(id: LineId): Expr<'gw'> {
  return div(add(prev('gw', id), line('gw', id)), constant('ratio', 'balancesPerAverage'));
}

/** 1 when `l op r`, else 0. */
function flag<V extends Unit>(l: Expr<V>, op: '>=' | '>' | '<', r: NoInfer<Expr<V>>): Expr<'flag'> {
  return when(l, op, r, num('flag', 1), zero('flag'));
}

/** The reported 2025 P&L by function, on the fact set's basis. */
interface Pnl2025 {
  readonly revenue: Expr<'usdB'>;
  readonly costOfRevenue: Expr<'usdB'>;
  readonly rnd: Expr<'usdB'>;
  readonly salesMarketing: Expr<'usdB'>;
  readonly generalAdmin: Expr<'usdB'>;
  readonly cashBurn: Expr<'usdB'>;
  readonly source: string;
}

/**
 * The article's 2025: costs = derived revenue + the loss of the chosen basis, split by function in the shares the
 * H1 2025 figures give (cost of revenue PA2, R&D PA4, S&M PA5 of H1 costs = revenue PA1 + operating loss PA7; G&A
 * the rest, as H1 G&A was not reported).
 */
function articlePnl(): Pnl2025 {
  const costs = add(revenue, LOSS_2025);
  const h1Costs = add(fact('usdB', 'PA1'), fact('usdB', 'PA7'));
  const share = (id: FactId): Expr<'usdB'> => mul(costs, div(fact('usdB', id), h1Costs));
  const named = add(add(fact('usdB', 'PA2'), fact('usdB', 'PA4')), fact('usdB', 'PA5'));
  return {
    revenue,
    costOfRevenue: share('PA2'),
    rnd: share('PA4'),
    salesMarketing: share('PA5'),
    generalAdmin: mul(costs, sub(one, div(named, h1Costs))),
    cashBurn: fact('usdB', 'PC2_2025'),
    source: 'F9 or 2 × F8 (loss2025Basis), split by the H1 2025 shares PA1–PA7',
  };
}

const AUDITED_PNL: Pnl2025 = {
  revenue: fact('usdB', 'PB8'),
  costOfRevenue: fact('usdB', 'PB9'),
  rnd: fact('usdB', 'PB10'),
  salesMarketing: fact('usdB', 'PB11'),
  generalAdmin: fact('usdB', 'PB12'),
  cashBurn: fact('usdB', 'PB6_BURN'),
  source: 'audited 2025 accounts PB8–PB12; cash burn PB6_BURN',
};

/** The 2026 round: committed capital, its contingent part, and the post-money. */
interface Round {
  readonly committed: Expr<'usdB'>;
  readonly contingent: Expr<'usdB'>;
  readonly postMoney: Expr<'usdB'>;
  readonly source: string;
}

const CLOSED_ROUND: Round = {
  committed: fact('usdB', 'PG7_COMMITTED'),
  contingent: fact('usdB', 'PG7_AMAZON_CONTINGENT'),
  postMoney: fact('usdB', 'PG7_POST'),
  source: 'PG7 (closed 2026-03-31)',
};

const ARTICLE_ROUND: Round = {
  committed: fact('usdB', 'F1'),
  contingent: zero('usdB'),
  postMoney: fact('usdB', 'F2'),
  source: 'F1, F2 (as reported 2026-02-19)',
};

const REVENUE = 'Run-rate revenue (ARR, end of year)';
const IS_REVENUE = 'Revenue, cost of revenue and gross profit';
const IS_OPEX = 'Operating expenses and operating income';
const IS_BELOW = 'Below operating income';
const IS_MEMO = 'Memo (not added again)';
const IS_COMPUTE = 'Schedule: compute under contract (take-or-pay)';
const IS_RATIOS = 'Schedule: cost ratios (per revenue dollar)';
const CF_FCF = 'Operating income to free cash flow';
const CF_FUNDING = 'Funding, the gap, cash and debt';
const CF_MILESTONES = 'Milestones (1 = yes)';
const V_ROUND = 'The 2026 round';
const V_VALUE = 'Enterprise and equity value';
const V_HOLDERS = 'The round’s investors';
const V_DCF = 'DCF cross-check (free cash flow discounted to end of 2025)';

/** The same expression for every history year, built from that year's ARR fact. */
function perHistoryYear(
  actuals: LineActuals,
  build: (arr: Expr<'usdB'>) => Node,
): Readonly<Record<number, Node>> {
  return Object.fromEntries(
    Object.entries(actuals.arrFacts).map(([y, id]) => [Number(y), build(fact('usdB', id))]),
  );
}

function segment(
  actuals: LineActuals,
  name: 'enterprise' | 'api' | 'consumer',
  mixFact: FactId,
  growthInput: InputId,
  label: string,
): { readonly arr: LineDef; readonly growth: LineDef; readonly mix: LineDef } {
  return {
    arr: {
      id: `arr.${name}`,
      label: `${label} ARR (year end)`,
      unit: 'usdB',
      sheet: 'Revenue Mix',
      section: REVENUE,
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
  };
}

/** The three segments' ARR, growth and mix lines for a history. */
function segmentsFor(actuals: LineActuals) {
  return [
    segment(actuals, 'enterprise', 'F10', 'enterpriseGrowth2026', 'Enterprise'),
    segment(actuals, 'api', 'F11', 'apiGrowth2026', 'API'),
    segment(actuals, 'consumer', 'F12', 'consumerGrowth2026', 'Consumer'),
  ];
}

/** Revenue and ARR: run rates by segment, and recognized revenue (reported where audited). */
function revenueLines(actuals: LineActuals): readonly LineDef[] {
  const audited = actuals.pnl2025 === 'audited';
  const derived = recognized(prev('usdB', 'arr.total'), line('usdB', 'arr.total'));
  return [
    {
      id: 'arr.total',
      label: 'Total ARR (year end)',
      unit: 'usdB',
      sheet: 'Revenue Mix',
      section: REVENUE,
      source:
        actuals.lastActualYear === LAST_HISTORY_YEAR
          ? 'F5, F6, F7 (2023–25); then sum of segments'
          : `${Object.values(actuals.arrFacts).join(', ')} (${FIRST_HISTORY_YEAR}–${actuals.lastActualYear}); then sum of segments`,
      from: FIRST_HISTORY_YEAR,
      at: perHistoryYear(actuals, (arr) => arr),
      formula: add(
        add(line('usdB', 'arr.enterprise'), line('usdB', 'arr.api')),
        line('usdB', 'arr.consumer'),
      ),
      total: true,
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
      source: audited
        ? 'audited PB17R (2024) and PB8 (2025); otherwise derived from the ARR at the start and end of the year: (A1 − A0) / LN(A1 / A0)'
        : 'derived from the ARR at the start and end of the year: (A1 − A0) / LN(A1 / A0), the average of a run rate growing steadily between them',
      from: FIRST_HISTORY_YEAR,
      at: {
        [FIRST_HISTORY_YEAR]: recognized(input('usdB', 'arrEnd2022'), line('usdB', 'arr.total')),
        ...(audited
          ? { [LAST_HISTORY_YEAR - 1]: fact('usdB', 'PB17R'), [LAST_HISTORY_YEAR]: fact('usdB', 'PB8') }
          : {}),
      },
      formula: derived,
    },
  ];
}

/** The functional P&L, its below-the-line items, memo lines and the compute and ratio schedules. */
function incomeStatementLines(actuals: LineActuals): readonly LineDef[] {
  const pnl = actuals.pnl2025 === 'audited' ? AUDITED_PNL : articlePnl();
  const is = (def: Omit<LineDef, 'sheet'>): LineDef => ({ ...def, sheet: 'Income Statement' });
  const H = LAST_HISTORY_YEAR;
  const P = FIRST_PROJECTION_YEAR;
  const spend = line('usdB', 'compute.spend');
  const inference = line('usdB', 'costs.inference');
  const trainingIn2025 = mul(pnl.rnd, input('ratio', 'trainingShareOfRnd2025'));
  return [
    is({
      id: 'income.revenue',
      label: 'Revenue',
      unit: 'usdB',
      section: IS_REVENUE,
      source: 'Revenue Mix',
      from: H,
      formula: revenue,
      total: true,
    }),
    is({
      id: 'costs.revenueShare',
      label: 'Revenue share paid to Microsoft',
      unit: 'usdB',
      section: IS_REVENUE,
      source: 'revenue × revenue-share rate (PD1 falling to PD2)',
      from: H,
      formula: mul(revenue, line('ratio', 'revenueShare.rate')),
    }),
    is({
      id: 'costs.inference',
      label: 'Inference compute (serving the revenue)',
      unit: 'usdB',
      section: IS_REVENUE,
      source: `2025: cost of revenue less the revenue share (${pnl.source}); then revenue × compute cost per revenue dollar`,
      from: H,
      at: { [H]: sub(pnl.costOfRevenue, line('usdB', 'costs.revenueShare')) },
      formula: mul(revenue, line('ratio', 'compute.inferenceIntensity')),
    }),
    is({
      id: 'costs.costOfRevenue',
      label: 'Cost of revenue',
      unit: 'usdB',
      section: IS_REVENUE,
      source: 'revenue share + inference compute',
      from: H,
      formula: add(line('usdB', 'costs.revenueShare'), inference),
      total: true,
    }),
    is({
      id: 'grossProfit',
      label: 'Gross profit',
      unit: 'usdB',
      section: IS_REVENUE,
      source: 'revenue − cost of revenue',
      from: H,
      formula: sub(revenue, line('usdB', 'costs.costOfRevenue')),
      total: true,
    }),
    is({
      id: 'grossMargin',
      label: 'Gross margin',
      unit: 'ratio',
      section: IS_REVENUE,
      source: 'gross profit ÷ revenue',
      from: H,
      formula: div(line('usdB', 'grossProfit'), revenue),
    }),
    is({
      id: 'costs.training',
      label: 'Training compute (the contracted compute not serving revenue)',
      unit: 'usdB',
      section: IS_OPEX,
      source:
        '2025: R&D × training share (assumption); then contracted spend − inference, never below revenue × the training floor',
      from: H,
      at: { [H]: trainingIn2025 },
      formula: max(mul(revenue, input('ratio', 'trainingFloorRatio')), sub(spend, inference)),
    }),
    is({
      id: 'costs.researchPeople',
      label: 'Research staff and other R&D',
      unit: 'usdB',
      section: IS_OPEX,
      source: '2025: R&D − training compute; then revenue × ratio',
      from: H,
      at: { [H]: sub(pnl.rnd, trainingIn2025) },
      formula: mul(revenue, line('ratio', 'ratio.researchPeople')),
    }),
    is({
      id: 'costs.rnd',
      label: 'Research and development',
      unit: 'usdB',
      section: IS_OPEX,
      source: 'training compute + research staff',
      from: H,
      formula: add(line('usdB', 'costs.training'), line('usdB', 'costs.researchPeople')),
      total: true,
    }),
    is({
      id: 'costs.salesMarketing',
      label: 'Sales and marketing',
      unit: 'usdB',
      section: IS_OPEX,
      source: `2025: ${actuals.pnl2025 === 'audited' ? 'PB11' : 'article split'}; then revenue × ratio`,
      from: H,
      at: { [H]: pnl.salesMarketing },
      formula: mul(revenue, line('ratio', 'ratio.salesMarketing')),
    }),
    is({
      id: 'costs.generalAdmin',
      label: 'General and administrative',
      unit: 'usdB',
      section: IS_OPEX,
      source: `2025: ${actuals.pnl2025 === 'audited' ? 'PB12' : 'article split'}; then revenue × ratio`,
      from: H,
      at: { [H]: pnl.generalAdmin },
      formula: mul(revenue, line('ratio', 'ratio.generalAdmin')),
    }),
    is({
      id: 'depreciation',
      label: 'Depreciation of owned capacity',
      unit: 'usdB',
      section: IS_OPEX,
      source: 'capex of the last useful-life years ÷ useful life (straight-line); 2025: inside the functions',
      from: P,
      formula: div(trailingSum('capex', 'usdB', usefulLife), usefulLife),
    }),
    is({
      id: 'costs.total',
      label: 'Total costs and expenses',
      unit: 'usdB',
      section: IS_OPEX,
      source: 'cost of revenue + R&D + S&M + G&A + depreciation',
      from: H,
      at: {
        [H]: add(
          add(
            add(line('usdB', 'costs.costOfRevenue'), line('usdB', 'costs.rnd')),
            line('usdB', 'costs.salesMarketing'),
          ),
          line('usdB', 'costs.generalAdmin'),
        ),
      },
      formula: add(
        add(
          add(
            add(line('usdB', 'costs.costOfRevenue'), line('usdB', 'costs.rnd')),
            line('usdB', 'costs.salesMarketing'),
          ),
          line('usdB', 'costs.generalAdmin'),
        ),
        line('usdB', 'depreciation'),
      ),
      total: true,
    }),
    is({
      id: 'operatingIncome',
      label: 'Operating income (negative = loss)',
      unit: 'usdB',
      section: IS_OPEX,
      source: 'revenue − total costs and expenses',
      from: H,
      formula: sub(revenue, line('usdB', 'costs.total')),
      total: true,
    }),
    is({
      id: 'operatingMargin',
      label: 'Operating margin',
      unit: 'ratio',
      section: IS_OPEX,
      source: 'operating income ÷ revenue',
      from: H,
      formula: div(line('usdB', 'operatingIncome'), revenue),
    }),
    is({
      id: 'interest.income',
      label: 'Interest income on cash',
      unit: 'usdB',
      section: IS_BELOW,
      source: 'opening cash × interest rate (assumption)',
      from: P,
      formula: mul(prev('usdB', 'cash.end'), input('ratio', 'interestOnCash')),
    }),
    is({
      id: 'interest.expense',
      label: 'Interest expense on debt',
      unit: 'usdB',
      section: IS_BELOW,
      source: 'opening debt × debt rate (assumption)',
      from: P,
      formula: mul(prev('usdB', 'debt.end'), input('ratio', 'debtRate')),
    }),
    is({
      id: 'preTaxIncome',
      label: 'Income before tax',
      unit: 'usdB',
      section: IS_BELOW,
      source: 'operating income + interest income − interest expense',
      from: P,
      formula: sub(
        add(line('usdB', 'operatingIncome'), line('usdB', 'interest.income')),
        line('usdB', 'interest.expense'),
      ),
      total: true,
    }),
    is({
      id: 'incomeTax',
      label: 'Income tax',
      unit: 'usdB',
      section: IS_BELOW,
      source: 'tax rate × profit beyond the losses carried forward (zero while they last)',
      from: P,
      formula: mul(
        max(zero('usdB'), sub(line('usdB', 'preTaxIncome'), prev('usdB', 'tax.lossCarryForward'))),
        input('ratio', 'taxRate'),
      ),
    }),
    is({
      id: 'netIncome',
      label: 'Net income (before fair-value remeasurements, which are noted, not modelled: PB16)',
      unit: 'usdB',
      section: IS_BELOW,
      source: 'income before tax − tax',
      from: P,
      formula: sub(line('usdB', 'preTaxIncome'), line('usdB', 'incomeTax')),
      total: true,
    }),
    is({
      id: 'costs.sbc',
      label: 'Stock-based compensation (inside the functions; non-cash, dilutive)',
      unit: 'usdB',
      section: IS_MEMO,
      source: '2025: PB3 (target; audited figure not reported); then revenue × ratio',
      from: H,
      at: { [H]: fact('usdB', 'PB3') },
      formula: mul(revenue, line('ratio', 'ratio.sbc')),
    }),
    is({
      id: 'ebitda',
      label: 'EBITDA (operating income + depreciation)',
      unit: 'usdB',
      section: IS_MEMO,
      source: 'operating income + depreciation',
      from: H,
      at: { [H]: line('usdB', 'operatingIncome') },
      formula: add(line('usdB', 'operatingIncome'), line('usdB', 'depreciation')),
    }),
    is({
      id: 'tax.lossCarryForward',
      label: 'Tax losses carried forward (year end)',
      unit: 'usdB',
      section: IS_MEMO,
      source: '2025: assumption; then previous − income before tax, never below zero',
      from: H,
      at: { [H]: input('usdB', 'lossCarryForward2025') },
      formula: max(zero('usdB'), sub(prev('usdB', 'tax.lossCarryForward'), line('usdB', 'preTaxIncome'))),
    }),
    is({
      id: 'compute.contractedGw',
      label: 'Compute capacity under contract (year end)',
      unit: 'gw',
      section: IS_COMPUTE,
      source:
        'PB5 (2023–25); then ramps evenly to the firm-contract target over the ramp years (assumption, within PE10_GW)',
      from: FIRST_HISTORY_YEAR,
      at: {
        [FIRST_HISTORY_YEAR]: fact('gw', 'PB5_2023'),
        [FIRST_HISTORY_YEAR + 1]: fact('gw', 'PB5_2024'),
        [H]: fact('gw', 'PB5_2025'),
      },
      formula: min(
        input('gw', 'capacityTargetGw'),
        add(
          prev('gw', 'compute.contractedGw'),
          div(
            sub(input('gw', 'capacityTargetGw'), fact('gw', 'PB5_2025')),
            input('years', 'contractRampYears'),
          ),
        ),
      ),
    }),
    is({
      id: 'compute.pricePerGwYear',
      label: 'Contracted price per GW-year',
      unit: 'usdBPerGw',
      section: IS_COMPUTE,
      source:
        '2026: assumption (PE1 ÷ 5 years ÷ PE2) × (1 + the 2026 vendor price step); then falls each year',
      from: P,
      at: {
        [P]: mul(
          input('usdBPerGw', 'computeCostPerGwYear'),
          add(one, input('ratio', 'computePriceRise2026')),
        ),
      },
      formula: mul(
        prev('usdBPerGw', 'compute.pricePerGwYear'),
        sub(one, input('ratio', 'computePriceDecline')),
      ),
    }),
    is({
      id: 'compute.spend',
      label: 'Compute spend (take-or-pay: does not fall when revenue misses)',
      unit: 'usdB',
      section: IS_COMPUTE,
      source:
        '2025: inference + training (from the reported P&L); then average contracted GW × price per GW-year',
      from: H,
      at: { [H]: add(sub(pnl.costOfRevenue, line('usdB', 'costs.revenueShare')), trainingIn2025) },
      formula: mul(averageCapacity('compute.contractedGw'), line('usdBPerGw', 'compute.pricePerGwYear')),
    }),
    is({
      id: 'compute.inferenceIntensity',
      label: 'Inference compute per revenue dollar',
      unit: 'ratio',
      section: IS_COMPUTE,
      source:
        '2025: inference ÷ revenue; then closes part of its gap to the mature ratio each year (price-performance)',
      from: H,
      at: { [H]: div(sub(pnl.costOfRevenue, line('usdB', 'costs.revenueShare')), revenue) },
      formula: add(
        input('ratio', 'terminalInferenceRatio'),
        mul(
          sub(prev('ratio', 'compute.inferenceIntensity'), input('ratio', 'terminalInferenceRatio')),
          sub(one, input('ratio', 'inferenceCostDecline')),
        ),
      ),
    }),
    is({
      id: 'revenueShare.rate',
      label: 'Revenue share rate (Microsoft)',
      unit: 'ratio',
      section: IS_COMPUTE,
      source: '2025: PD1; then falls evenly to PD2 by its year, and stays there',
      from: H,
      at: { [H]: fact('ratio', 'PD1') },
      formula: max(
        fact('ratio', 'PD2'),
        sub(
          prev('ratio', 'revenueShare.rate'),
          div(sub(fact('ratio', 'PD1'), fact('ratio', 'PD2')), yearsBetween(factYear('PD2'), factYear('F7'))),
        ),
      ),
    }),
    is({
      id: 'ratio.researchPeople',
      label: 'Research staff per revenue dollar',
      unit: 'ratio',
      section: IS_RATIOS,
      source: '2025: reported; then converges to the mature ratio',
      from: H,
      at: { [H]: div(sub(pnl.rnd, trainingIn2025), revenue) },
      formula: converging('ratio.researchPeople', input('ratio', 'terminalResearchRatio')),
    }),
    is({
      id: 'ratio.salesMarketing',
      label: 'Sales and marketing per revenue dollar',
      unit: 'ratio',
      section: IS_RATIOS,
      source: '2025: reported; then converges to the mature ratio',
      from: H,
      at: { [H]: div(pnl.salesMarketing, revenue) },
      formula: converging('ratio.salesMarketing', input('ratio', 'terminalSalesRatio')),
    }),
    is({
      id: 'ratio.generalAdmin',
      label: 'General and administrative per revenue dollar',
      unit: 'ratio',
      section: IS_RATIOS,
      source: '2025: reported; then converges to the mature ratio',
      from: H,
      at: { [H]: div(pnl.generalAdmin, revenue) },
      formula: converging('ratio.generalAdmin', input('ratio', 'terminalGaRatio')),
    }),
    is({
      id: 'ratio.sbc',
      label: 'Stock-based compensation per revenue dollar',
      unit: 'ratio',
      section: IS_RATIOS,
      source: '2025: PB3 ÷ revenue; then converges to the mature ratio',
      from: H,
      at: { [H]: div(fact('usdB', 'PB3'), revenue) },
      formula: converging('ratio.sbc', input('ratio', 'terminalSbcRatio')),
    }),
    is({
      id: 'flag.computeShort',
      label: 'Revenue needs more inference than the contracts supply (1 = yes)',
      unit: 'flag',
      section: IS_RATIOS,
      source: 'inference compute > contracted compute spend',
      from: H,
      formula: flag(inference, '>', spend),
    }),
  ];
}

/** 1 when a model figure is further from the plan's than the plan's own precision: MAX(tolerance × |plan|, floor). */
function offPlan(id: LineId, plan: FactId): Expr<'flag'> {
  const figure = fact('usdB', plan);
  const allowed = max(mul(abs(figure), constant('ratio', 'planTolerance')), constant('usdB', 'planFloor'));
  return flag(abs(sub(line('usdB', id), figure)), '>', allowed);
}

/** For each year the plan gives (from 2025), whether revenue or free cash flow misses it. */
function offPlanByYear(actuals: LineActuals): Readonly<Record<number, Node>> {
  const years = new Set(
    [...Object.keys(actuals.plan.revenue), ...Object.keys(actuals.plan.freeCashFlow)]
      .map(Number)
      .filter((y) => y >= LAST_HISTORY_YEAR),
  );
  return Object.fromEntries(
    [...years].map((y) => {
      const revenuePlan = actuals.plan.revenue[y];
      const cashPlan = actuals.plan.freeCashFlow[y];
      const misses = [
        ...(revenuePlan ? [offPlan('revenue.total', revenuePlan)] : []),
        ...(cashPlan ? [offPlan('freeCashFlow', cashPlan)] : []),
      ];
      return [y, misses.reduce((a, b) => max(a, b))];
    }),
  );
}

/** Operating income to free cash flow, then funding, the gap, debt and cash, then milestone flags. */
function cashFlowLines(actuals: LineActuals): readonly LineDef[] {
  const pnl = actuals.pnl2025 === 'audited' ? AUDITED_PNL : articlePnl();
  const round = actuals.round === 'closed' ? CLOSED_ROUND : ARTICLE_ROUND;
  const cf = (def: Omit<LineDef, 'sheet'>): LineDef => ({ ...def, sheet: 'Cash Flow' });
  const H = LAST_HISTORY_YEAR;
  const P = FIRST_PROJECTION_YEAR;
  const income = line('usdB', 'operatingIncome');
  const sbc = line('usdB', 'costs.sbc');
  const firm = sub(line('usdB', 'round.committed'), line('usdB', 'round.contingent'));
  const beforeGap = add(add(prev('usdB', 'cash.end'), line('usdB', 'funding')), line('usdB', 'freeCashFlow'));
  return [
    cf({
      id: 'capex',
      label: 'Capex on owned capacity',
      unit: 'usdB',
      section: CF_FCF,
      source: 'revenue × own-capex ratio (assumption); the contracted clouds are not OpenAI’s capex',
      from: P,
      formula: mul(revenue, input('ratio', 'ownCapexRatio')),
    }),
    cf({
      id: 'ppe.net',
      label: 'Owned capacity, net of depreciation (year end)',
      unit: 'usdB',
      section: CF_FCF,
      source: '2025: not reported, taken as zero; then + capex − depreciation',
      from: H,
      at: { [H]: zero('usdB') },
      formula: sub(add(prev('usdB', 'ppe.net'), line('usdB', 'capex')), line('usdB', 'depreciation')),
    }),
    cf({
      id: 'stargate.equity',
      label: 'Equity paid into the Stargate joint venture',
      unit: 'usdB',
      section: CF_FCF,
      source: 'PF2_EQUITY × share paid, spread evenly to the build-out year (F4)',
      from: P,
      formula: when(
        year,
        '<=',
        factYear('F4'),
        mul(
          div(fact('usdB', 'PF2_EQUITY'), yearsBetween(factYear('F4'), factYear('F7'))),
          input('ratio', 'stargateEquityPaid'),
        ),
        zero('usdB'),
      ),
    }),
    cf({
      id: 'otherCashItems',
      label: 'Working capital and other non-cash items',
      unit: 'usdB',
      section: CF_FCF,
      source: `2025: calibrated so free cash flow equals minus the reported burn (${
        actuals.pnl2025 === 'audited' ? 'PB6_BURN' : 'PC2_2025'
      }); then fades`,
      from: H,
      at: { [H]: sub(sub(zero('usdB'), pnl.cashBurn), add(income, sbc)) },
      formula: mul(prev('usdB', 'otherCashItems'), sub(one, input('ratio', 'otherCashItemsFade'))),
    }),
    cf({
      id: 'freeCashFlow',
      label: 'Free cash flow (negative = burn)',
      unit: 'usdB',
      section: CF_FCF,
      source:
        'operating income + stock-based compensation + depreciation − capex − Stargate equity − tax + interest income − interest expense + other items',
      from: H,
      at: { [H]: add(add(income, sbc), line('usdB', 'otherCashItems')) },
      formula: add(
        sub(
          add(
            sub(
              sub(
                sub(add(add(income, sbc), line('usdB', 'depreciation')), line('usdB', 'capex')),
                line('usdB', 'stargate.equity'),
              ),
              line('usdB', 'incomeTax'),
            ),
            line('usdB', 'interest.income'),
          ),
          line('usdB', 'interest.expense'),
        ),
        line('usdB', 'otherCashItems'),
      ),
      total: true,
    }),
    cf({
      id: 'cashBurn',
      label: 'Cash burn (free cash flow below zero)',
      unit: 'usdB',
      section: CF_FCF,
      source: 'MAX(0, −free cash flow)',
      from: P,
      formula: max(zero('usdB'), sub(zero('usdB'), line('usdB', 'freeCashFlow'))),
    }),
    cf({
      id: 'funding.round',
      label: 'The 2026 round: firm commitments received',
      unit: 'usdB',
      section: CF_FUNDING,
      source: `${round.source}: committed less contingent; the 2026 share in 2026, the rest in 2027`,
      from: P,
      at: { [P]: mul(firm, input('ratio', 'roundShare2026')) },
      formula: when(
        year,
        '=',
        add(factYear('F1'), num('year', 1)),
        mul(firm, sub(one, input('ratio', 'roundShare2026'))),
        zero('usdB'),
      ),
    }),
    cf({
      id: 'funding.contingent',
      label: 'The round’s contingent part, paid in the IPO year',
      unit: 'usdB',
      section: CF_FUNDING,
      source: 'contingent commitment × share paid (assumption)',
      from: P,
      formula: when(
        year,
        '=',
        input('year', 'ipoYear'),
        mul(line('usdB', 'round.contingent'), input('ratio', 'contingentPaid')),
        zero('usdB'),
      ),
    }),
    cf({
      id: 'funding.ipo',
      label: 'IPO primary proceeds',
      unit: 'usdB',
      section: CF_FUNDING,
      source: 'assumption, in the IPO year (F3; S-1 filed PG9)',
      from: P,
      formula: when(year, '=', input('year', 'ipoYear'), input('usdB', 'ipoProceeds'), zero('usdB')),
    }),
    cf({
      id: 'funding',
      label: 'Planned funding received',
      unit: 'usdB',
      section: CF_FUNDING,
      source: 'round + contingent part + IPO',
      from: P,
      formula: add(
        add(line('usdB', 'funding.round'), line('usdB', 'funding.contingent')),
        line('usdB', 'funding.ipo'),
      ),
      total: true,
    }),
    cf({
      id: 'funding.gap',
      label: 'Funding gap: new money needed to keep the minimum cash',
      unit: 'usdB',
      section: CF_FUNDING,
      source: 'MAX(0, minimum cash − (opening cash + planned funding + free cash flow))',
      from: P,
      formula: max(zero('usdB'), sub(input('usdB', 'minimumCash'), beforeGap)),
    }),
    cf({
      id: 'funding.gapDebt',
      label: 'of which raised as debt',
      unit: 'usdB',
      section: CF_FUNDING,
      source: 'the gap, when gap funding is debt',
      from: P,
      formula: choose('gapFunding', [zero('usdB'), line('usdB', 'funding.gap')]),
    }),
    cf({
      id: 'funding.gapEquity',
      label: 'of which raised as equity (at a discount)',
      unit: 'usdB',
      section: CF_FUNDING,
      source: 'the gap less its debt part',
      from: P,
      formula: sub(line('usdB', 'funding.gap'), line('usdB', 'funding.gapDebt')),
    }),
    cf({
      id: 'debt.end',
      label: 'Debt at year end',
      unit: 'usdB',
      section: CF_FUNDING,
      source: '2025: none modelled; then + gap debt (no repayment within the horizon)',
      from: H,
      at: { [H]: zero('usdB') },
      formula: add(prev('usdB', 'debt.end'), line('usdB', 'funding.gapDebt')),
    }),
    cf({
      id: 'cash.end',
      label: 'Cash at year end',
      unit: 'usdB',
      section: CF_FUNDING,
      source: '2025: assumption; then opening + planned funding + free cash flow + funding gap',
      from: H,
      at: { [H]: input('usdB', 'openingCash') },
      formula: add(beforeGap, line('usdB', 'funding.gap')),
      total: true,
    }),
    cf({
      id: 'flag.offPlan',
      label: 'Outside the company plan’s precision (revenue or free cash flow)',
      unit: 'flag',
      section: CF_MILESTONES,
      source:
        'where the plan gives the year: |model − plan| > MAX(plan tolerance × |plan|, plan floor), for revenue or free cash flow (see Plan)',
      from: H,
      at: offPlanByYear(actuals),
      formula: zero('flag'),
    }),
    cf({
      id: 'flag.profitable',
      label: 'Operating income ≥ 0',
      unit: 'flag',
      section: CF_MILESTONES,
      source: 'derived',
      from: P,
      formula: flag(income, '>=', zero('usdB')),
    }),
    cf({
      id: 'flag.fcfPositive',
      label: 'Free cash flow ≥ 0',
      unit: 'flag',
      section: CF_MILESTONES,
      source: 'derived',
      from: P,
      formula: flag(line('usdB', 'freeCashFlow'), '>=', zero('usdB')),
    }),
    cf({
      id: 'flag.fundingGap',
      label: 'Funding gap opens',
      unit: 'flag',
      section: CF_MILESTONES,
      source: 'derived',
      from: P,
      formula: flag(line('usdB', 'funding.gap'), '>', zero('usdB')),
    }),
    cf({
      id: 'flag.profitableSoFar',
      label: 'Has broken even by this year',
      unit: 'flag',
      section: CF_MILESTONES,
      source: 'derived',
      from: P,
      at: { [P]: line('flag', 'flag.profitable') },
      formula: max(prev('flag', 'flag.profitableSoFar'), line('flag', 'flag.profitable')),
    }),
    cf({
      id: 'flag.lossAfterBreakeven',
      label: 'Loss after an earlier breakeven',
      unit: 'flag',
      section: CF_MILESTONES,
      source: 'derived',
      from: P,
      at: { [P]: zero('flag') },
      formula: mul(prev('flag', 'flag.profitableSoFar'), sub(one, line('ratio', 'flag.profitable'))),
    }),
  ];
}

/** The round, enterprise and equity value, the round's investors, and the DCF cross-check. */
function valuationLines(actuals: LineActuals): readonly LineDef[] {
  const round = actuals.round === 'closed' ? CLOSED_ROUND : ARTICLE_ROUND;
  const v = (def: Omit<LineDef, 'sheet'>): LineDef => ({ ...def, sheet: 'Valuation' });
  const H = LAST_HISTORY_YEAR;
  const P = FIRST_PROJECTION_YEAR;
  const equity = line('usdB', 'equityValue');
  const rate = input('ratio', 'discountRate');
  const growth = input('ratio', 'terminalGrowth');
  // At the round, enterprise value + the cash the company then holds (2025's cash and the round's money) = post-money.
  const evAtRound = sub(
    sub(line('usdB', 'round.postMoney'), line('usdB', 'cash.end')),
    line('usdB', 'round.committed'),
  );
  // New shares in a year, valued at the year's equity value: stock compensation, the IPO float, and gap equity
  // sold at a discount (so more shares for the same money).
  const newShares = add(
    add(line('usdB', 'costs.sbc'), line('usdB', 'funding.ipo')),
    div(line('usdB', 'funding.gapEquity'), sub(one, input('ratio', 'gapEquityDiscount'))),
  );
  return [
    v({
      id: 'round.committed',
      label: 'Capital committed in the 2026 round',
      unit: 'usdB',
      section: V_ROUND,
      source: round.source,
      from: H,
      formula: round.committed,
    }),
    v({
      id: 'round.contingent',
      label: 'of which contingent (on an IPO or other event)',
      unit: 'usdB',
      section: V_ROUND,
      source: actuals.round === 'closed' ? 'PG7_AMAZON_CONTINGENT' : 'none reported by the article',
      from: H,
      formula: round.contingent,
    }),
    v({
      id: 'round.invested',
      label: 'Capital the round’s investors put in',
      unit: 'usdB',
      section: V_ROUND,
      source: 'committed − the contingent part not paid',
      from: H,
      formula: sub(
        line('usdB', 'round.committed'),
        mul(line('usdB', 'round.contingent'), sub(one, input('ratio', 'contingentPaid'))),
      ),
    }),
    v({
      id: 'round.postMoney',
      label: 'Post-money valuation of the round',
      unit: 'usdB',
      section: V_ROUND,
      source: actuals.round === 'closed' ? 'PG7_POST' : 'F2',
      from: H,
      formula: round.postMoney,
    }),
    v({
      id: 'valuation.targetMultiple',
      label: 'Profit-based EV ÷ ARR: EV ÷ EBIT at maturity × operating margin (0 while loss-making)',
      unit: 'multiple',
      section: V_VALUE,
      source: 'assumption × operating margin',
      from: P,
      formula: max(zero('multiple'), mul(input('multiple', 'evToEbit'), line('ratio', 'operatingMargin'))),
    }),
    v({
      id: 'valuation.multiple',
      label: 'EV ÷ ARR',
      unit: 'multiple',
      section: V_VALUE,
      source:
        '2025: priced at the round (post-money − cash − committed capital) ÷ 2025 ARR; then closes part of its gap to the profit-based multiple',
      from: H,
      at: { [H]: asMultiple(div(evAtRound, line('usdB', 'arr.total'))) },
      formula: add(
        prev('multiple', 'valuation.multiple'),
        mul(
          sub(line('multiple', 'valuation.targetMultiple'), prev('multiple', 'valuation.multiple')),
          input('ratio', 'multipleConvergence'),
        ),
      ),
    }),
    v({
      id: 'valuation.ev',
      label: 'Enterprise value',
      unit: 'usdB',
      section: V_VALUE,
      source: '2025: the round’s post-money less the cash it holds after the round; then ARR × EV ÷ ARR',
      from: H,
      at: { [H]: evAtRound },
      formula: mul(line('usdB', 'arr.total'), line('multiple', 'valuation.multiple')),
    }),
    v({
      id: 'equityValue',
      label: 'Equity value (EV + cash − debt; 2025: the round’s pre-money)',
      unit: 'usdB',
      section: V_VALUE,
      source: 'enterprise value + cash − debt: the round’s cash is counted once',
      from: H,
      formula: sub(add(line('usdB', 'valuation.ev'), line('usdB', 'cash.end')), line('usdB', 'debt.end')),
      total: true,
    }),
    v({
      id: 'dilution',
      label: 'Share of the company issued in the year (stock pay, IPO, gap equity)',
      unit: 'ratio',
      section: V_HOLDERS,
      source: 'new shares at the year’s equity value; all of it when equity value is not positive',
      from: P,
      formula: when(equity, '>', zero('usdB'), min(one, div(newShares, equity)), one),
    }),
    v({
      id: 'ownership.roundHolders',
      label: 'Share held by the round’s investors',
      unit: 'ratio',
      section: V_HOLDERS,
      source: '2026: invested ÷ (post-money − committed + invested), diluted; then previous × (1 − dilution)',
      from: P,
      at: {
        [P]: mul(
          div(
            line('usdB', 'round.invested'),
            add(
              sub(line('usdB', 'round.postMoney'), line('usdB', 'round.committed')),
              line('usdB', 'round.invested'),
            ),
          ),
          sub(one, line('ratio', 'dilution')),
        ),
      },
      formula: mul(prev('ratio', 'ownership.roundHolders'), sub(one, line('ratio', 'dilution'))),
    }),
    v({
      id: 'round.holdersValue',
      label: 'Value of the round’s investors’ stake',
      unit: 'usdB',
      section: V_HOLDERS,
      source: 'share × equity value',
      from: P,
      formula: mul(equity, line('ratio', 'ownership.roundHolders')),
      total: true,
    }),
    v({
      id: 'dcf.discountFactor',
      label: 'Discount factor (end of year, to end of 2025)',
      unit: 'ratio',
      section: V_DCF,
      source: 'previous ÷ (1 + discount rate)',
      from: H,
      at: { [H]: one },
      formula: div(prev('ratio', 'dcf.discountFactor'), add(one, rate)),
    }),
    v({
      id: 'dcf.pv',
      label: 'Present value of free cash flow',
      unit: 'usdB',
      section: V_DCF,
      source: 'free cash flow × discount factor',
      from: P,
      formula: mul(line('usdB', 'freeCashFlow'), line('ratio', 'dcf.discountFactor')),
    }),
    v({
      id: 'dcf.terminalValuePv',
      label: 'Present value of a terminal value, were the horizon to end this year (none while burning cash)',
      unit: 'usdB',
      section: V_DCF,
      source:
        'MAX(0, free cash flow) × (1 + terminal growth) ÷ (discount rate − terminal growth) × discount factor',
      from: P,
      formula: mul(
        div(mul(max(zero('usdB'), line('usdB', 'freeCashFlow')), add(one, growth)), sub(rate, growth)),
        line('ratio', 'dcf.discountFactor'),
      ),
    }),
  ];
}

/**
 * The model's line items for a history, in layout order. Calibrated so that each history year's ARR equals its ARR
 * fact, the segment split of those years equals the mix facts (F10–F12), and 2025 reproduces the P&L by function of
 * the basis the fact set gives (the audited accounts, or the article's loss split by the H1 shares) and its cash burn.
 * Only the run-rate side rolls forward with an ARR actual: the P&L stays calibrated to 2025, and the round and the
 * build-out stay in the years their facts give.
 * @example buildLines({ ...BUILTIN_ACTUALS, lastActualYear: 2026, arrFacts: { ...BUILTIN_ACTUALS.arrFacts, 2026: 'X1' } })
 */
export function buildLines(actuals: LineActuals = BUILTIN_ACTUALS): readonly LineDef[] {
  return [
    ...revenueLines(actuals),
    ...incomeStatementLines(actuals),
    ...cashFlowLines(actuals),
    ...valuationLines(actuals),
  ];
}

/** The model's line items on the built-in facts (every vintage: audited 2025, the round as closed). */
export const LINES: readonly LineDef[] = /* @__PURE__ */ deepFreeze(buildLines(BUILTIN_ACTUALS));

const lineById: ReadonlyMap<string, LineDef> = new Map(LINES.map((def) => [def.id, def]));

/** The definition of a line. @example getLine('arr.total').unit // 'usdB' */
export function getLine(id: LineId): LineDef {
  const def = lineById.get(id);
  if (!def) throw new Error(`unknown line ${id}`);
  return def;
}

/** The expression that gives a line's value in a year, or null before the line starts. */
export function expressionFor(def: LineDef, y: number): Node | null {
  return y < def.from ? null : (def.at?.[y] ?? def.formula);
}
