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
}

/**
 * The input keys, in Assumptions-sheet order. Scenario files override these by key.
 */
export const INPUT_IDS = [
  'arrEnd2022',
  'enterpriseGrowth2026',
  'apiGrowth2026',
  'consumerGrowth2026',
  'growthFade',
  'computeCostShare2025',
  'computeEfficiencyGain',
  'computePriceChange',
  'otherCostGrowth',
  'stargateCompletion',
  'stargateCostPerGw',
  'stargateOpenAiShare',
  'fundingVsF1',
  'openingCash',
  'terminalMultiple',
  'multipleConvergence',
] as const;

export type InputId = (typeof INPUT_IDS)[number];

/** The value of every input for one scenario. */
export type InputValues = Readonly<Record<InputId, number>>;

/** What each input means and the values it may take. */
export const INPUTS: Readonly<Record<InputId, InputDef>> = {
  arrEnd2022: {
    id: 'arrEnd2022',
    label: 'ARR at end of 2022 (to derive 2023 revenue)',
    unit: 'usdB',
    basis: 'F5',
    min: 0.01,
    max: 2,
  },
  enterpriseGrowth2026: {
    id: 'enterpriseGrowth2026',
    label: 'Enterprise ARR growth in 2026',
    unit: 'ratio',
    basis: 'F10',
    min: -0.9,
    max: 10,
  },
  apiGrowth2026: {
    id: 'apiGrowth2026',
    label: 'API ARR growth in 2026',
    unit: 'ratio',
    basis: 'F11',
    min: -0.9,
    max: 10,
  },
  consumerGrowth2026: {
    id: 'consumerGrowth2026',
    label: 'Consumer ARR growth in 2026',
    unit: 'ratio',
    basis: 'F12',
    min: -0.9,
    max: 10,
  },
  growthFade: {
    id: 'growthFade',
    label: 'Growth fade: each year’s growth is this much lower than the year before',
    unit: 'ratio',
    basis: null,
    min: 0,
    max: 1,
  },
  computeCostShare2025: {
    id: 'computeCostShare2025',
    label: 'Compute share of 2025 costs',
    unit: 'ratio',
    basis: 'F9',
    min: 0,
    max: 1,
  },
  computeEfficiencyGain: {
    id: 'computeEfficiencyGain',
    label: 'Yearly fall in compute cost per dollar of revenue (efficiency)',
    unit: 'ratio',
    basis: null,
    min: 0,
    max: 0.9,
  },
  computePriceChange: {
    id: 'computePriceChange',
    label: 'Yearly change in compute vendor prices',
    unit: 'ratio',
    basis: 'timeline: vendors likely to raise prices in 2026',
    min: -0.9,
    max: 2,
  },
  otherCostGrowth: {
    id: 'otherCostGrowth',
    label: 'Yearly growth of non-compute costs (people, sales, G&A)',
    unit: 'ratio',
    basis: null,
    min: -0.5,
    max: 5,
  },
  stargateCompletion: {
    id: 'stargateCompletion',
    label: 'Share of the 10 GW Stargate target built by the target year',
    unit: 'ratio',
    basis: 'F4',
    min: 0,
    max: 2,
  },
  stargateCostPerGw: {
    id: 'stargateCostPerGw',
    label: 'Build-out cost per GW',
    unit: 'usdBPerGw',
    basis: null,
    min: 1,
    max: 200,
  },
  stargateOpenAiShare: {
    id: 'stargateOpenAiShare',
    label: 'OpenAI’s share of the Stargate build-out cost',
    unit: 'ratio',
    basis: 'F4',
    min: 0,
    max: 1,
  },
  fundingVsF1: {
    id: 'fundingVsF1',
    label: 'New money received in 2026, as a multiple of F1',
    unit: 'ratio',
    basis: 'F1',
    min: 0,
    max: 5,
  },
  openingCash: {
    id: 'openingCash',
    label: 'Cash at end of 2025, before the new round',
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
  multipleConvergence: {
    id: 'multipleConvergence',
    label: 'Share of the gap to the terminal multiple closed each year',
    unit: 'ratio',
    basis: null,
    min: 0,
    max: 1,
  },
};

/** True when `key` names an input. @example isInputId('growthFade') // true */
export const isInputId = (key: string): key is InputId => Object.hasOwn(INPUTS, key);
