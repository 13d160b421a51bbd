import { deepFreeze } from '../deep-freeze.js';
import type { Unit } from '../units.js';

/** A scenario input: every number the sources do not give is one of these, labelled as an assumption. */
export interface InputDef {
  readonly id: InputId;
  readonly label: string;
  readonly unit: Unit;
  /** Where the number comes from: always an assumption; `basis` names a fact it builds on, if any. */
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
  'computeCostShare2025',
  'computePriceRise2026',
  'costConvergence',
  'terminalMargin',
  'terminalComputeShare',
  'stargateCompletion',
  'stargateCostPerGw',
  'stargateOpenAiShare',
  'usefulLife',
  'maintenanceCapexShare',
  'rentPerGwYear',
  'fundingVsF1',
  'laterTranchesVsF1',
  'ipoYear',
  'ipoProceeds',
  'openingCash',
  'minimumCash',
  'terminalMultiple',
  'multipleConvergence',
] as const);

export type InputId = (typeof INPUT_IDS)[number];

/** The value of every input for one scenario (a choice input holds its option's index). */
export type InputValues = Readonly<Record<InputId, number>>;

/** The options of `loss2025Basis`: what 2025 operating income is calibrated to. */
export const LOSS_2025_BASES = /* @__PURE__ */ deepFreeze(['F9', '2xF8'] as const);
export type Loss2025Basis = (typeof LOSS_2025_BASES)[number];

const ratio = (id: InputId, label: string, basis: string | null, min: number, max: number): InputDef => ({
  id,
  label,
  unit: 'ratio',
  basis,
  min,
  max,
});

/** What each input means and the values it may take. */
export const INPUTS: Readonly<Record<InputId, InputDef>> = /* @__PURE__ */ deepFreeze({
  arrEnd2022: {
    id: 'arrEnd2022',
    label: 'ARR at end of 2022 (to derive 2023 revenue)',
    unit: 'usdB',
    basis: 'F5',
    min: 0.01,
    max: 2,
  },
  enterpriseGrowth2026: ratio('enterpriseGrowth2026', 'Enterprise ARR growth in 2026', 'F10', -0.9, 10),
  apiGrowth2026: ratio('apiGrowth2026', 'API ARR growth in 2026', 'F11', -0.9, 10),
  consumerGrowth2026: ratio('consumerGrowth2026', 'Consumer ARR growth in 2026', 'F12', -0.9, 10),
  growthFade: ratio(
    'growthFade',
    'Growth fade: share of the gap to terminal growth closed each year',
    null,
    0,
    1,
  ),
  terminalGrowth: ratio('terminalGrowth', 'Terminal ARR growth (where growth fades to)', null, 0.01, 0.2),
  loss2025Basis: {
    id: 'loss2025Basis',
    label:
      '2025 loss the model calibrates to: F9 (full-year estimate) or 2xF8 (H1 operating loss, annualised)',
    unit: 'choice',
    basis: 'F8, F9',
    min: 0,
    max: LOSS_2025_BASES.length - 1,
    integer: true,
    choices: LOSS_2025_BASES,
  },
  computeCostShare2025: ratio('computeCostShare2025', 'Compute share of 2025 costs', 'F8, F9', 0, 1),
  computePriceRise2026: ratio(
    'computePriceRise2026',
    'Compute vendor price rise in 2026 (a one-off step, not compounded)',
    'timeline: vendors likely to raise prices in 2026',
    -0.5,
    1,
  ),
  costConvergence: ratio(
    'costConvergence',
    'Share of the gap to the terminal cost structure closed each year',
    null,
    0,
    1,
  ),
  terminalMargin: ratio(
    'terminalMargin',
    'Terminal margin before depreciation (where the cost ratios converge)',
    null,
    -0.5,
    0.6,
  ),
  terminalComputeShare: ratio(
    'terminalComputeShare',
    'Compute share of cash costs at maturity (rented compute before owned capacity)',
    null,
    0,
    1,
  ),
  stargateCompletion: ratio(
    'stargateCompletion',
    'Share of the 10 GW Stargate target built by the target year',
    'F4',
    0,
    2,
  ),
  stargateCostPerGw: {
    id: 'stargateCostPerGw',
    label: 'Build-out cost per GW',
    unit: 'usdBPerGw',
    basis: null,
    min: 1,
    max: 200,
  },
  stargateOpenAiShare: ratio(
    'stargateOpenAiShare',
    'OpenAI’s share of the Stargate build-out (cost and capacity)',
    'F4',
    0,
    1,
  ),
  usefulLife: {
    id: 'usefulLife',
    label: 'Useful life of data-centre capex (straight-line depreciation)',
    unit: 'years',
    basis: null,
    min: 1,
    max: 30,
    integer: true,
  },
  maintenanceCapexShare: ratio(
    'maintenanceCapexShare',
    'Maintenance capex each year, as a share of the installed build-out cost',
    'F4',
    0,
    1,
  ),
  rentPerGwYear: {
    id: 'rentPerGwYear',
    label: 'Rented compute a GW of owned capacity replaces, per year',
    unit: 'usdBPerGw',
    basis: 'F4',
    min: 0,
    max: 100,
  },
  fundingVsF1: ratio('fundingVsF1', 'New money received in 2026, as a multiple of F1', 'F1', 0, 5),
  laterTranchesVsF1: ratio(
    'laterTranchesVsF1',
    'Later phases of the round received in 2027, as a multiple of F1',
    'F1 (first phase)',
    0,
    5,
  ),
  ipoYear: {
    id: 'ipoYear',
    label: 'IPO year (after the horizon: no IPO modelled)',
    unit: 'year',
    basis: 'F3',
    min: 2026,
    max: 2100,
    integer: true,
  },
  ipoProceeds: {
    id: 'ipoProceeds',
    label: 'Primary proceeds raised at the IPO',
    unit: 'usdB',
    basis: 'F3',
    min: 0,
    max: 500,
  },
  openingCash: {
    id: 'openingCash',
    label: 'Cash at end of 2025, before the new round',
    unit: 'usdB',
    basis: null,
    min: 0,
    max: 500,
  },
  minimumCash: {
    id: 'minimumCash',
    label: 'Minimum cash kept on hand (a shortfall is raised as new money)',
    unit: 'usdB',
    basis: null,
    min: 0,
    max: 500,
  },
  terminalMultiple: {
    id: 'terminalMultiple',
    label: 'Valuation ÷ ARR multiple the market converges to',
    unit: 'multiple',
    basis: 'F2',
    min: 0.5,
    max: 200,
  },
  multipleConvergence: ratio(
    'multipleConvergence',
    'Share of the gap to the terminal multiple closed each year',
    null,
    0,
    1,
  ),
});

/** True when `key` names an input. @example isInputId('growthFade') // true */
export const isInputId = (key: string): key is InputId => Object.hasOwn(INPUTS, key);
