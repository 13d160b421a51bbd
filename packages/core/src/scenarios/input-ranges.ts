import { deepFreeze } from '../internal/deep-freeze.js';
import { INPUT_IDS, INPUTS, type InputId } from '../model/inputs.js';
import type { Scenario } from './scenario.js';

/** How far an input may reasonably sit from a scenario's value, and why. */
export interface RangeRule {
  /** `abs`: below/above are in the input's unit; `rel`: they are shares of the scenario's value. */
  readonly kind: 'abs' | 'rel';
  readonly below: number;
  readonly above: number;
  readonly reason: string;
}

/** A reasoned low–high range around a scenario's value (low ≤ value ≤ high). */
export interface InputRange {
  readonly low: number;
  readonly high: number;
  readonly reason: string;
}

const abs = (below: number, above: number, reason: string): RangeRule => ({
  kind: 'abs',
  below,
  above,
  reason,
});
const rel = (below: number, above: number, reason: string): RangeRule => ({
  kind: 'rel',
  below,
  above,
  reason,
});

/** The inputs that choose between readings or policies rather than measure a quantity: they have no range. */
export type ChoiceInputId = 'loss2025Basis' | 'gapFunding';

/**
 * The range rule of every numeric input: the same reasoning holds in every built-in scenario, so the range moves
 * with the scenario's value (clamped to the input's bounds). The choice inputs (`loss2025Basis`, `gapFunding`) have
 * no range and are held at the scenario's choice.
 */
export const RANGE_RULES: Readonly<Record<Exclude<InputId, ChoiceInputId>, RangeRule>> =
  /* @__PURE__ */ deepFreeze({
    arrEnd2022: rel(0.15, 0.15, 'Back-derived from F5 and F6 with a rounded multiple: about ±15 %.'),
    enterpriseGrowth2026: abs(0.3, 0.3, 'A year of hyper-growth is hard to call: ±30 points of growth.'),
    apiGrowth2026: abs(0.3, 0.3, 'API pricing pressure (F17) cuts either way: ±30 points of growth.'),
    consumerGrowth2026: abs(0.25, 0.25, 'Paid conversion is the least predictable lever: ±25 points.'),
    growthFade: abs(0.1, 0.1, 'How fast hyper-growth fades is judgement: ±10 points a year.'),
    terminalGrowth: abs(0.02, 0.02, 'Mature growth near the economy’s plus or minus two points.'),
    trainingShareOfRnd2025: abs(
      0.1,
      0.1,
      'Only the Microsoft part of R&D compute is reported (PD13_RND): ±10 points.',
    ),
    capacityTargetGw: rel(
      0.25,
      0.25,
      'How much of the announced capacity (PE10_GW) is firm is not public: ±25 %.',
    ),
    contractRampYears: rel(
      0.25,
      0.25,
      'Capacity arrives early or late against the contracts by about a quarter.',
    ),
    computeCostPerGwYear: rel(0.2, 0.2, 'Contract prices per GW differ across vendors by about a fifth.'),
    computePriceRise2026: abs(0.08, 0.08, 'Vendor pricing for 2026 is only signalled: ±8 points.'),
    computePriceDecline: abs(
      0.05,
      0.05,
      'How fast contract prices fall as supply grows is judgement: ±5 points a year.',
    ),
    inferenceCostDecline: abs(
      0.1,
      0.1,
      'Price-performance gains vary by model generation: ±10 points a year.',
    ),
    terminalInferenceRatio: abs(0.05, 0.05, 'Mature serving cost spans a few points of revenue.'),
    trainingFloorRatio: abs(
      0.05,
      0.05,
      'Training plans (PC17_TRAINING) are projections: ±5 points of revenue.',
    ),
    costConvergence: abs(0.1, 0.1, 'The pace of efficiency gains is judgement: ±10 points a year.'),
    terminalResearchRatio: abs(0.04, 0.04, 'Mature R&D staff cost spans a few points of revenue.'),
    terminalSalesRatio: abs(0.04, 0.04, 'Mature sales spend spans a few points of revenue.'),
    terminalGaRatio: abs(0.02, 0.02, 'Mature overhead spans a couple of points of revenue.'),
    terminalSbcRatio: abs(0.03, 0.03, 'Mature stock pay spans a few points of revenue.'),
    ownCapexRatio: abs(
      0.02,
      0.02,
      'How much capacity OpenAI owns itself is not reported: ±2 points of revenue.',
    ),
    usefulLife: abs(1, 1, 'Server lives in cloud accounts differ by about a year.'),
    stargateEquityPaid: abs(0.25, 0.25, 'Equity calls follow the build-out: ±25 % of the commitment.'),
    otherCashItemsFade: abs(
      0.2,
      0.2,
      'How fast 2025’s one-off cash items unwind is not reported: ±20 points.',
    ),
    interestOnCash: abs(0.01, 0.01, 'Short rates move about a point over a cycle.'),
    taxRate: abs(0.04, 0.04, 'Statutory and effective rates differ by a few points.'),
    lossCarryForward2025: rel(0.3, 0.3, 'Tax losses are not reported: ±30 %.'),
    roundShare2026: abs(0.15, 0.15, 'The round’s payment schedule is not public: ±15 points.'),
    contingentPaid: abs(0.5, 0.5, 'The contingent part pays on an event that may not happen.'),
    ipoYear: abs(1, 1, 'An IPO window moves by about a year either way.'),
    ipoProceeds: rel(0.5, 0.5, 'Float size depends on the market at listing: ±50 %.'),
    openingCash: rel(0.3, 0.3, 'Year-end 2025 cash is not reported: ±30 %.'),
    minimumCash: rel(0.25, 0.25, 'The buffer is a policy choice: ±25 %.'),
    gapEquityDiscount: abs(0.1, 0.1, 'Rescue money is priced at a discount of a tenth or so either way.'),
    debtRate: abs(0.02, 0.02, 'Credit spreads move about two points over a cycle.'),
    evToEbit: rel(0.35, 0.35, 'Market multiples swing by about a third over a cycle.'),
    multipleConvergence: abs(0.1, 0.1, 'How fast the multiple converges is judgement: ±10 points a year.'),
    discountRate: abs(0.03, 0.03, 'A venture-stage discount rate is judgement: ±3 points.'),
  });
/** True for an input that has no numeric range (a choice between readings of the sources). */
export const isChoiceInput = (id: InputId): boolean => INPUTS[id].choices !== undefined;

/**
 * The range of one input around a value by its rule, clamped to the input's bounds (whole numbers for an integer
 * input); null for a choice input.
 * @example rangeByRule('growthFade', 0.3) // { low: 0.2, high: 0.4, reason: '…' }
 */
export const rangeByRule = (id: InputId, value: number): InputRange | null => {
  if (id === 'loss2025Basis' || id === 'gapFunding') return null;
  const rule = RANGE_RULES[id];
  const { min, max, integer } = INPUTS[id];
  const scale = rule.kind === 'rel' ? Math.abs(value) : 1;
  let low = Math.max(min, Math.min(value, value - rule.below * scale));
  let high = Math.min(max, Math.max(value, value + rule.above * scale));
  if (integer) {
    low = Math.ceil(low);
    high = Math.floor(high);
  }
  // Rounding off floating error (0.3 − 0.1) keeps ranges readable; a range always holds its value.
  const tidy = (n: number) => Number(n.toPrecision(12));
  return { low: Math.min(value, tidy(low)), high: Math.max(value, tidy(high)), reason: rule.reason };
};

/**
 * Every input's range in a scenario: the scenario's own where its file gave one, otherwise the rule's around its
 * value; null for a choice input.
 * @example inputRanges(BUILTIN_SCENARIOS.base).growthFade // { low: 0.2, high: 0.4, reason: '…' }
 */
export const inputRanges = (scenario: Scenario): Readonly<Record<InputId, InputRange | null>> =>
  Object.fromEntries(
    INPUT_IDS.map((id) => [id, scenario.ranges?.[id] ?? rangeByRule(id, scenario.inputs[id])]),
  ) as Record<InputId, InputRange | null>;
