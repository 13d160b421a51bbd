import { deepFreeze } from '../deep-freeze.js';
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

/**
 * The range rule of every numeric input: the same reasoning holds in every built-in scenario, so the range moves
 * with the scenario's value (clamped to the input's bounds). `loss2025Basis` is a choice between two readings of
 * the sources, not a quantity: it has no range and is held at the scenario's choice (compare bear and base to see it).
 */
export const RANGE_RULES: Readonly<Record<Exclude<InputId, 'loss2025Basis'>, RangeRule>> =
  /* @__PURE__ */ deepFreeze({
    arrEnd2022: rel(0.15, 0.15, 'Back-derived from F5 and F6 with a rounded multiple: about ±15 %.'),
    enterpriseGrowth2026: abs(0.3, 0.3, 'A year of hyper-growth is hard to call: ±30 points of growth.'),
    apiGrowth2026: abs(0.3, 0.3, 'API pricing pressure (F17) cuts either way: ±30 points of growth.'),
    consumerGrowth2026: abs(0.25, 0.25, 'Paid conversion is the least predictable lever: ±25 points.'),
    growthFade: abs(0.1, 0.1, 'How fast hyper-growth fades is judgement: ±10 points a year.'),
    terminalGrowth: abs(0.02, 0.02, 'Mature growth near the economy’s plus or minus two points.'),
    computeCostShare2025: abs(0.1, 0.1, 'Compute’s share of 2025 costs is not reported: ±10 points.'),
    computePriceRise2026: abs(0.08, 0.08, 'Vendor pricing for 2026 is only signalled: ±8 points.'),
    costConvergence: abs(0.1, 0.1, 'The pace of efficiency gains is judgement: ±10 points a year.'),
    terminalMargin: abs(0.1, 0.1, 'Mature software margins span about 20 points.'),
    terminalComputeShare: abs(0.1, 0.1, 'Serving-cost mix at maturity: ±10 points.'),
    stargateCompletion: abs(0.2, 0.2, 'Build-outs of this size slip or accelerate by a fifth of the target.'),
    stargateCostPerGw: rel(0.25, 0.25, 'Industry cost-per-GW talk spans about ±25 %.'),
    stargateOpenAiShare: abs(0.1, 0.1, 'Partner commitments are not final: ±10 points.'),
    usefulLife: abs(1, 1, 'Server lives in cloud accounts differ by about a year.'),
    maintenanceCapexShare: abs(0.05, 0.05, 'Replacement cycles differ by a few points a year.'),
    rentPerGwYear: rel(0.3, 0.3, 'GPU rents swing with supply: ±30 %.'),
    fundingVsF1: abs(0, 0.3, 'F1 is a floor ("more than"): up to 30 % more, never less.'),
    laterTranchesVsF1: abs(0.25, 0.25, 'Later phases are unannounced: ±0.25 of F1.'),
    ipoYear: abs(1, 1, 'An IPO window moves by about a year either way.'),
    ipoProceeds: rel(0.5, 0.5, 'Float size depends on the market at listing: ±50 %.'),
    openingCash: rel(0.3, 0.3, 'Opening cash is not reported: ±30 %.'),
    minimumCash: rel(0.25, 0.25, 'The buffer is a policy choice: ±25 %.'),
    terminalMultiple: rel(0.35, 0.35, 'Market multiples swing by about a third over a cycle.'),
    multipleConvergence: abs(0.1, 0.1, 'How fast the multiple converges is judgement: ±10 points a year.'),
  });

/** True for an input that has no numeric range (a choice between readings of the sources). */
export const isChoiceInput = (id: InputId): boolean => INPUTS[id].choices !== undefined;

/**
 * The range of one input around a value by its rule, clamped to the input's bounds (whole numbers for an integer
 * input); null for a choice input.
 * @example rangeByRule('growthFade', 0.3) // { low: 0.2, high: 0.4, reason: '…' }
 */
export const rangeByRule = (id: InputId, value: number): InputRange | null => {
  if (id === 'loss2025Basis') return null;
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
