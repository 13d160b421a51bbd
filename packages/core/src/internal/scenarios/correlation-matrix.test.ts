import { describe, expect, it } from 'vitest';
import { userErrorOf } from '../../errors/user-error-of.test-support.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import { parseScenarioText } from '../../scenarios/parse-scenario-text.js';
import { BUILTIN_CORRELATIONS, scenarioCorrelations } from './builtin-correlations.js';
import { cholesky, correlationMatrix, impossiblePair } from './correlation-matrix.js';

const file = (lines: string) => `name: linked\ncorrelations:\n${lines}\n`;

describe('correlations in scenario files', () => {
  it('reads [inputA, inputB, rho] and keeps them on the scenario; without any, the built-ins’ apply', () => {
    const scenario = parseScenarioText(file('  - [growthFade, terminalSalesRatio, -0.4]'), 'linked.yaml');
    expect(scenario.correlations).toEqual([['growthFade', 'terminalSalesRatio', -0.4]]);
    expect(scenarioCorrelations(scenario)).toEqual([['growthFade', 'terminalSalesRatio', -0.4]]);
    expect(scenarioCorrelations(BUILTIN_SCENARIOS.base)).toHaveLength(BUILTIN_CORRELATIONS.length);
  });

  it.each([
    [
      '  - [growthFad, terminalSalesRatio, 0.4]',
      /linked\.yaml: correlations\.0\.0 = "growthFad": must be an input id/,
    ],
    ['  - [growthFade, terminalSalesRatio, 1.2]', /correlations\.0\.2 = 1\.2: must be between -1 and 1/],
    ['  - [growthFade, growthFade, 0.2]', /correlations\.0 = .*must correlate two different inputs/],
    ['  - [loss2025Basis, growthFade, 0.2]', /correlations\.0\.0 = "loss2025Basis": is a choice/],
    ['  - [growthFade, terminalSalesRatio]', /correlations\.0\.2 = undefined: must be a number/],
    [
      '  - [growthFade, terminalSalesRatio, 0.2]\n  - [terminalSalesRatio, growthFade, 0.3]',
      /correlations = .*must give each pair of inputs once/,
    ],
    [
      '  - [apiGrowth2026, consumerGrowth2026, 0.9]\n  - [consumerGrowth2026, growthFade, 0.9]\n  - [apiGrowth2026, growthFade, -0.9]',
      /correlations = \["consumerGrowth2026","growthFade",0\.9\]: cannot hold together with the other correlations/,
    ],
  ])('refuses %j in one line', (lines, message) => {
    const error = userErrorOf(() => parseScenarioText(file(lines), 'linked.yaml'));
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('the built-in correlations form a positive semi-definite matrix', () => {
    expect(impossiblePair(BUILTIN_CORRELATIONS.map(([a, b, rho]) => [a, b, rho] as const))).toBeNull();
  });

  it('factors a semi-definite matrix (a perfect correlation) and names the failing pivot of an impossible one', () => {
    expect(cholesky(correlationMatrix(2, [[0, 1, 1]]), 2).ok).toBe(true);
    const outcome = cholesky(
      correlationMatrix(3, [
        [0, 1, 0.9],
        [1, 2, 0.9],
        [0, 2, -0.9],
      ]),
      3,
    );
    expect(outcome).toEqual({ ok: false, pivot: 2 });
  });
});
