import type { Correlation } from '../../scenarios/correlation.js';
import { deepFreeze } from '../deep-freeze.js';

/**
 * The rank correlations the built-in scenarios' simulations impose, each with the economics behind it. The same
 * reasoning holds in bear, base and bull (they differ in values, not in how the inputs move together), and a
 * scenario file inherits these unless it gives `correlations:` of its own. Facts drawn within their qualifiers'
 * spreads stay independent: a reporter's rounding does not move with the market.
 */
export const BUILTIN_CORRELATIONS: readonly (readonly [...Correlation, string])[] =
  /* @__PURE__ */ deepFreeze([
    [
      'enterpriseGrowth2026',
      'apiGrowth2026',
      0.6,
      'Enterprise seats and API spend ride the same model releases and the same corporate budgets.',
    ],
    [
      'enterpriseGrowth2026',
      'consumerGrowth2026',
      0.4,
      'A stronger model lifts paid consumers and enterprise seats alike; the buyers differ, so less tightly.',
    ],
    [
      'apiGrowth2026',
      'consumerGrowth2026',
      0.4,
      'Both follow model quality; API pricing pressure (F17) hits one more than the other.',
    ],
    [
      'enterpriseGrowth2026',
      'evToEbit',
      0.4,
      'Markets pay for growth: a year of faster enterprise growth supports a higher multiple at maturity.',
    ],
    [
      'consumerGrowth2026',
      'evToEbit',
      0.3,
      'Consumer reach is read as a moat and priced, though less than enterprise revenue.',
    ],
    [
      'terminalGrowth',
      'evToEbit',
      0.5,
      'A perpetuity is worth more the faster it grows: higher mature growth, higher mature multiple.',
    ],
    [
      'terminalSalesRatio',
      'evToEbit',
      -0.3,
      'The same revenue with dearer selling at maturity leaves less margin, and the market pays less for it.',
    ],
    ['growthFade', 'evToEbit', -0.3, 'Growth that fades faster leaves less to pay for at maturity.'],
  ] as const);
/**
 * A scenario's correlations: its own (a file's `correlations:`), else the built-ins' reasoning.
 * @example scenarioCorrelations(BUILTIN_SCENARIOS.base).length // 8
 */
export function scenarioCorrelations(scenario: {
  readonly correlations?: readonly Correlation[];
}): readonly Correlation[] {
  return scenario.correlations ?? BUILTIN_CORRELATIONS.map(([a, b, rho]) => [a, b, rho] as const);
}
