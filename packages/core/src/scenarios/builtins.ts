import { DEFAULT_HORIZON } from '../model/calendar.js';
import { INPUT_IDS, type InputId } from '../model/inputs.js';
import { deepFreeze } from './deep-freeze.js';
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
 * The built-in scenarios. Every value is an assumption (the sources give none of them); each says why.
 * Ordered so that total ARR is bear ≤ base ≤ bull in every year: each segment's 2026 growth is ordered and the
 * bear case fades fastest.
 */
export const BUILTIN_SCENARIOS: Readonly<Record<BuiltinScenarioName, Scenario>> = deepFreeze({
  bear: scenario('bear', 'Growth cools fast, compute gets dearer, the build-out costs more.', {
    arrEnd2022: [0.7, ARR_2022],
    enterpriseGrowth2026: [
      0.6,
      'Enterprise growth slows to 60 % as Anthropic leads enterprise spend (F14 32 % vs F15 25 %).',
    ],
    apiGrowth2026: [
      0.5,
      'API pricing pressure from near-flagship models at 1/5 the price (F17) halves growth.',
    ],
    consumerGrowth2026: [0.4, 'Paid conversion improves little despite the 2026 priority (timeline).'],
    growthFade: [0.35, 'Growth decays quickly as the market matures and competitors close the gap.'],
    computeCostShare2025: [0.7, 'Compute is most of the cost of serving and training frontier models.'],
    computeEfficiencyGain: [0.1, 'Efficiency gains are slow: bigger models eat most hardware progress.'],
    computePriceChange: [
      0.15,
      'Vendors raise prices hard (timeline: Nvidia likely to raise prices in 2026).',
    ],
    otherCostGrowth: [0.35, 'Headcount and sales spend keep growing fast to defend share.'],
    stargateCompletion: [0.6, 'Only 60 % of the 10 GW (F4) is built by 2029.'],
    stargateCostPerGw: [60, 'Build-out at the dear end of industry talk, chips included.'],
    stargateOpenAiShare: [0.5, 'OpenAI carries half of the build-out cost itself.'],
    fundingVsF1: [1, 'Exactly the 100 B floor of F1 arrives in 2026.'],
    openingCash: [25, 'Not reported; assumed from earlier raises less burn.'],
    terminalMultiple: [10, 'Multiples compress toward mature software levels.'],
    multipleConvergence: [0.35, 'The round’s 42.5× (F2 ÷ F7) compresses quickly.'],
  }),
  base: scenario('base', 'Growth fades steadily; the build-out runs close to plan.', {
    arrEnd2022: [0.7, ARR_2022],
    enterpriseGrowth2026: [
      0.9,
      'Enterprise, 60 % of ARR (F10), grows 90 %: slower than 2025’s ×3.3 (F7 ÷ F6).',
    ],
    apiGrowth2026: [0.8, 'API (F11) grows with developer adoption, slightly below enterprise.'],
    consumerGrowth2026: [0.6, 'Consumer (F12) grows on better paid conversion, the stated 2026 priority.'],
    growthFade: [0.3, 'Each year’s growth is 30 % lower than the year before: hyper-growth fading.'],
    computeCostShare2025: [0.65, 'About two thirds of 2025 costs are compute.'],
    computeEfficiencyGain: [
      0.15,
      'Hardware and model efficiency cut compute per revenue dollar by 15 % a year.',
    ],
    computePriceChange: [0.08, 'Vendors raise prices moderately (timeline: likely price rises in 2026).'],
    otherCostGrowth: [0.25, 'Non-compute costs grow 25 % a year.'],
    stargateCompletion: [0.8, '80 % of the 10 GW target (F4) is built by 2029.'],
    stargateCostPerGw: [50, 'About 50 B per GW of AI data-centre capacity, chips included.'],
    stargateOpenAiShare: [0.4, 'Partners carry most of the cost; OpenAI 40 %.'],
    fundingVsF1: [1, 'The 100 B of F1 arrives in 2026.'],
    openingCash: [30, 'Not reported; assumed from earlier raises less burn.'],
    terminalMultiple: [15, 'Multiples settle at high-growth software levels.'],
    multipleConvergence: [0.25, 'A quarter of the gap to 15× closes each year.'],
  }),
  bull: scenario('bull', 'Enterprise wins, compute gets cheaper, the round beats its floor.', {
    arrEnd2022: [0.7, ARR_2022],
    enterpriseGrowth2026: [
      1.2,
      'Enterprise keeps most of its 2025 momentum and wins back share from Anthropic.',
    ],
    apiGrowth2026: [1, 'API doubles as agents (the Steinberger hire) drive usage.'],
    consumerGrowth2026: [0.9, 'Paid conversion rises sharply, the stated 2026 priority.'],
    growthFade: [0.25, 'Growth fades slowly: new products keep opening markets.'],
    computeCostShare2025: [0.6, 'A smaller compute share: more of the 2025 spend was one-off.'],
    computeEfficiencyGain: [0.25, 'Efficiency cuts compute per revenue dollar by a quarter each year.'],
    computePriceChange: [0.03, 'Vendor price rises stay small as supply catches up.'],
    otherCostGrowth: [0.2, 'Operating leverage: non-compute costs grow 20 % a year.'],
    stargateCompletion: [1, 'The full 10 GW (F4) is built by 2029.'],
    stargateCostPerGw: [40, 'Build-out at the cheap end, scale lowers the cost per GW.'],
    stargateOpenAiShare: [0.3, 'Partners finance most of the build-out; OpenAI 30 %.'],
    fundingVsF1: [1.2, 'F1 is a floor ("more than"); 120 B arrives in 2026.'],
    openingCash: [35, 'Not reported; assumed from earlier raises less burn.'],
    terminalMultiple: [20, 'The market keeps paying a premium for the leader.'],
    multipleConvergence: [0.2, 'The premium erodes slowly.'],
  }),
});

/** True when `name` is a built-in scenario. */
export const isBuiltinScenarioName = (name: string): name is BuiltinScenarioName =>
  Object.hasOwn(BUILTIN_SCENARIOS, name);
