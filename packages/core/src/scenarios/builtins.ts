import { deepFreeze } from '../deep-freeze.js';
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

/**
 * The built-in scenarios. Every value is an assumption (the sources give none of them); each says why, without
 * repeating the number (the number is the input, which a user can change). Ordered so that total ARR is
 * bear ≤ base ≤ bull in every year: each segment's 2026 growth and the terminal growth are ordered, and the bear
 * case fades fastest.
 */
export const BUILTIN_SCENARIOS: Readonly<Record<BuiltinScenarioName, Scenario>> = deepFreeze({
  bear: scenario(
    'bear',
    'Anthropic keeps the enterprise lead, compute stays dear, the build-out costs more.',
    {
      arrEnd2022: [0.7, ARR_2022],
      enterpriseGrowth2026: [
        0.6,
        'Anthropic leads enterprise LLM spend (F14 32 % vs F15 25 %), so enterprise growth slows sharply.',
      ],
      apiGrowth2026: [0.5, 'Near-flagship models at about 1/5 of the price (F17) squeeze API pricing.'],
      consumerGrowth2026: [0.4, 'Paid conversion improves little despite the 2026 priority (timeline).'],
      growthFade: [0.35, 'Growth decays quickly as the market matures and competitors close the gap.'],
      terminalGrowth: [0.03, 'A maturing market grows about with the economy.'],
      loss2025Basis: [1, 'Reads the loss as the H1 operating run rate (F8) carried through the year.'],
      computeCostShare2025: [0.7, 'Compute is most of the cost of serving and training frontier models.'],
      computePriceRise2026: [
        0.15,
        'Vendors raise prices hard in 2026 (timeline: Nvidia likely to raise prices).',
      ],
      costConvergence: [0.2, 'Costs fall slowly toward the mature structure: bigger models eat the gains.'],
      terminalMargin: [0.2, 'Price competition (F17) caps the mature margin below software peers.'],
      terminalComputeShare: [0.6, 'Serving stays compute-heavy at maturity.'],
      stargateCompletion: [0.6, 'Much of the 10 GW target (F4) slips past 2029.'],
      stargateCostPerGw: [60, 'Build-out at the dear end of industry talk, chips included.'],
      stargateOpenAiShare: [0.5, 'Partners commit less, so OpenAI carries half of the build-out itself.'],
      usefulLife: [5, 'Chips turn over quickly: each generation makes the last uneconomic sooner.'],
      maintenanceCapexShare: [0.2, 'Replacing chips on a short cycle is dear.'],
      rentPerGwYear: [8, 'Cloud rents fall as capacity floods in, so owning saves less.'],
      fundingVsF1: [1, 'Exactly the floor of F1 arrives in 2026.'],
      laterTranchesVsF1: [0, 'No later phase of the round closes.'],
      ipoYear: [2028, 'The IPO slips past the F3 window.'],
      ipoProceeds: [20, 'A weaker market takes a smaller float.'],
      openingCash: [25, 'Not reported; assumed from earlier raises less burn.'],
      minimumCash: [25, 'A larger buffer while losses continue.'],
      terminalMultiple: [10, 'Multiples compress toward mature software levels.'],
      multipleConvergence: [0.35, 'The round’s multiple (F2 ÷ F7) compresses quickly.'],
    },
  ),
  base: scenario('base', 'Growth fades steadily; the build-out and the IPO run close to plan.', {
    arrEnd2022: [0.7, ARR_2022],
    enterpriseGrowth2026: [
      0.9,
      'Enterprise, the largest segment (F10), keeps growing fast but well below 2025’s pace (F7 ÷ F6).',
    ],
    apiGrowth2026: [0.8, 'API (F11) grows with developer adoption, slightly below enterprise.'],
    consumerGrowth2026: [0.6, 'Consumer (F12) grows on better paid conversion, the stated 2026 priority.'],
    growthFade: [0.3, 'Hyper-growth fades year by year toward the terminal rate.'],
    terminalGrowth: [0.05, 'AI spending keeps outgrowing the economy at maturity.'],
    loss2025Basis: [0, 'The full-year estimate (F9) is the latest figure for the whole of 2025.'],
    computeCostShare2025: [0.65, 'About two thirds of 2025 costs are compute.'],
    computePriceRise2026: [0.08, 'Vendors raise prices moderately in 2026 (timeline).'],
    costConvergence: [0.25, 'Hardware and model efficiency move costs steadily toward the mature structure.'],
    terminalMargin: [0.3, 'A mature margin before depreciation like large cloud software businesses.'],
    terminalComputeShare: [0.55, 'Compute stays the larger part of costs at maturity.'],
    stargateCompletion: [0.8, 'Most of the 10 GW target (F4) is built by 2029.'],
    stargateCostPerGw: [50, 'Industry estimates for AI data-centre capacity, chips included.'],
    stargateOpenAiShare: [
      0.4,
      'Partners carry most of the build-out; OpenAI owns its share of the capacity.',
    ],
    usefulLife: [6, 'The depreciation life large cloud providers use for servers.'],
    maintenanceCapexShare: [0.15, 'Chips and plant are replaced over roughly their useful life.'],
    rentPerGwYear: [10, 'What a GW of GPU capacity rents for from clouds in a year.'],
    fundingVsF1: [1, 'The first phase of F1 arrives in 2026.'],
    laterTranchesVsF1: [0.25, 'A smaller second phase of the round closes in 2027.'],
    ipoYear: [2027, 'Within the F3 window ("no later than 2027").'],
    ipoProceeds: [40, 'A float on the scale of the largest IPOs so far.'],
    openingCash: [30, 'Not reported; assumed from earlier raises less burn.'],
    minimumCash: [20, 'A few months of costs kept in hand.'],
    terminalMultiple: [15, 'Multiples settle at high-growth software levels.'],
    multipleConvergence: [0.25, 'The round’s multiple converges gradually.'],
  }),
  bull: scenario('bull', 'Enterprise wins back share, compute gets cheaper, the round beats its floor.', {
    arrEnd2022: [0.7, ARR_2022],
    enterpriseGrowth2026: [
      1.2,
      'Enterprise keeps most of its 2025 momentum and wins back share from Anthropic (F14 vs F15).',
    ],
    apiGrowth2026: [1, 'API usage surges as agents (the Steinberger hire) drive usage.'],
    consumerGrowth2026: [0.9, 'Paid conversion rises sharply, the stated 2026 priority.'],
    growthFade: [0.25, 'Growth fades slowly: new products keep opening markets.'],
    terminalGrowth: [0.07, 'New markets keep growth above the economy for long.'],
    loss2025Basis: [0, 'The full-year estimate (F9) is the latest figure for the whole of 2025.'],
    computeCostShare2025: [0.6, 'A smaller compute share: more of the 2025 spend was one-off.'],
    computePriceRise2026: [0.03, 'Vendor price rises stay small as supply catches up.'],
    costConvergence: [0.3, 'Efficiency gains come fast.'],
    terminalMargin: [0.4, 'Scale and pricing power give a margin like the best software platforms.'],
    terminalComputeShare: [0.5, 'Cheaper inference shrinks compute’s share at maturity.'],
    stargateCompletion: [1, 'The full 10 GW (F4) is built by 2029.'],
    stargateCostPerGw: [40, 'Scale lowers the cost per GW.'],
    stargateOpenAiShare: [0.3, 'Partners finance most of the build-out.'],
    usefulLife: [6, 'The depreciation life large cloud providers use for servers.'],
    maintenanceCapexShare: [0.12, 'Chips stay useful longer than their book life.'],
    rentPerGwYear: [12, 'Scarce capacity keeps cloud rents high, so owning saves more.'],
    fundingVsF1: [1.2, 'F1 is a floor ("more than"): more arrives in 2026.'],
    laterTranchesVsF1: [0.5, 'A large second phase closes in 2027.'],
    ipoYear: [2026, 'Lists in Q4 2026, the early end of the F3 window, ahead of Anthropic.'],
    ipoProceeds: [60, 'A record float into strong demand.'],
    openingCash: [35, 'Not reported; assumed from earlier raises less burn.'],
    minimumCash: [15, 'Strong access to capital allows a thinner buffer.'],
    terminalMultiple: [20, 'The market keeps paying a premium for the leader.'],
    multipleConvergence: [0.2, 'The premium erodes slowly.'],
  }),
});

/** True when `name` is a built-in scenario. */
export const isBuiltinScenarioName = (name: string): name is BuiltinScenarioName =>
  Object.hasOwn(BUILTIN_SCENARIOS, name);
