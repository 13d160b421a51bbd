import { deepFreeze } from '../internal/deep-freeze.js';
import { DEFAULT_HORIZON } from '../model/calendar.js';
import { INPUT_IDS, type InputId } from '../model/inputs.js';
import type { BuiltinScenarioName, Scenario } from './scenario.js';

type Assumption = readonly [value: number, rationale: string];

const scenario = (
  name: BuiltinScenarioName,
  description: string,
  assumptions: Readonly<Record<InputId, Assumption>>,
): Scenario => ({
  name,
  description,
  extends: null,
  horizon: DEFAULT_HORIZON,
  inputs: Object.fromEntries(INPUT_IDS.map((id) => [id, assumptions[id][0]])) as Record<InputId, number>,
  rationale: Object.fromEntries(INPUT_IDS.map((id) => [id, assumptions[id][1]])) as Record<InputId, string>,
  overrides: [],
});

const ARR_2022 =
  'Not reported; F5 (2 B) divided by the 2023→24 growth multiple F6 ÷ F5 = 3, rounded: used only for 2023 revenue.';

/** Inputs every built-in shares: read off the facts, or conventions of the trade. */
const COMMON = {
  arrEnd2022: [0.7, ARR_2022],
  trainingShareOfRnd2025: [
    0.55,
    'The compute paid to Microsoft inside 2025 R&D (PD13_RND) over audited R&D (PB10).',
  ],
  capacityTargetGw: [
    14,
    'The firm part of the contracts, sized to the company’s own compute plan: about 50 in 2026 (PC22), 121 in 2028 (PC7_COMPUTE), about 600 through 2030 (PC16). The rest of the 30 GW (PE10_GW) is letters of intent (PE7_GW).',
  ],
  contractRampYears: [
    3,
    'The firm capacity is online by 2028–29, as the chip programmes (PE7_GW, PE8, PE9) and Oracle (PE2) schedule it.',
  ],
  computeCostPerGwYear: [
    13.3,
    'Oracle’s contract (PE1) over its five years and its capacity (PE2): the contracted price of a GW-year.',
  ],
  usefulLife: [6, 'The depreciation life large cloud providers use for servers.'],
  interestOnCash: [0.04, 'Short-term dollar rates.'],
  taxRate: [0.21, 'The US federal rate; state taxes and credits roughly offset.'],
  lossCarryForward2025: [
    40,
    'Not reported: the audited operating losses of 2024 and 2025 (PB17_OPLOSS, PB14) and earlier years, less what tax rules disallow.',
  ],
  openingCash: [
    40,
    'Not reported: mid-2025 cash (PA10) plus SoftBank’s December closing (PG3_SECOND) and co-investors, less the H2 burn; consistent with PB29 after Q1 2026.',
  ],
  debtRate: [0.08, 'What a large loss-making issuer pays on unsecured debt.'],
  discountRate: [0.12, 'A late-stage venture cost of equity.'],
} as const satisfies Partial<Record<InputId, Assumption>>;

type Assumptions = Readonly<Record<InputId, Assumption>>;

function withCommon(own: Omit<Assumptions, keyof typeof COMMON>): Assumptions {
  return { ...COMMON, ...own };
}

/**
 * The built-in scenarios. Every value is an assumption (the sources give none of them); each says why, without
 * repeating the number (the number is the input, which a user can change). Ordered so that total ARR is
 * bear ≤ base ≤ bull in every year. All four run on the same contracted compute (take-or-pay): the bear case is
 * revenue missing against it. `plan` is the company's own case: drivers set so that the model reproduces the plan
 * OpenAI gave investors in early 2026 (revenue PC11, PC12; free cash flow PC3_26Q1_*), to show what the plan needs.
 */
export const BUILTIN_SCENARIOS: Readonly<Record<BuiltinScenarioName, Scenario>> = deepFreeze({
  bear: scenario(
    'bear',
    'Revenue misses well below plan against the contracted compute; Anthropic keeps the enterprise lead.',
    withCommon({
      enterpriseGrowth2026: [
        0.55,
        'Anthropic leads enterprise LLM spend (F14 32 % vs F15 25 %) and passes OpenAI’s run-rate (PH5, PH7).',
      ],
      apiGrowth2026: [0.45, 'Near-flagship models at about 1/5 of the price (F17) squeeze API pricing.'],
      consumerGrowth2026: [0.6, 'Q1 2026 revenue (PB25_REV) annualises well below the plan’s pace.'],
      growthFade: [0.3, 'Growth decays quickly as competitors close the gap.'],
      terminalGrowth: [0.03, 'A maturing market grows about with the economy.'],
      loss2025Basis: [1, 'Reads the loss as the H1 operating run rate (F8) carried through the year.'],
      computePriceRise2026: [0.12, 'Vendors raise prices hard in 2026 (timeline).'],
      computePriceDecline: [0.0, 'Compute stays dear: demand for chips outruns supply.'],
      inferenceCostDecline: [0.1, 'Bigger models eat most of the price-performance gains.'],
      terminalInferenceRatio: [
        0.2,
        'Serving stays dear: competitors pass price-performance gains to customers.',
      ],
      trainingFloorRatio: [0.2, 'Keeping up with Anthropic takes heavy training.'],
      costConvergence: [0.2, 'Staff and sales costs fall slowly toward a mature structure.'],
      terminalResearchRatio: [0.1, 'A research lab that cannot cut staff without falling behind.'],
      terminalSalesRatio: [0.1, 'Winning enterprise back from Anthropic costs sales spend.'],
      terminalGaRatio: [0.04, 'Overhead of a company of its size.'],
      terminalSbcRatio: [0.08, 'Stock pay stays high to keep researchers (PC21_POOL).'],
      ownCapexRatio: [0.04, 'More own data-centre spend where partners hesitate.'],
      stargateEquityPaid: [1, 'OpenAI pays its full Stargate commitment (PF2_EQUITY).'],
      otherCashItemsFade: [0.7, '2025’s cash items (compute paid in kind, prepayments) unwind fast.'],
      roundShare2026: [0.6, 'More of the round is paid in later tranches.'],
      contingentPaid: [
        0,
        'The contingent part (PG7_AMAZON_CONTINGENT) never pays: no IPO within the window.',
      ],
      ipoYear: [2029, 'The IPO slips well past the F3 window.'],
      ipoProceeds: [20, 'A weaker market takes a smaller float.'],
      minimumCash: [25, 'A larger buffer while losses continue.'],
      gapFunding: [0, 'Gap money comes as equity from existing backers.'],
      gapEquityDiscount: [0.3, 'Money raised under pressure is priced at a steep discount.'],
      evToEbit: [15, 'A compressed multiple for a lab that has not shown profits.'],
      multipleConvergence: [0.35, 'The round’s multiple compresses quickly.'],
    }),
  ),
  base: scenario(
    'base',
    'Revenue grows fast but below the company’s plan; the contracted compute arrives on the plan’s schedule.',
    withCommon({
      enterpriseGrowth2026: [
        0.95,
        'Enterprise keeps growing fast but below 2025’s pace (F7 ÷ F6) as Anthropic competes (F14).',
      ],
      apiGrowth2026: [0.85, 'API grows with developer adoption despite price pressure (F17).'],
      consumerGrowth2026: [
        0.95,
        'Consumer grows on paid conversion, the stated 2026 priority; Q1 (PB25_REV) is on a slower pace than the plan.',
      ],
      growthFade: [0.2, 'Hyper-growth fades year by year toward the terminal rate.'],
      terminalGrowth: [0.06, 'AI spending keeps outgrowing the economy at maturity.'],
      loss2025Basis: [
        0,
        'Without the audited accounts, the full-year estimate (F9) is the latest figure for the year.',
      ],
      computePriceRise2026: [0.08, 'Vendors raise prices moderately in 2026 (timeline).'],
      computePriceDecline: [0.03, 'Contract prices ease slowly as supply grows.'],
      inferenceCostDecline: [
        0.18,
        'Price-performance improves steeply (F17), partly passed on to customers.',
      ],
      terminalInferenceRatio: [0.15, 'Serving at maturity costs what a large cloud service does.'],
      trainingFloorRatio: [
        0.15,
        'A frontier lab keeps training at a steady share of revenue (PC17_TRAINING).',
      ],
      costConvergence: [0.5, 'Staff and sales costs grow far slower than revenue.'],
      terminalResearchRatio: [0.07, 'Research staff at the level of large software platforms.'],
      terminalSalesRatio: [0.07, 'Sales spend of a mature enterprise software vendor.'],
      terminalGaRatio: [0.03, 'Overhead of a company of its size.'],
      terminalSbcRatio: [0.06, 'Stock pay of large software companies.'],
      ownCapexRatio: [0.03, 'Offices and some own capacity; the clouds carry most of it.'],
      stargateEquityPaid: [1, 'OpenAI pays its full Stargate commitment (PF2_EQUITY).'],
      otherCashItemsFade: [
        0.5,
        '2025’s cash items (compute paid in kind, prepayments) unwind over a few years.',
      ],
      roundShare2026: [0.75, 'Most of the round is paid in 2026, the rest in 2027.'],
      contingentPaid: [1, 'The contingent part pays at the IPO.'],
      ipoYear: [2027, 'Within the F3 window; the confidential S-1 (PG9_VALUATION) points to 2026–27.'],
      ipoProceeds: [40, 'A float on the scale of the largest IPOs so far.'],
      minimumCash: [20, 'A few months of costs kept in hand.'],
      gapFunding: [0, 'Gap money comes as equity: debt markets will not fund these losses.'],
      gapEquityDiscount: [0.2, 'New money after a missed plan is priced at a discount.'],
      evToEbit: [25, 'Large, growing software platforms trade near this multiple of operating income.'],
      multipleConvergence: [0.3, 'The round’s multiple converges gradually to what profits support.'],
    }),
  ),
  bull: scenario(
    'bull',
    'Growth beats the plan; price-performance gains flow to margins; the IPO comes early.',
    withCommon({
      enterpriseGrowth2026: [1.2, 'Enterprise wins back share from Anthropic (F14 vs F15).'],
      apiGrowth2026: [1.1, 'Agents drive API usage (the Steinberger hire).'],
      consumerGrowth2026: [
        1.2,
        'Paid conversion rises sharply, the stated 2026 priority; 800 M weekly users (PB19).',
      ],
      growthFade: [0.18, 'Growth fades slowly: new products keep opening markets.'],
      terminalGrowth: [0.07, 'New markets keep growth above the economy for long.'],
      loss2025Basis: [
        0,
        'Without the audited accounts, the full-year estimate (F9) is the latest figure for the year.',
      ],
      computePriceRise2026: [0.03, 'Vendor price rises stay small as supply catches up.'],
      computePriceDecline: [0.06, 'Custom accelerators (PE9) and renewals cut the price of capacity.'],
      inferenceCostDecline: [0.25, 'Price-performance gains (F17) are kept as margin.'],
      terminalInferenceRatio: [0.14, 'Custom accelerators (PE9) keep serving cheap.'],
      trainingFloorRatio: [0.18, 'Training efficiency lets the floor stay low.'],
      costConvergence: [0.6, 'Scale makes staff and sales costs fall fast per revenue dollar.'],
      terminalResearchRatio: [0.05, 'Research staff of the most efficient platforms.'],
      terminalSalesRatio: [0.05, 'A consumer-led business needs little sales spend.'],
      terminalGaRatio: [0.02, 'Overhead spread over a very large revenue.'],
      terminalSbcRatio: [0.05, 'Stock pay falls as the shares become liquid.'],
      ownCapexRatio: [0.02, 'Partners and clouds carry almost all capacity.'],
      stargateEquityPaid: [1, 'OpenAI pays its full Stargate commitment (PF2_EQUITY).'],
      otherCashItemsFade: [0.4, 'Customer prepayments keep helping cash.'],
      roundShare2026: [0.85, 'The round is paid almost entirely in 2026.'],
      contingentPaid: [1, 'The contingent part pays at the IPO.'],
      ipoYear: [2026, 'Lists in Q4 2026, the early end of the F3 window, ahead of Anthropic.'],
      ipoProceeds: [60, 'A record float into strong demand.'],
      minimumCash: [15, 'Strong access to capital allows a thinner buffer.'],
      gapFunding: [0, 'Any gap is raised as equity.'],
      gapEquityDiscount: [0.1, 'Strong demand: little discount.'],
      evToEbit: [30, 'The market keeps paying a premium for the leader.'],
      multipleConvergence: [0.25, 'The premium erodes slowly.'],
    }),
  ),
  plan: scenario(
    'plan',
    'The company’s case: the drivers that reproduce the plan OpenAI gave investors in early 2026 (PC11, PC12, PC3_26Q1_*).',
    withCommon({
      enterpriseGrowth2026: [
        0.85,
        'What the plan’s 2026 revenue (PC11_2026) needs from the year-end run-rate.',
      ],
      apiGrowth2026: [1.05, 'What the plan’s 2026 revenue (PC11_2026) needs from the year-end run-rate.'],
      consumerGrowth2026: [
        1.15,
        'What the plan’s 2026 revenue (PC11_2026) needs from the year-end run-rate.',
      ],
      growthFade: [0.16, 'What the plan’s 2027 and 2030 revenue (PC11_2027, PC12) need.'],
      terminalGrowth: [0.1, 'The plan keeps growing fast past 2030.'],
      loss2025Basis: [
        0,
        'Without the audited accounts, the full-year estimate (F9) is the latest figure for the year.',
      ],
      computePriceRise2026: [0, 'The plan assumes no vendor price step.'],
      computePriceDecline: [
        0,
        'What the plan’s flat compute bill into 2030 needs: custom accelerators (PE9) at a far lower cost per GW.',
      ],
      inferenceCostDecline: [0.23, 'The plan counts on price-performance gains (F17).'],
      terminalInferenceRatio: [0.15, 'The plan counts on cheap serving at scale (F17).'],
      trainingFloorRatio: [0.2, 'Training at a steady share of revenue once the ramp is over.'],
      costConvergence: [
        0.8,
        'What the plan’s move to positive free cash flow in 2030 (PC3_26Q1_2030) needs.',
      ],
      terminalResearchRatio: [0.04, 'What the plan’s 2030 free cash flow needs.'],
      terminalSalesRatio: [0.03, 'What the plan’s 2030 free cash flow needs.'],
      terminalGaRatio: [0.01, 'What the plan’s 2030 free cash flow needs.'],
      terminalSbcRatio: [0.07, 'Stock pay falls as a share of a fast-growing revenue (PC21_2026).'],
      ownCapexRatio: [0.01, 'The clouds carry the capacity.'],
      stargateEquityPaid: [1, 'OpenAI pays its full Stargate commitment (PF2_EQUITY).'],
      otherCashItemsFade: [0, 'Prepayments and compute paid in kind keep helping cash.'],
      roundShare2026: [0.75, 'Most of the round is paid in 2026, the rest in 2027.'],
      contingentPaid: [1, 'The contingent part pays at the IPO.'],
      ipoYear: [2027, 'Within the F3 window.'],
      ipoProceeds: [60, 'A record float.'],
      minimumCash: [20, 'A few months of costs kept in hand.'],
      gapFunding: [0, 'Any gap is raised as equity.'],
      gapEquityDiscount: [0.1, 'Investors buying the plan ask little discount.'],
      evToEbit: [30, 'The market pays a premium for the plan’s growth.'],
      multipleConvergence: [0.25, 'The round’s multiple converges slowly.'],
    }),
  ),
});

/** True when `name` is a built-in scenario. */
export function isBuiltinScenarioName(name: string): name is BuiltinScenarioName {
  return Object.hasOwn(BUILTIN_SCENARIOS, name);
}
