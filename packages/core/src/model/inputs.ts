import { deepFreeze } from '../internal/deep-freeze.js';
import type { Unit } from '../units.js';

/** A scenario input: every number the sources do not give is one of these, labelled as an assumption. */
export interface InputDef {
  readonly id: InputId;
  readonly label: string;
  readonly unit: Unit;
  /** Where the number comes from: always an assumption; `basis` names the facts it builds on, if any. */
  readonly basis: string | null;
  /** The smallest and largest value that makes sense; a scenario file outside them is rejected. */
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (a number of years, a calendar year, a choice). */
  readonly integer?: boolean;
  /** For a `choice` input: the option names, in index order (the value is the index). */
  readonly choices?: readonly string[];
}

/**
 * The input keys, in Assumptions-sheet order. Scenario files override these by key.
 */
export const INPUT_IDS = /* @__PURE__ */ deepFreeze([
  'arrEnd2022',
  'enterpriseGrowth2026',
  'apiGrowth2026',
  'consumerGrowth2026',
  'growthFade',
  'terminalGrowth',
  'loss2025Basis',
  'trainingShareOfRnd2025',
  'capacityTargetGw',
  'contractRampYears',
  'computeCostPerGwYear',
  'computePriceRise2026',
  'computePriceDecline',
  'inferenceCostDecline',
  'terminalInferenceRatio',
  'trainingFloorRatio',
  'costConvergence',
  'terminalResearchRatio',
  'terminalSalesRatio',
  'terminalGaRatio',
  'terminalSbcRatio',
  'ownCapexRatio',
  'usefulLife',
  'stargateEquityPaid',
  'otherCashItemsFade',
  'interestOnCash',
  'taxRate',
  'lossCarryForward2025',
  'roundShare2026',
  'contingentPaid',
  'ipoYear',
  'ipoProceeds',
  'openingCash',
  'minimumCash',
  'gapFunding',
  'gapEquityDiscount',
  'debtRate',
  'evToEbit',
  'multipleConvergence',
  'discountRate',
] as const);
/** The key of a model input: one of `INPUT_IDS`. */
export type InputId = (typeof INPUT_IDS)[number];

/** The value of every input for one scenario (a choice input holds its option's index). */
export type InputValues = Readonly<Record<InputId, number>>;

/** The options of `loss2025Basis`: what 2025 operating income is calibrated to where no audited accounts are known. */
export const LOSS_2025_BASES = /* @__PURE__ */ deepFreeze(['F9', '2xF8'] as const);

/** The options of `gapFunding`: how a funding gap is raised. */
export const GAP_FUNDING_CHOICES = /* @__PURE__ */ deepFreeze(['equity', 'debt'] as const);

function ratio(id: InputId, label: string, basis: string | null, min: number, max: number): InputDef {
  return { id, label, unit: 'ratio', basis, min, max };
}

function amount(id: InputId, label: string, basis: string | null, min: number, max: number): InputDef {
  return { id, label, unit: 'usdB', basis, min, max };
}

/** What each input means and the values it may take. */
export const INPUTS: Readonly<Record<InputId, InputDef>> = /* @__PURE__ */ deepFreeze({
  arrEnd2022: amount('arrEnd2022', 'ARR at end of 2022 (to derive 2023 revenue)', 'F5', 0.01, 2),
  enterpriseGrowth2026: ratio('enterpriseGrowth2026', 'Enterprise ARR growth in 2026', 'F10, PB30', -0.9, 10),
  apiGrowth2026: ratio('apiGrowth2026', 'API ARR growth in 2026', 'F11, PB30', -0.9, 10),
  consumerGrowth2026: ratio('consumerGrowth2026', 'Consumer ARR growth in 2026', 'F12, PB30', -0.9, 10),
  growthFade: ratio(
    'growthFade',
    'Growth fade: share of the gap to terminal growth closed each year',
    null,
    0,
    1,
  ),
  terminalGrowth: ratio(
    'terminalGrowth',
    'Terminal growth (ARR fades to it; the DCF grows free cash flow at it after the horizon)',
    null,
    0.01,
    0.2,
  ),
  loss2025Basis: {
    id: 'loss2025Basis',
    label:
      'Without audited 2025 accounts: the loss 2025 calibrates to, F9 (full-year estimate) or 2xF8 (H1 operating loss, annualised)',
    unit: 'choice',
    basis: 'F8, F9',
    min: 0,
    max: LOSS_2025_BASES.length - 1,
    integer: true,
    choices: LOSS_2025_BASES,
  },
  trainingShareOfRnd2025: ratio(
    'trainingShareOfRnd2025',
    'Training compute as a share of 2025 R&D',
    'PD13_RND ÷ PB10',
    0,
    1,
  ),
  capacityTargetGw: {
    id: 'capacityTargetGw',
    label: 'Compute capacity under firm (take-or-pay) contracts at the end of the ramp',
    unit: 'gw',
    basis: 'PE10_GW (all commitments, LOIs included); PC16, PC7_COMPUTE (the plan’s compute)',
    min: 0.5,
    max: 100,
  },
  contractRampYears: {
    id: 'contractRampYears',
    label: 'Years over which contracted capacity ramps evenly from the 2025 level to the target',
    unit: 'years',
    basis: 'PB5_2025, PE10',
    min: 1,
    max: 30,
  },
  computeCostPerGwYear: {
    id: 'computeCostPerGwYear',
    label: 'Contracted compute price per GW-year, before the 2026 vendor price step',
    unit: 'usdBPerGw',
    basis: 'PE1 ÷ 5 years ÷ PE2',
    min: 1,
    max: 100,
  },
  computePriceRise2026: ratio(
    'computePriceRise2026',
    'Compute vendor price rise in 2026 (a one-off step, not compounded)',
    'timeline: vendors likely to raise prices in 2026',
    -0.5,
    1,
  ),
  computePriceDecline: ratio(
    'computePriceDecline',
    'Yearly fall in the price of a GW-year after 2026 (custom accelerators, renewals at lower prices)',
    'PE9, F17',
    0,
    0.5,
  ),
  inferenceCostDecline: ratio(
    'inferenceCostDecline',
    'Share of the gap to the mature inference cost closed each year (price-performance)',
    'F16, F17',
    0,
    0.9,
  ),
  terminalInferenceRatio: ratio(
    'terminalInferenceRatio',
    'Inference compute per revenue dollar at maturity (where price-performance gains stop reaching margins)',
    'F16, F17, PB7_2025',
    0,
    1,
  ),
  trainingFloorRatio: ratio(
    'trainingFloorRatio',
    'Training compute floor, per revenue dollar (a frontier lab keeps training as it grows)',
    'PC17_TRAINING, PD13_RND',
    0,
    1,
  ),
  costConvergence: ratio(
    'costConvergence',
    'Share of the gap to the mature cost ratios closed each year',
    null,
    0,
    1,
  ),
  terminalResearchRatio: ratio(
    'terminalResearchRatio',
    'Research staff and other R&D (not compute) per revenue dollar at maturity',
    'PB10',
    0,
    1,
  ),
  terminalSalesRatio: ratio(
    'terminalSalesRatio',
    'Sales and marketing per revenue dollar at maturity',
    'PB11',
    0,
    1,
  ),
  terminalGaRatio: ratio(
    'terminalGaRatio',
    'General and administrative per revenue dollar at maturity',
    'PB12',
    0,
    1,
  ),
  terminalSbcRatio: ratio(
    'terminalSbcRatio',
    'Stock-based compensation per revenue dollar at maturity (inside the functions above)',
    'PB3, PC21_2026',
    0,
    1,
  ),
  ownCapexRatio: ratio(
    'ownCapexRatio',
    'OpenAI’s own capex (its data centres and chips, not the contracted clouds) per revenue dollar',
    null,
    0,
    1,
  ),
  usefulLife: {
    id: 'usefulLife',
    label: 'Useful life of owned capacity (straight-line depreciation)',
    unit: 'years',
    basis: null,
    min: 1,
    max: 30,
    integer: true,
  },
  stargateEquityPaid: ratio(
    'stargateEquityPaid',
    'Share of OpenAI’s Stargate equity commitment paid in, evenly to the build-out year',
    'PF2_EQUITY, F4',
    0,
    2,
  ),
  otherCashItemsFade: ratio(
    'otherCashItemsFade',
    'Yearly fade of 2025’s working-capital and other non-cash items',
    'PB6_BURN, PB14',
    0,
    1,
  ),
  interestOnCash: ratio('interestOnCash', 'Interest earned on cash', null, 0, 0.2),
  taxRate: ratio('taxRate', 'Tax rate on profit after loss carry-forwards', null, 0, 0.6),
  lossCarryForward2025: amount(
    'lossCarryForward2025',
    'Tax losses carried forward at end of 2025',
    'PB14, PB17_OPLOSS',
    0,
    500,
  ),
  roundShare2026: ratio(
    'roundShare2026',
    'Share of the round’s firm commitments received in 2026 (the rest in 2027)',
    'PG7_COMMITTED, F1',
    0,
    1,
  ),
  contingentPaid: ratio(
    'contingentPaid',
    'Share of the round’s contingent part paid, in the IPO year',
    'PG7_AMAZON_CONTINGENT',
    0,
    1,
  ),
  ipoYear: {
    id: 'ipoYear',
    label: 'IPO year (after the horizon: no IPO modelled)',
    unit: 'year',
    basis: 'F3, PG9_VALUATION',
    min: 2026,
    max: 2100,
    integer: true,
  },
  ipoProceeds: amount('ipoProceeds', 'Primary proceeds raised at the IPO', 'F3', 0, 500),
  openingCash: amount(
    'openingCash',
    'Cash at end of 2025, before the new round',
    'PA10, PG3_SECOND, PB29',
    0,
    500,
  ),
  minimumCash: amount(
    'minimumCash',
    'Minimum cash kept on hand (a shortfall is raised as new money)',
    null,
    0,
    500,
  ),
  gapFunding: {
    id: 'gapFunding',
    label: 'How a funding gap is raised: equity (dilutes holders) or debt (carries interest)',
    unit: 'choice',
    basis: null,
    min: 0,
    max: GAP_FUNDING_CHOICES.length - 1,
    integer: true,
    choices: GAP_FUNDING_CHOICES,
  },
  gapEquityDiscount: ratio(
    'gapEquityDiscount',
    'Discount to the model’s equity value at which gap equity is sold',
    null,
    0,
    0.9,
  ),
  debtRate: ratio('debtRate', 'Interest rate on debt raised for a funding gap', null, 0, 0.3),
  evToEbit: {
    id: 'evToEbit',
    label:
      'Enterprise value ÷ operating income at maturity (the multiple of ARR converges to this × the margin)',
    unit: 'multiple',
    basis: 'PG7_POST',
    min: 1,
    max: 200,
  },
  multipleConvergence: ratio(
    'multipleConvergence',
    'Share of the gap between the EV ÷ ARR multiple and its profit-based target closed each year',
    null,
    0,
    1,
  ),
  discountRate: ratio('discountRate', 'Discount rate of the DCF cross-check', null, 0.02, 0.5),
});
/** True when `key` names an input. @example isInputId('growthFade') // true */
export function isInputId(key: string): key is InputId {
  return Object.hasOwn(INPUTS, key);
}
